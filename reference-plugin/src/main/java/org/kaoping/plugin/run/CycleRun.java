package org.kaoping.plugin.run;

import org.kaoping.core.ConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.runtime.ImportResult;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.ObligationCheck;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.Publication;
import org.kaoping.spi.PublishedResult;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;

/**
 * Runs one cycle through the runtime ({@link Kaoping}): wires it with the setup's plan, cycle, obligation effects
 * (per rubric) and units not assessed, imports the evidence from a source in batches, checks the reporting
 * obligations at the setup's date (the runtime files the late and missing self-report deductions into the store,
 * audited), scores the cycle, and publishes the ranking to the given sinks. Every change is in the store and its
 * audit trail. Deterministic for equal inputs (apart from the audit and computation times).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CycleRun {
    /** The actor the cycle is published by. */
    public static final String PUBLISHER = "kaoping-cli";

    /** Records per import batch: the journal store writes one durable record (one fsync) per batch. */
    public static final int IMPORT_BATCH = 2000;

    private CycleRun() {}

    /**
     * Scores {@code evidence} through the runtime on a fresh in-memory store (nothing is written to disk): the
     * CLI's {@code score}, {@code rank} and {@code report}.
     */
    public static CycleResult score(CycleSetup setup, OrgTree tree, Collection<? extends Evidence> evidence) {
        return score(setup, tree, evidence, Progress.silent());
    }

    /** {@link #score(CycleSetup, OrgTree, Collection)}, reporting the import and the scoring on {@code progress}. */
    public static CycleResult score(CycleSetup setup, OrgTree tree, Collection<? extends Evidence> evidence, Progress progress) {
        InMemoryEvidenceSource source = new InMemoryEvidenceSource("given-evidence");
        source.append(new ArrayList<Evidence>(evidence));
        try (InMemoryAssessmentStore store = new InMemoryAssessmentStore()) {
            return run(setup, directory(tree), store, source, new Timings(), progress, evidence.size());
        }
    }

    /**
     * Runs the cycle through the runtime on {@code store} (which stays open: it is the caller's), importing from
     * {@code source} and publishing to {@code sinks}. Re-running on the same store is harmless: evidence and
     * deductions already stored are duplicates, unchanged scorecards are not re-recorded.
     *
     * @throws org.kaoping.core.ConfigurationException if the setup has no city office, or the wiring fails (e.g. a
     *     unit declared not assessed is not in the directory)
     * @throws org.kaoping.core.RefusedInputException if the source refuses a batch
     * @throws org.kaoping.runtime.PublicationFailedException if a sink fails
     */
    public static CycleResult run(CycleSetup setup, OrgDirectory directory, AssessmentStore store, EvidenceSource source,
            ResultSink... sinks) {
        return run(setup, directory, store, source, new Timings(), sinks);
    }

    /** {@link #run(CycleSetup, OrgDirectory, AssessmentStore, EvidenceSource, ResultSink...)}, recording each phase's time in {@code timings}. */
    public static CycleResult run(CycleSetup setup, OrgDirectory directory, AssessmentStore store, EvidenceSource source,
            Timings timings, ResultSink... sinks) {
        return run(setup, directory, store, source, timings, Progress.silent(), -1, sinks);
    }

    /**
     * {@link #run(CycleSetup, OrgDirectory, AssessmentStore, EvidenceSource, Timings, ResultSink...)}, reporting the
     * import (records fetched from {@code source}, out of {@code expected} or -1 if unknown) and the scoring on
     * {@code progress}.
     */
    public static CycleResult run(CycleSetup setup, OrgDirectory directory, AssessmentStore store, EvidenceSource source,
            Timings timings, Progress progress, long expected, ResultSink... sinks) {
        Objects.requireNonNull(source, "source must not be null");
        try (Kaoping kaoping = timings.time("wire the runtime", () -> runtime(setup, directory, store, sinks))) {
            ImportResult imported;
            try (Progress.Phase phase = progress.start("导入证据", expected, "条")) {
                imported = timings.time("import evidence", () -> kaoping.importEvidence(new CountingSource(source, phase)));
            }
            ObligationCheck check = timings.time("check obligations", () -> kaoping.checkObligations(setup.asOf()));
            List<Scorecard> cards;
            try (Progress.Phase phase = progress.start("评分", kaoping.assessedUnits().size(), "个单位")) {
                cards = timings.time("score the cycle", kaoping::scoreCycle);
                phase.advance(cards.size());
            }
            Publication publication = timings.time("rank and publish", () -> kaoping.publish(PUBLISHER));
            Map<String, RankingTable> rankings = Rankings.rank(cards, setup.plan());
            agree(publication, rankings);
            return new CycleResult(setup, kaoping.orgTree(), inTreeOrder(kaoping.orgTree(), cards), rankings,
                    obligationsByUnit(kaoping, check), derived(cards), kaoping.notAssessed(), imported.added() + imported.duplicates(),
                    kaoping.summary(), pendingClaims(kaoping));
        }
    }

    /** The runtime wired for {@code setup}: plan, cycle, city office, obligation effects per rubric, units not assessed. */
    public static Kaoping runtime(CycleSetup setup, OrgDirectory directory, AssessmentStore store, ResultSink... sinks) {
        return runtime(setup, directory, store, java.time.Clock.systemUTC(), sinks);
    }

    /**
     * {@link #runtime(CycleSetup, OrgDirectory, AssessmentStore, ResultSink...)} on {@code clock}: the cycle after the scores
     * (公示, appeals, finalizing) acts at the clock's time, e.g. the demo's dates in January 2016 (issue 15).
     */
    public static Kaoping runtime(CycleSetup setup, OrgDirectory directory, AssessmentStore store, java.time.Clock clock,
            ResultSink... sinks) {
        return builder(setup, directory, store, clock, sinks).build();
    }

    /**
     * The builder {@link #runtime(CycleSetup, OrgDirectory, AssessmentStore, java.time.Clock, ResultSink...)} builds, for a
     * caller that adds to it (e.g. {@code previousCycle}, issue 16) before building.
     */
    public static Kaoping.Builder builder(CycleSetup setup, OrgDirectory directory, AssessmentStore store, java.time.Clock clock,
            ResultSink... sinks) {
        if (!setup.cityOffice().isPresent()) {
            throw new ConfigurationException("The cycle setup of plan [" + setup.plan().id() + "] names no city office; set it with"
                    + " CycleSetup.builder(plan).cityOffice(unitId)");
        }
        Kaoping.Builder b = Kaoping.builder().orgDirectory(directory).store(store).plan(setup.plan()).cycle(setup.cycle())
                .cityOffice(setup.cityOffice().get()).importBatchSize(IMPORT_BATCH).resultSink(sinks).clock(clock)
                .subordinatePlans(setup.subordinatePlans().toArray(new String[0]));
        if (setup.assessingOffice().isPresent()) {
            b.assessingOffice(setup.assessingOffice().get());
        }
        for (Rubric r : new LinkedHashMap<>(setup.plan().rubrics()).values()) {
            List<ObligationEffect> effects = setup.effects(r.id());
            if (!effects.isEmpty()) {
                b.obligationEffect(r.id(), effects.toArray(new ObligationEffect[0]));
            }
        }
        for (Map.Entry<OrgKind, String> e : setup.excludedKinds().entrySet()) {
            b.notAssessed(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : setup.excludedUnits().entrySet()) {
            b.notAssessed(e.getKey(), e.getValue());
        }
        return b;
    }

    /** A source that counts what the runtime fetches from it, for progress. */
    private static final class CountingSource implements EvidenceSource {
        private final EvidenceSource delegate;
        private final Progress.Phase phase;

        CountingSource(EvidenceSource delegate, Progress.Phase phase) {
            this.delegate = delegate;
            this.phase = phase;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public int priority() {
            return delegate.priority();
        }

        @Override
        public org.kaoping.spi.EvidenceBatch fetch(String cursor, int limit) {
            org.kaoping.spi.EvidenceBatch b = delegate.fetch(cursor, limit);
            phase.advance(b.evidence().size());
            return b;
        }
    }

    /** {@code tree} as an org directory. */
    public static OrgDirectory directory(final OrgTree tree) {
        return new OrgDirectory() {
            @Override
            public String id() {
                return "org-tree";
            }

            @Override
            public List<OrgUnit> units() {
                return tree.units();
            }
        };
    }

    /** The published ranks and totals are the ones of the tables the reports show. */
    private static void agree(Publication publication, Map<String, RankingTable> rankings) {
        Map<String, RankedUnit> ranked = new HashMap<>();
        for (RankingTable t : rankings.values()) {
            for (RankedUnit u : t.entries()) {
                ranked.put(u.unitId(), u);
            }
        }
        if (ranked.size() != publication.results().size()) {
            throw new IllegalStateException("the runtime published " + publication.results().size() + " result(s), the ranking has "
                    + ranked.size());
        }
        for (PublishedResult p : publication.results()) {
            RankedUnit u = ranked.get(p.unitId());
            if (u == null || u.rank() != p.rank() || !u.finalTotal().equals(p.total()) || !u.grade().name().equals(p.grade())) {
                throw new IllegalStateException("the runtime published unit [" + p.unitId() + "] as rank " + p.rank() + ", "
                        + p.total() + ", " + p.grade() + "; the ranking says " + (u == null ? "nothing" : u.rank() + ", "
                        + u.finalTotal() + ", " + u.grade().name()));
            }
        }
    }

    private static List<Scorecard> inTreeOrder(OrgTree tree, List<Scorecard> cards) {
        Map<String, Scorecard> byUnit = new HashMap<>();
        for (Scorecard c : cards) {
            byUnit.put(c.unitId(), c);
        }
        List<Scorecard> out = new ArrayList<>(cards.size());
        for (OrgUnit u : tree.units()) {
            Scorecard c = byUnit.get(u.id());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Map<String, List<Obligation>> obligationsByUnit(Kaoping kaoping, ObligationCheck check) {
        Map<String, List<Obligation>> out = new LinkedHashMap<>();
        for (OrgUnit u : kaoping.assessedUnits()) {
            out.put(u.id(), check.obligations(u.id()));
        }
        return out;
    }

    /** The evidence of the claims waiting for an assessor (待审核), in storage order. */
    private static List<Evidence> pendingClaims(Kaoping kaoping) {
        List<Evidence> out = new ArrayList<>();
        for (org.kaoping.runtime.Claim c : kaoping.pendingClaims()) {
            out.add(c.evidence());
        }
        return out;
    }

    /**
     * The deductions the runtime filed for late and missing self-reports, now or on an earlier run on this store, of the
     * units scored: read from the scorecards' own evidence rather than from a second read of the whole store.
     */
    private static List<Deduction> derived(List<Scorecard> cards) {
        List<Deduction> out = new ArrayList<>();
        for (Scorecard c : cards) {
            for (Evidence e : c.evidence().all()) {
                if (e instanceof Deduction && e.author().equals(Kaoping.SYSTEM_ACTOR)) {
                    out.add((Deduction) e);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }
}
