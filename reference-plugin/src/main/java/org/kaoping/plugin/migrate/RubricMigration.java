package org.kaoping.plugin.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.runtime.ImportResult;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.EvidenceBatch;
import org.kaoping.spi.EvidenceSource;

/**
 * Carries the evidence filed against the items of an older standard (A, e.g. 2015's) over to a newer one (B, e.g.
 * 2016's) through a declared {@link CriterionMapping} (issue 16, across years). A record is carried when it is of A's
 * year (B's year minus one), filed against an item of A that the mapping maps, about a unit whose kind A and B both apply
 * to, and of a kind that is evidence rather than a decision: documents, checklist ticks, judgements and public ratings.
 * Deductions, score overrides and not-applicable marks are decisions of the older cycle and are not carried. Every record
 * left is listed with the reason ({@link MigrationPlan#leftOut()}); nothing is silently dropped.
 *
 * <p>A carried record is a NEW record of the newer cycle: the source's content (author, source, time recorded, values)
 * under the id {@link #carriedId} (the source's id, {@code @}, the newer year: its provenance), filed against B's item, for
 * the same month or the whole newer year; a checklist tick's supporting documents carried with it are referred to by
 * their new ids. Nothing stored is changed. {@link #apply} imports all carried records as one batch through the newer
 * cycle's gate, so either all of them are stored or, when the gate refuses one, none; applying again stores nothing new
 * (the same ids and content are duplicates). {@link #plan} only lists (a dry run). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricMigration {
    private final CriterionMapping mapping;
    private final OrgTree tree;
    private final int toYear;

    private RubricMigration(CriterionMapping mapping, OrgTree tree, int toYear) {
        this.mapping = mapping;
        this.tree = tree;
        this.toYear = toYear;
    }

    /**
     * A migration by {@code mapping} of the units of {@code tree}, from {@code toYear - 1} to {@code toYear}.
     *
     * @throws NullPointerException if {@code mapping} or {@code tree} is null
     * @throws IllegalArgumentException if {@code toYear} is not a plausible year (1900 to 9999)
     */
    public static RubricMigration of(CriterionMapping mapping, OrgTree tree, int toYear) {
        Objects.requireNonNull(mapping, "mapping must not be null");
        Objects.requireNonNull(tree, "tree must not be null");
        if (toYear < 1901 || toYear > 9999) {
            throw new IllegalArgumentException("toYear must be a year from 1901 to 9999; got " + toYear);
        }
        return new RubricMigration(mapping, tree, toYear);
    }

    /** The id of the record carried from {@code sourceId} into {@code year}: {@code sourceId@year}. */
    public static String carriedId(String sourceId, int year) {
        return sourceId + "@" + year;
    }

    /** What migrating {@code stored} would carry and leave; nothing is written (a dry run). */
    public MigrationPlan plan(Collection<? extends Evidence> stored) {
        Rubric a = mapping.from();
        Rubric b = mapping.to();
        int fromYear = toYear - 1;
        Map<String, int[]> counts = new HashMap<>();
        List<Evidence> toCarry = new ArrayList<>();
        List<MigrationPlan.Left> left = new ArrayList<>();
        int other = 0;
        for (Evidence e : stored) {
            if (e.period().year() != fromYear || !filedAgainstCriterion(e.kind()) || !a.criteriaById().containsKey(e.key())) {
                other++;
                continue;
            }
            OrgKind kind = tree.contains(e.unitId()) ? tree.unit(e.unitId()).kind() : null;
            if (kind != null && !a.appliesTo().contains(kind)) {
                other++; // another standard's item of the same id
                continue;
            }
            MigrationPlan.Reason reason = reason(e, kind);
            int[] c = counts.computeIfAbsent(e.key(), k -> new int[2]);
            if (reason == null) {
                toCarry.add(e);
                c[0]++;
            } else {
                left.add(new MigrationPlan.Left(e, reason));
                c[1]++;
            }
        }
        Set<String> carriedDocuments = new HashSet<>();
        for (Evidence e : toCarry) {
            if (e instanceof DocumentRef) {
                carriedDocuments.add(e.id());
            }
        }
        List<MigrationPlan.Carried> carried = new ArrayList<>();
        for (Evidence e : toCarry) {
            carried.add(new MigrationPlan.Carried(e, copy(e, mapping.pairs().get(e.key()), carriedDocuments)));
        }
        List<MigrationPlan.Item> items = new ArrayList<>();
        for (String id : a.criteriaById().keySet()) {
            int[] c = counts.get(id);
            Optional<String> note = mapping.pairs().containsKey(id) ? mapping.note(id) : Optional.ofNullable(mapping.notCarried().get(id));
            items.add(new MigrationPlan.Item(id, mapping.pairs().get(id), note.orElse(null), c == null ? 0 : c[0], c == null ? 0 : c[1]));
        }
        List<String> withoutSource = mapping.newItemsWithoutSource();
        return new MigrationPlan(mapping, fromYear, toYear, carried, left, items, withoutSource, other, null);
    }

    /**
     * Plans from {@code runtime}'s store and imports the carried records through its gate, all as one batch: all are
     * stored, or none.
     *
     * @param runtime the newer cycle's runtime: its plan of year {@code toYear}, scoring the kinds B applies to by B
     * @return the plan, with the import's result
     * @throws ConfigurationException if the runtime's plan is of another year, or scores a kind B applies to by another rubric
     * @throws org.kaoping.runtime.EvidenceRefusedException if the gate refuses a carried record (nothing is stored)
     */
    public MigrationPlan apply(Kaoping runtime) {
        Objects.requireNonNull(runtime, "runtime must not be null");
        if (runtime.plan().year() != toYear) {
            throw new ConfigurationException("rubric migration to " + toYear + ": the runtime's plan [" + runtime.plan().id() + "] is of "
                    + runtime.plan().year() + "; expected the plan of " + toYear);
        }
        Rubric b = mapping.to();
        for (OrgKind kind : b.appliesTo()) {
            Rubric used = runtime.plan().rubrics().get(kind);
            if (used != null && !used.id().equals(b.id())) {
                throw new ConfigurationException("rubric migration to [" + b.id() + "]: plan [" + runtime.plan().id() + "] scores " + kind
                        + " units by [" + used.id() + "]; expected [" + b.id() + "]");
            }
        }
        MigrationPlan plan = plan(runtime.store().allEvidence());
        if (plan.carried().isEmpty()) {
            return plan;
        }
        return plan.withImport(runtime.importEvidence(new OneBatch(plan)));
    }

    private MigrationPlan.Reason reason(Evidence e, OrgKind kind) {
        if (!mapping.pairs().containsKey(e.key())) {
            return mapping.notCarried().containsKey(e.key()) ? MigrationPlan.Reason.DECLARED_NOT_CARRIED : MigrationPlan.Reason.NOT_IN_MAPPING;
        }
        if (!carriedKind(e.kind())) {
            return MigrationPlan.Reason.DECISION_OF_OLDER_CYCLE;
        }
        if (kind == null) {
            return MigrationPlan.Reason.UNIT_NOT_IN_DIRECTORY;
        }
        if (!mapping.to().appliesTo().contains(kind)) {
            return MigrationPlan.Reason.UNIT_NOT_UNDER_NEWER_STANDARD;
        }
        return null;
    }

    /** Kinds whose key is a criterion id. */
    static boolean filedAgainstCriterion(EvidenceKind kind) {
        return carriedKind(kind) || kind == EvidenceKind.DEDUCTION || kind == EvidenceKind.SCORE_OVERRIDE || kind == EvidenceKind.NOT_APPLICABLE;
    }

    private static boolean carriedKind(EvidenceKind kind) {
        return kind == EvidenceKind.DOCUMENT || kind == EvidenceKind.CHECKLIST_TICK || kind == EvidenceKind.JUDGEMENT
                || kind == EvidenceKind.PUBLIC_RATING;
    }

    private Evidence copy(Evidence e, String newKey, Set<String> carriedDocuments) {
        String id = carriedId(e.id(), toYear);
        ReportingPeriod p = e.period().isWholeYear() ? ReportingPeriod.year(toYear) : ReportingPeriod.month(toYear, e.period().month());
        switch (e.kind()) {
            case DOCUMENT:
                return DocumentRef.builder().from((DocumentRef) e).id(id).key(newKey).period(p).build();
            case CHECKLIST_TICK:
                List<String> documents = new ArrayList<>();
                for (String d : ((ChecklistTick) e).documentIds()) {
                    documents.add(carriedDocuments.contains(d) ? carriedId(d, toYear) : d);
                }
                return ChecklistTick.builder().from((ChecklistTick) e).id(id).key(newKey).period(p).documentIds(documents).build();
            case JUDGEMENT:
                return Judgement.builder().from((Judgement) e).id(id).key(newKey).period(p).build();
            case PUBLIC_RATING:
                return PublicRating.builder().from((PublicRating) e).id(id).key(newKey).period(p).build();
            default:
                throw new IllegalStateException("not a carried kind: " + e.kind());
        }
    }

    /** All carried records in one batch, so that the gate stores all or none; each names its source record. */
    private static final class OneBatch implements EvidenceSource {
        private final MigrationPlan plan;
        private final List<Evidence> records = new ArrayList<>();
        private final Map<String, String> origins = new HashMap<>();
        private final String id;

        OneBatch(MigrationPlan plan) {
            this.plan = plan;
            StringBuilder all = new StringBuilder();
            for (MigrationPlan.Carried c : plan.carried()) {
                records.add(c.carried());
                origins.put(c.carried().id(), "carried from record [" + c.source().id() + "], item [" + c.source().key() + "] of ["
                        + plan.mapping().from().id() + "] → item [" + c.carried().key() + "] of [" + plan.mapping().to().id() + "]");
                all.append(c.carried().id()).append('\n');
            }
            this.id = "rubric-migration-" + digest(all.toString());
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public EvidenceBatch fetch(String cursor, int limit) {
            // the whole set at once, whatever the limit, so that it is one batch of the gate: all or nothing
            return EvidenceBatch.of(records, "carried-" + records.size(), false);
        }

        @Override
        public Optional<String> originOf(Evidence record) {
            return Optional.ofNullable(origins.get(record.id()));
        }

        @Override
        public String toString() {
            return id + " (" + plan.mapping().file() + ")";
        }

        private static String digest(String text) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    s.append(String.format("%02x", h[i] & 0xff));
                }
                return s.toString();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every Java platform", e);
            }
        }
    }
}
