package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/** Issue 11.6: a rater's latest judgement counts, found in time linear in the judgements on the item. */
class SupersessionTest {
    static final AtomicLong READS = new AtomicLong();

    /** A judgement that counts how often the engine reads its author and time: the work supersession does. */
    static final class Counted extends Judgement {
        final Judgement j;

        Counted(Judgement j) {
            this.j = j;
        }

        @Override public String level() { return j.level(); }
        @Override public Optional<String> comment() { return j.comment(); }
        @Override public String id() { return j.id(); }
        @Override public String unitId() { return j.unitId(); }
        @Override public String key() { return j.key(); }
        @Override public ReportingPeriod period() { return j.period(); }
        @Override public SourceKind source() { return j.source(); }
        @Override public Optional<ReviewStep> step() { return j.step(); }
        @Override public String author() { READS.incrementAndGet(); return j.author(); }
        @Override public Optional<String> authorUnitId() { return j.authorUnitId(); }
        @Override public Instant recordedAt() { READS.incrementAndGet(); return j.recordedAt(); }
    }

    @Test
    void supersessionReadsEachJudgementAConstantNumberOfTimes() {
        Ev ev = new Ev("u1", 2015);
        int n = 4_000;
        List<Evidence> e = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // n / 2 raters, each judging twice: half the judgements are superseded
            e.add(new Counted(ev.judge("1.1", "r" + (i % (n / 2)), i < n / 2 ? "差" : "好", SourceKind.PANEL, Ev.T0.plusSeconds(i))));
        }
        e.add(ev.metric("training", "2"));
        e.add(ev.judge("2.2", "a", "好"));
        READS.set(0);
        Scorecard c = Scorer.of(ScorerTest.plan().build()).score(ScorerTest.UNIT, EvidenceIndex.of(e));
        long reads = READS.get();
        assertEquals(Points.of(40), c.awarded("1.1"), "every rater's later judgement is 好");
        // quadratic supersession read author and time about n² = 16,000,000 times; linear reads a few per judgement
        assertTrue(reads <= 20L * n, "author/time read " + reads + " times for " + n + " judgements");
    }

    @Test
    void theLatestJudgementOfEachRaterCountsWhateverTheOrder() {
        // model: per rater, the judgement with the latest time (ties: the larger id) counts; the item is the mean
        qt().withExamples(200).forAll(lists().of(integers().between(0, 59)).ofSizeBetween(1, 40)).checkAssert(codes -> {
            Ev ev = new Ev("u1", 2015);
            String[] levels = {"好", "较好", "一般", "差"};
            List<Evidence> e = new ArrayList<>();
            Map<String, Judgement> latest = new HashMap<>();
            for (int code : codes) {
                String rater = "r" + (code % 5);
                Judgement j = ev.judge("1.1", rater, levels[(code / 5) % 4], SourceKind.PANEL, Ev.T0.plusSeconds(code / 20));
                e.add(j);
                Judgement seen = latest.get(rater);
                int cmp = seen == null ? 1 : j.recordedAt().compareTo(seen.recordedAt());
                if (seen == null || cmp > 0 || cmp == 0 && j.id().compareTo(seen.id()) > 0) {
                    latest.put(rater, j);
                }
            }
            Ratio sum = Ratio.ZERO;
            for (Judgement j : latest.values()) {
                sum = Fractions.add(sum, org.kaoping.core.rule.JudgementRule.standard().levels().stream()
                        .filter(l -> l.name().equals(j.level())).findFirst().get().share());
            }
            Ratio mean = Fractions.divide(sum, latest.size());
            Scorecard c = Scorer.of(ScorerTest.plan().build()).score(ScorerTest.UNIT, EvidenceIndex.of(e));
            assertEquals(Points.ofUnits(Fractions.award(Points.of(40).units(), mean, 2)), c.awarded("1.1"), codes.toString());
        });
    }
}
