package org.kaoping.plugin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.PreviousCycle;

/**
 * The previous cycle's evidence read from its journal store ({@code --previous-store}), for the trend rules
 * (逐年提高/下降) of this cycle. The store is opened, read and closed without a write of Kaoping's (the journal store
 * has no read-only open; opening may still drop a torn, never-acknowledged last line, as every open does). Only what
 * a trend rule reads is kept: metric values of the previous year on a metric a trend rule of the plan names. They go
 * through this run's gate with the current evidence, into the run's in-memory store, and are never written to any
 * store on disk. With {@code --previous-plan}, for a store holding several cycles, only the values that plan's published or
 * final result counted are read ({@link PreviousCycle}, as {@code Kaoping.Builder.previousCycle} reads them in one store).
 */
final class PreviousStore {
    /** The previous year's trend metric values, in the store's order, and how many other records were left out. */
    final List<Evidence> evidence;
    final int otherRecords;
    final int year;
    /** With {@code --previous-plan}: the cycle read, and the trend values of its year it did not count (left out). */
    final PreviousCycle cycle;
    final int notCounted;

    private PreviousStore(List<Evidence> evidence, int otherRecords, int year, PreviousCycle cycle, int notCounted) {
        this.evidence = Collections.unmodifiableList(evidence);
        this.otherRecords = otherRecords;
        this.year = year;
        this.cycle = cycle;
        this.notCounted = notCounted;
    }

    /**
     * Reads the trend metric values of the year before {@code plan}'s from the journal store in {@code dir}; with
     * {@code previousPlan}, only those that plan's published or final result in that store counted ({@link PreviousCycle}).
     */
    static PreviousStore read(Path dir, AssessmentPlan plan, String previousPlan) {
        int planYear = plan.year();
        Set<String> metrics = trendMetrics(plan);
        if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve(JournalAssessmentStore.EVIDENCE + ".jsonl"))) {
            throw new ConfigurationException("--previous-store " + dir + ": expected the directory of a journal store (holding "
                    + JournalAssessmentStore.EVIDENCE + ".jsonl), e.g. the store of the " + (planYear - 1) + " cycle");
        }
        List<Evidence> kept = new ArrayList<>();
        int other = 0;
        int notCounted = 0;
        PreviousCycle cycle = null;
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            if (previousPlan != null) {
                if (previousPlan.equals(plan.id())) {
                    throw new ConfigurationException("--previous-plan " + previousPlan + " is this run's own plan; name the plan of the "
                            + (planYear - 1) + " cycle");
                }
                try {
                    cycle = PreviousCycle.read(store, previousPlan, planYear - 1);
                } catch (ConfigurationException e) {
                    throw new ConfigurationException("--previous-plan " + previousPlan + " in --previous-store " + dir + ": " + e.getMessage(), e);
                }
            }
            for (Evidence e : store.allEvidence()) {
                if (e.kind() == EvidenceKind.METRIC_VALUE && e.period().year() == planYear - 1 && metrics.contains(e.key())) {
                    if (cycle == null || cycle.reads(e)) {
                        kept.add(e);
                    } else {
                        notCounted++;
                    }
                } else {
                    other++;
                }
            }
        }
        return new PreviousStore(kept, other, planYear - 1, cycle, notCounted);
    }

    /** What the console and the reports say about it (Chinese, for the office). */
    String notice(Path dir) {
        return "上一周期：已从存储 " + dir.toAbsolutePath().normalize() + " 读取 " + year + " 年证据 " + evidence.size()
                + " 条（逐年提高/下降条目所读指标的数值），仅供逐年比较，经本次提交关口校验，未写入任何存储"
                + (cycle == null ? "" : "；按上一周期考评方案 " + cycle.planId() + " 的" + (cycle.state() == org.kaoping.runtime.CycleState.FINAL ? "定稿" : "公示")
                        + "结果（" + LifecycleOptions.shown(cycle.takenAt()) + "，北京时间）所计入的数值读取"
                        + (notCounted > 0 ? "，另有 " + notCounted + " 条该年度数值未被该结果计入（其后提交或已改动），未读入" : ""))
                + (otherRecords > 0 ? "；其余 " + otherRecords + " 条与逐年比较无关，未读入" : "") + "。";
    }

    /** The metrics the trend rules of {@code plan}'s rubrics read, at any depth of a composite rule. */
    static Set<String> trendMetrics(AssessmentPlan plan) {
        Set<String> out = new LinkedHashSet<>();
        for (Rubric rubric : plan.rubrics().values()) {
            for (Criterion c : rubric.criteriaById().values()) {
                if (c.rule().isPresent()) {
                    for (Rule r : Rules.leaves(c.rule().get())) {
                        if (r instanceof TrendRule) {
                            out.add(((TrendRule) r).metric());
                        }
                    }
                }
            }
        }
        return out;
    }
}
