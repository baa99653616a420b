package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.UnitNotAssessedException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.SubmitOutcome;

/**
 * The plans of every level (属地逐级分类考核制) that run on one store, held together: the city office's, a county
 * office's, a township's, a lead department's, each a {@link Kaoping} owned by its assessing office. It orders them so
 * that a plan runs after the plans below it whose results feed its roll-up criteria, routes a submission to every plan
 * whose office assesses the unit (each plan's own gate decides), and keeps rankings per plan, never across offices.
 * Built with {@link #of}; closing it closes the runtimes it holds (a store wired by the host stays open, as with each
 * runtime). Thread-safe as its runtimes are.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PlanSet implements AutoCloseable {
    private final Map<String, Kaoping> byPlan;

    private PlanSet(Map<String, Kaoping> byPlan) {
        this.byPlan = byPlan;
    }

    /**
     * The runtimes {@code runtimes}, all on the same store, in the order a cycle runs them: every plan after the plans
     * it names as {@linkplain Kaoping#subordinatePlans() subordinate} that are in the set, otherwise in the order given.
     *
     * @throws IllegalArgumentException if {@code runtimes} is empty or names a plan twice
     * @throws ConfigurationException if the runtimes do not share one store, or their subordinate plans form a cycle
     */
    public static PlanSet of(List<Kaoping> runtimes) {
        Objects.requireNonNull(runtimes, "runtimes");
        if (runtimes.isEmpty()) {
            throw new IllegalArgumentException("a plan set needs at least one runtime");
        }
        Map<String, Kaoping> given = new LinkedHashMap<>();
        AssessmentStore store = runtimes.get(0).store();
        for (Kaoping k : runtimes) {
            Objects.requireNonNull(k, "runtime");
            if (given.put(k.plan().id(), k) != null) {
                throw new IllegalArgumentException("plan [" + k.plan().id() + "] is given twice");
            }
            if (k.store() != store) {
                throw new ConfigurationException("plan [" + k.plan().id() + "] runs on store " + k.store() + ", plan ["
                        + runtimes.get(0).plan().id() + "] on " + store + ": the plans of a set share one store, where the"
                        + " results of the plans below are read");
            }
        }
        Map<String, Kaoping> ordered = new LinkedHashMap<>();
        for (String id : given.keySet()) {
            place(id, given, ordered, new ArrayList<String>());
        }
        return new PlanSet(Collections.unmodifiableMap(ordered));
    }

    /** Adds {@code id} after the subordinate plans of the set it names, depth first; {@code path} detects a cycle. */
    private static void place(String id, Map<String, Kaoping> given, Map<String, Kaoping> ordered, List<String> path) {
        if (ordered.containsKey(id)) {
            return;
        }
        if (path.contains(id)) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            loop.add(id);
            throw new ConfigurationException("the plans' subordinate plans form a cycle: " + String.join(" → ", loop));
        }
        path.add(id);
        for (String below : given.get(id).subordinatePlans()) {
            if (given.containsKey(below)) {
                place(below, given, ordered, path);
            }
        }
        path.remove(path.size() - 1);
        ordered.put(id, given.get(id));
    }

    /** The plans' ids in the order a cycle runs them: the plans below first. */
    public List<String> planIds() {
        return new ArrayList<>(byPlan.keySet());
    }

    /**
     * The runtime of plan {@code planId}.
     *
     * @throws IllegalArgumentException if the set holds no such plan
     */
    public Kaoping plan(String planId) {
        Kaoping k = byPlan.get(Objects.requireNonNull(planId, "planId"));
        if (k == null) {
            throw new IllegalArgumentException("no plan [" + planId + "] in this set; it holds " + byPlan.keySet());
        }
        return k;
    }

    /** The plans that assess unit {@code unitId} (whose office the delegation gives it), in run order; empty if none. */
    public List<String> plansAssessing(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Kaoping> e : byPlan.entrySet()) {
            for (OrgUnit u : e.getValue().assessedUnits()) {
                if (u.id().equals(unitId)) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Submits {@code evidence} through the gate of every plan that assesses its unit, in run order, and returns each
     * plan's outcome. Evidence about a unit no plan of the set assesses is refused before any gate sees it, naming the
     * unit and the plans: no plan of the set would ever score it.
     *
     * @throws UnitNotAssessedException if no plan of the set assesses the evidence's unit; nothing is stored
     * @throws org.kaoping.runtime.EvidenceRefusedException as {@link Kaoping#submit} does, from the first plan that refuses
     */
    public Map<String, SubmitOutcome> submit(String actor, String actorUnitId, Evidence evidence) {
        List<String> plans = plansAssessing(evidence.unitId());
        if (plans.isEmpty()) {
            throw new UnitNotAssessedException(evidence.unitId(), "no plan of the set " + byPlan.keySet() + " assesses it; evidence "
                    + evidence.id() + " is not stored");
        }
        Map<String, SubmitOutcome> out = new LinkedHashMap<>();
        for (String p : plans) {
            out.put(p, byPlan.get(p).submit(actor, actorUnitId, evidence));
        }
        return out;
    }

    /**
     * Scores every plan's cycle in run order (each stores its scorecards, which the plans above read for their roll-up
     * criteria) and returns the scorecards per plan.
     */
    public Map<String, List<Scorecard>> scoreAll() {
        Map<String, List<Scorecard>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Kaoping> e : byPlan.entrySet()) {
            out.put(e.getKey(), e.getValue().scoreCycle());
        }
        return out;
    }

    /** Each plan's rankings (per rubric within the plan; never across plans), in run order. */
    public Map<String, Map<String, RankingTable>> rankAll() {
        Map<String, Map<String, RankingTable>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Kaoping> e : byPlan.entrySet()) {
            out.put(e.getKey(), e.getValue().rank());
        }
        return out;
    }

    /** Closes every runtime of the set, lowest level last; the first failure is thrown after all were tried. */
    @Override
    public void close() {
        RuntimeException first = null;
        List<Kaoping> reversed = new ArrayList<>(byPlan.values());
        Collections.reverse(reversed);
        for (Kaoping k : reversed) {
            try {
                k.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public String toString() {
        return "PlanSet" + byPlan.keySet();
    }
}
