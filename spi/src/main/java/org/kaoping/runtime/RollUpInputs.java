package org.kaoping.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.evidence.UnitEvidence;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.RollUpRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.ScorecardRecord;

/**
 * The inputs of a plan's {@link RollUpRule}s: for a unit scored by a rubric with roll-up criteria, one derived metric
 * value per subordinate unit of the rule's kind below it in the org tree, built from that unit's stored result in the
 * first of the subordinate plans that holds one ({@link #ID_PREFIX}{@code <plan>/<unit>}, value the total, unit of
 * measure the grade), or marked {@link RollUpRule#NO_RESULT} when none does. The values never reach the store: they
 * are added to the unit's evidence when it is scored, so the explanation names each result it used.
 * {@link #refresh()} reads the subordinate plans' records once per scoring run. Thread-safe: the records are replaced
 * whole behind a volatile reference.
 */
final class RollUpInputs {
    /** The prefix of every derived input's id. */
    static final String ID_PREFIX = "derived/";

    private final AssessmentPlan plan;
    private final OrgTree tree;
    private final AssessmentStore store;
    private final List<String> subordinatePlans;
    /** Per rubric id, the subordinate kinds its roll-up criteria read; rubrics without any are absent. */
    private final Map<String, Set<OrgKind>> kindsByRubric = new HashMap<>();
    /** Unit id → plan id and record, the first plan holding one; replaced whole by {@link #refresh()}. */
    private volatile Map<String, ScorecardRecord> records = Collections.emptyMap();

    RollUpInputs(AssessmentPlan plan, OrgTree tree, AssessmentStore store, List<String> subordinatePlans) {
        this.plan = plan;
        this.tree = tree;
        this.store = store;
        this.subordinatePlans = subordinatePlans;
        for (Rubric r : plan.rubrics().values()) {
            Set<OrgKind> kinds = EnumSet.noneOf(OrgKind.class);
            for (Criterion c : r.leaves()) {
                if (c.rule().isPresent()) {
                    for (Rule rule : Rules.leaves(c.rule().get())) {
                        if (rule instanceof RollUpRule) {
                            kinds.add(((RollUpRule) rule).subordinateKind());
                        }
                    }
                }
            }
            if (!kinds.isEmpty()) {
                kindsByRubric.put(r.id(), kinds);
            }
        }
    }

    /** Whether the plan has no roll-up criteria (then this reads nothing and adds nothing). */
    boolean isEmpty() {
        return kindsByRubric.isEmpty();
    }

    /** Reads the subordinate plans' records again; returns whether any result changed since the last read. */
    synchronized boolean refresh() {
        if (isEmpty()) {
            return false;
        }
        Map<String, ScorecardRecord> now = new HashMap<>();
        for (String planId : subordinatePlans) {
            for (ScorecardRecord r : store.scorecards(planId)) {
                now.putIfAbsent(r.unitId(), r);
            }
        }
        Map<String, ScorecardRecord> before = records;
        records = Collections.unmodifiableMap(now);
        if (before.size() != now.size()) {
            return true;
        }
        for (Map.Entry<String, ScorecardRecord> e : now.entrySet()) {
            ScorecardRecord b = before.get(e.getKey());
            if (b == null || !b.planId().equals(e.getValue().planId()) || !b.total().equals(e.getValue().total())
                    || !b.grade().equals(e.getValue().grade())) {
                return true;
            }
        }
        return false;
    }

    /** {@code own}, the unit's stored evidence, with the derived inputs of its rubric's roll-up criteria added. */
    UnitEvidence with(OrgUnit unit, UnitEvidence own) {
        List<Evidence> derived = derived(unit);
        if (derived.isEmpty()) {
            return own;
        }
        List<Evidence> all = new ArrayList<>(own.all());
        all.addAll(derived);
        return EvidenceIndex.of(all).unit(unit.id());
    }

    /** The derived inputs of {@code unit}, in the tree's order of its subordinate units. */
    List<Evidence> derived(OrgUnit unit) {
        Rubric rubric = plan.rubrics().get(unit.kind());
        Set<OrgKind> kinds = rubric == null ? null : kindsByRubric.get(rubric.id());
        if (kinds == null) {
            return Collections.emptyList();
        }
        Map<String, ScorecardRecord> known = records;
        List<Evidence> out = new ArrayList<>();
        for (OrgUnit d : tree.descendants(unit.id())) {
            if (!kinds.contains(d.kind())) {
                continue;
            }
            ScorecardRecord r = known.get(d.id());
            String key = RollUpRule.inputKeyOf(d.kind());
            out.add(MetricValue.builder().id(ID_PREFIX + (r == null ? "none" : r.planId()) + "/" + d.id()).unitId(unit.id()).key(key)
                    .period(ReportingPeriod.year(plan.year())).source(SourceKind.HOST_SYSTEM).author("kaoping")
                    .recordedAt(r == null ? Instant.EPOCH : r.computedAt())
                    .value(r == null ? java.math.BigDecimal.ZERO : r.total().toBigDecimal())
                    .unit(r == null ? RollUpRule.NO_RESULT : r.grade()).build());
        }
        return out;
    }

}
