package org.kaoping.benchmarks.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 11.6: scoring one unit whose one judgement item holds {@link #judgements} judgements, half of them
 * superseded by a later judgement of the same rater (each of {@code judgements / 2} raters judges twice). Was
 * quadratic (10k/20k/40k/80k → 1.2/3.2/12.4/58.5 s); a rater's latest judgement is now found in one pass, so
 * the time should double with the judgements. Compare each size against the 10,000 row of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SupersessionBenchmark {
    static final Instant T0 = Instant.parse("2015-12-01T02:00:00Z");

    @Param({"10000", "20000", "40000", "80000"})
    public int judgements;

    Scorer scorer;
    OrgUnit unit;
    EvidenceIndex evidence;

    @Setup(Level.Trial)
    public void prepare() {
        Rubric rubric = Rubric.builder("bench/one-item").version("1").title("one judgement item").source("benchmark").points("100")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "section", "100", s -> s.item("1、", "item", "100", Rules.judgement()))
                .build();
        scorer = Scorer.of(AssessmentPlan.builder().id("bench").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, rubric).build());
        unit = OrgUnit.root("u", "unit", OrgKind.COUNTY_DISTRICT);
        String[] levels = {"好", "较好", "一般", "差"};
        List<Evidence> list = new ArrayList<>(judgements);
        int raters = judgements / 2;
        for (int i = 0; i < judgements; i++) {
            list.add(Judgement.builder().id(String.format("j%06d", i)).unitId("u").key("1.1").period(ReportingPeriod.year(2015))
                    .source(SourceKind.PANEL).author("r" + (i % raters)).recordedAt(T0.plusSeconds(i)).level(levels[i % 4]).build());
        }
        evidence = EvidenceIndex.of(list);
    }

    /** Score the unit: one item, {@link #judgements} judgements. */
    @Benchmark
    public Object score() {
        return scorer.score(unit, evidence).finalTotal();
    }
}
