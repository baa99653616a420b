package org.kaoping.runtime;

import org.kaoping.spi.internal.ProviderNames;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.PublishedResult;
import org.kaoping.spi.Publication;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.Notification;
import org.kaoping.spi.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.KaopingException;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;

/**
 * Ranks the scored cycle and publishes the results: builds the {@link Publication}, hands it to every
 * {@link ResultSink} (one failing sink does not stop the others, and is audited and thrown), audits
 * {@code RANKED} and {@code PUBLISHED} (in one store call once the sinks are done, so a sink does not see them yet),
 * and broadcasts notifications to every {@link Notifier}. It owns the
 * outward-facing side of the cycle so that scoring stays free of sinks and notifiers. Immutable (its lists of
 * sinks and notifiers are unmodifiable); thread-safe as long as the store, sinks and notifiers are, which the
 * SPI requires.
 */
final class Publisher {
    /**
     * The runtime's logger. Records name {@link Kaoping} (or its builder) and the method the code was moved
     * from as their source, as they did before it left the facade, so that hosts' log lines stay the same.
     */
    private static final Logger LOG = Logger.getLogger("org.kaoping.spi");
    private static final String SOURCE = Kaoping.class.getName();

    private final AssessmentPlan plan;
    private final OrgTree tree;
    private final CycleScorer scorer;
    private final List<ResultSink> sinks;
    private final List<Notifier> notifiers;
    private final AuditTrail audit;
    private final Clock clock;
    private final String cityOfficeId;

    Publisher(AssessmentPlan plan, OrgTree tree, CycleScorer scorer, List<ResultSink> sinks, List<Notifier> notifiers,
            AuditTrail audit, Clock clock, String cityOfficeId) {
        this.plan = plan;
        this.tree = tree;
        this.scorer = scorer;
        this.sinks = sinks;
        this.notifiers = notifiers;
        this.audit = audit;
        this.clock = clock;
        this.cityOfficeId = cityOfficeId;
    }

    /** See {@link Kaoping#rank()}. */
    Map<String, RankingTable> rank() {
        Map<String, RankingTable> tables = scorer.rank();
        audit.audit(ranked(tables));
        return tables;
    }

    /** The {@code RANKED} event of {@code tables}, stamped now. */
    private AuditEvent ranked(Map<String, RankingTable> tables) {
        StringBuilder d = new StringBuilder("ranked");
        for (RankingTable t : tables.values()) {
            d.append(' ').append(t.rubricId()).append(" (").append(t.entries().size()).append(" unit(s))");
        }
        return audit.event("kaoping", cityOfficeId, AuditEvent.Action.RANKED, null, plan.id(), d.toString());
    }

    /** See {@link Kaoping#publish(String)}. */
    Publication publish(String actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        Map<String, RankingTable> tables = scorer.rank();
        // RANKED is stamped when ranked, as rank() stamps it, and stored in one call with the outcome of the sinks
        // (PUBLISHED or PUBLICATION_FAILED): the same events in the same order, one store write (for a journal, one
        // pair of fsyncs) per publish instead of two. Whatever else ends the publish stores RANKED alone, as before.
        AuditEvent ranked = ranked(tables);
        boolean rankedHandedOver = false;
        try {
            Instant now = clock.instant();
            Publication.Builder p = Publication.builder().planId(plan.id()).publishedAt(now).publishedBy(actor);
            for (RankingTable t : tables.values()) {
                for (RankedUnit u : t.entries()) {
                    p.addResult(PublishedResult.builder().rubricId(t.rubricId()).unitId(u.unitId())
                            .unitName(tree.unit(u.unitId()).name()).rank(u.rank()).total(u.finalTotal())
                            .grade(u.grade().name()).commendable(u.commendable())
                            .vetoes(VetoCategories.of(scorer.latestCard(u.unitId())))
                            .appraisalPoints(plan.appraisal().map(a -> a.contribution(u.finalTotal(), u.grade().name()))).build());
                }
            }
            Publication publication = p.build();
            List<String> failed = new ArrayList<>();
            Throwable first = null;
            for (ResultSink sink : sinks) {
                try {
                    sink.publish(publication);
                } catch (RuntimeException | LinkageError e) {
                    failed.add(ProviderNames.describe(sink) + ": " + e);
                    LOG.logp(Level.WARNING, SOURCE, "publish", "ResultSink " + ProviderNames.describe(sink) + " failed to publish plan " + plan.id(), e);
                    if (first == null) {
                        first = e;
                    }
                }
            }
            if (!failed.isEmpty()) {
                String detail = "publication of plan " + plan.id() + " (" + publication.results().size() + " result(s)) failed at "
                        + failed.size() + " of " + sinks.size() + " sink(s): " + String.join("; ", failed);
                AuditEvent failure = audit.event(actor, cityOfficeId, AuditEvent.Action.PUBLICATION_FAILED, null, plan.id(), detail);
                rankedHandedOver = true;
                audit.auditAll(Arrays.asList(ranked, failure));
                throw new PublicationFailedException(plan.id(), failed, detail, first);
            }
            AuditEvent published = audit.event(actor, cityOfficeId, AuditEvent.Action.PUBLISHED, null, plan.id(), "published "
                    + publication.results().size() + " result(s) of plan " + plan.id() + " to " + sinks.size() + " sink(s)");
            rankedHandedOver = true;
            audit.auditAll(Arrays.asList(ranked, published));
            broadcast(Notification.builder().kind(Notification.Kind.PUBLICATION).at(now)
                    .message(plan.year() + "年度法治建设考评结果已发布（" + publication.results().size() + "个单位）").build());
            return publication;
        } finally {
            if (!rankedHandedOver) {
                audit.audit(ranked);
            }
        }
    }

    /** See {@link Kaoping#broadcast(Notification)}. */
    void broadcast(Notification notification) {
        Objects.requireNonNull(notification, "notification must not be null");
        for (Notifier n : notifiers) {
            try {
                n.notify(notification);
            } catch (RuntimeException | LinkageError e) {
                LOG.logp(Level.WARNING, SOURCE, "broadcast", "Notifier " + ProviderNames.describe(n) + " failed on " + notification.kind(), e);
            }
        }
    }
}
