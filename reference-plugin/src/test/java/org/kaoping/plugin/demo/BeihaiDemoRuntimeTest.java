package org.kaoping.plugin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.cycle.Obligations;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.plugin.journal.JournalLockedException;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.runtime.Kaoping;

/**
 * The demo through the runtime on the embedded journal store gives the results the core-only path gave before
 * (scoring on core with the obligation deductions derived in memory), unit by unit; the store holds what the
 * runtime did, audited; reports name the plan's categories in Chinese.
 */
class BeihaiDemoRuntimeTest {
    /**
     * The core-only path the demo used before it ran through the runtime: obligations judged at the setup's date,
     * each rubric's declared effects turned into deductions, every unit in scope scored on core, ranked per rubric.
     * Kept here as the reference the runtime must agree with.
     */
    static Map<String, RankedUnit> coreOnly() {
        CycleSetup setup = BeihaiDemo.setup();
        OrgTree tree = BeihaiSampleCity.tree();
        List<Evidence> evidence = new ArrayList<>(BeihaiDemo.evidence());
        EvidenceIndex given = EvidenceIndex.of(evidence);
        List<OrgUnit> scope = new ArrayList<>();
        for (OrgUnit u : tree.units()) {
            if (setup.plan().rubrics().containsKey(u.kind()) && !setup.excludedKinds().containsKey(u.kind())
                    && !setup.excludedUnits().containsKey(u.id())) {
                scope.add(u);
            }
        }
        List<Evidence> all = new ArrayList<>(evidence);
        for (OrgUnit u : scope) {
            for (ObligationEffect effect : setup.effects(setup.plan().rubricFor(u.kind()).id())) {
                all.addAll(effect.deductions(Obligations.of(setup.cycle(), given.unit(u.id()), setup.asOf()), "core-only", setup.asOf()));
            }
        }
        all.addAll(villageResults(tree));
        EvidenceIndex index = EvidenceIndex.of(all);
        Scorer scorer = Scorer.of(setup.plan());
        List<Scorecard> cards = new ArrayList<>();
        for (OrgUnit u : scope) {
            cards.add(scorer.score(u, index));
        }
        return byUnit(Rankings.rank(cards, setup.plan()));
    }

    /**
     * What the runtime hands a county's 六.2 roll-up (属地逐级, issue 16): its villages' results from the village plans run
     * first, one derived metric value each (id {@code derived/<plan>/<village>}, value the total, unit the grade).
     */
    static List<Evidence> villageResults(OrgTree tree) {
        List<Evidence> out = new ArrayList<>();
        try (org.kaoping.spi.support.InMemoryAssessmentStore store = new org.kaoping.spi.support.InMemoryAssessmentStore()) {
            DemoLevels.runBelow(store, new org.kaoping.plugin.run.Timings());
            for (OrgUnit county : tree.unitsOfKind(org.kaoping.core.org.OrgKind.COUNTY_DISTRICT)) {
                for (OrgUnit v : tree.descendants(county.id())) {
                    if (v.kind() != org.kaoping.core.org.OrgKind.VILLAGE_COMMUNITY) {
                        continue;
                    }
                    String plan = DemoLevels.villagePlanId(tree.parent(v.id()).get().id());
                    org.kaoping.spi.ScorecardRecord r = store.scorecard(plan, v.id()).get();
                    out.add(org.kaoping.core.evidence.MetricValue.builder().id("derived/" + plan + "/" + v.id()).unitId(county.id())
                            .key(org.kaoping.core.rule.RollUpRule.inputKeyOf(v.kind())).period(org.kaoping.core.evidence.ReportingPeriod.year(2015))
                            .source(org.kaoping.core.evidence.SourceKind.HOST_SYSTEM).author("kaoping").recordedAt(r.computedAt())
                            .value(r.total().toBigDecimal()).unit(r.grade()).build());
                }
            }
        }
        return out;
    }

    static Map<String, RankedUnit> byUnit(Map<String, RankingTable> tables) {
        Map<String, RankedUnit> out = new LinkedHashMap<>();
        for (RankingTable t : tables.values()) {
            for (RankedUnit u : t.entries()) {
                out.put(u.unitId(), u);
            }
        }
        return out;
    }

    static void assertSameResults(Map<String, RankedUnit> expected, CycleResult actual) {
        Map<String, RankedUnit> got = byUnit(actual.rankings());
        assertEquals(expected.keySet(), got.keySet(), "the same units are ranked");
        for (RankedUnit e : expected.values()) {
            RankedUnit g = got.get(e.unitId());
            String unit = e.unitId();
            assertEquals(e.finalTotal(), g.finalTotal(), unit + ": total");
            assertEquals(e.grade(), g.grade(), unit + ": grade");
            assertEquals(e.rank(), g.rank(), unit + ": rank");
            assertEquals(e.commendable(), g.commendable(), unit + ": commendable");
        }
    }

    /** What the demo's upheld appeal (issue 15) adds to 银海区's total: item 1.1 set to its full points. */
    static final org.kaoping.core.points.Points UPHELD_GAIN = org.kaoping.core.points.Points.parse("1.33");

    /**
     * The core-only results after the demo's cycle after the scores: 银海区's upheld appeal adds {@link #UPHELD_GAIN} to its
     * total (its rank and grade stay); every other unit's result is unchanged.
     */
    static Map<String, RankedUnit> afterAppeals(Map<String, RankedUnit> coreOnly, CycleResult actual) {
        Map<String, RankedUnit> out = new LinkedHashMap<>(coreOnly);
        RankedUnit was = coreOnly.get(DemoLifecycle.UPHELD_UNIT);
        RankedUnit now = byUnit(actual.rankings()).get(DemoLifecycle.UPHELD_UNIT);
        assertEquals(was.finalTotal().plus(UPHELD_GAIN), now.finalTotal(), "the upheld unit gains exactly the appealed item's lost points");
        out.put(DemoLifecycle.UPHELD_UNIT, now);
        return out;
    }

    /**
     * The results after the demo's July 临时部署 (issue 16): each county that did the task in time gains exactly its points
     * on top of the core-only total, 银海区 (late) nothing, and every county keeps its rank; the other units are unchanged.
     */
    static Map<String, RankedUnit> afterAmendment(Map<String, RankedUnit> before, CycleResult actual) {
        Map<String, RankedUnit> out = new LinkedHashMap<>(before);
        Map<String, RankedUnit> got = byUnit(actual.rankings());
        for (OrgUnit county : BeihaiSampleCity.tree().unitsOfKind(org.kaoping.core.org.OrgKind.COUNTY_DISTRICT)) {
            RankedUnit was = before.get(county.id());
            RankedUnit now = got.get(county.id());
            org.kaoping.core.points.Points gain = DemoAmendment.LATE.contains(county.id()) ? org.kaoping.core.points.Points.ZERO
                    : DemoAmendment.DEPLOYMENT.points();
            assertEquals(was.finalTotal().plus(gain), now.finalTotal(), county.id() + ": the task's points exactly on top");
            assertEquals(was.rank(), now.rank(), county.id() + ": the rank stays");
            out.put(county.id(), now);
        }
        return out;
    }

    @Test
    void theRuntimeOnAnInMemoryStoreGivesTheCoreOnlyResultsForEveryUnit() {
        Map<String, RankedUnit> expected = coreOnly();
        assertEquals(48, expected.size());
        CycleResult r = BeihaiDemo.run();
        assertSameResults(expected, r);
        assertEquals(29, r.derivedDeductions().size(), "the runtime filed one deduction per late or missing report");
        for (org.kaoping.core.evidence.Deduction d : r.derivedDeductions()) {
            assertEquals(Kaoping.SYSTEM_ACTOR, d.author());
            assertTrue(d.id().startsWith("obligation:" + d.unitId() + ":"), d.id());
        }
    }

    @Test
    void theDemoRunsOnTheJournalStoreAuditedAndAFreshRunGivesTheSameResults(@TempDir Path out) throws Exception {
        Map<String, RankedUnit> expected = coreOnly();
        CycleResult first = BeihaiDemo.runAndWrite(out);
        assertSameResults(afterAmendment(afterAppeals(expected, first), first), first);
        assertEquals(BeihaiDemo.evidence().size() + BeihaiSampleCity.tree().unitsOfKind(org.kaoping.core.org.OrgKind.COUNTY_DISTRICT).size(),
                first.evidenceCount(), "the demo's evidence and the office's tick of the 临时部署 for each county");
        assertTrue(first.excluded().get(BeihaiSampleCity.OFFICE_ID).contains("承办机构"));
        assertTrue(first.runtimeSummary().contains("48 unit(s) assessed"), first.runtimeSummary());

        try (JournalAssessmentStore store = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out))) {
            // + 1: the override of 银海区's upheld appeal; the plans below the city (属地逐级) share the store: count what concerns the city's plan and its units
            assertEquals(first.evidenceCount() + first.derivedDeductions().size() + 1, cityEvidence(store, first));
            assertEquals(48, store.scorecards("beihai-2015-demo").size());
            List<AuditEvent> audit = store.auditEvents(0);
            assertEquals(3, audit.stream().filter(e -> e.action() == AuditEvent.Action.EVIDENCE_IMPORTED
                    && e.subject().equals(java.util.Optional.of("demo-evidence"))).count(), "5156 records in batches of 2000");
            assertEquals(first.derivedDeductions().size(), count(audit, AuditEvent.Action.EVIDENCE_SUBMITTED));
            assertEquals(48 + 2 + 1, audit.stream().filter(e -> e.action() == AuditEvent.Action.SCORED && e.unitId().isPresent()
                    && !first.excluded().containsKey(e.unitId().get())).count(), "the city's 48, and 市教育局's plan scores its 2 affiliates, + 1: 银海区 re-scored after its upheld appeal");
            assertEquals(1, audit.stream().filter(e -> e.action() == AuditEvent.Action.PUBLISHED
                    && e.subject().equals(java.util.Optional.of("beihai-2015-demo"))).count());
        }
        for (String f : new String[] {Reports.HTML, Reports.CSV, Reports.JSON}) {
            assertTrue(Files.size(out.resolve(f)) > 1000, f);
        }

        CycleResult again = BeihaiDemo.runAndWrite(out);
        assertSameResults(afterAmendment(afterAppeals(expected, again), again), again);
        try (JournalAssessmentStore store = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out))) {
            assertEquals(first.evidenceCount() + first.derivedDeductions().size() + 1, cityEvidence(store, first), "a fresh store, not a second copy");
            assertEquals(1, store.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.PUBLISHED
                    && e.subject().equals(java.util.Optional.of("beihai-2015-demo"))).count());
        }
    }

    @Test
    void aStoreOpenElsewhereIsNeitherEmptiedNorUsed(@TempDir Path out) throws Exception {
        BeihaiDemo.runAndWrite(out);
        long size = Files.size(BeihaiDemo.storeDirectory(out).resolve("evidence.jsonl"));
        try (JournalAssessmentStore held = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out))) {
            assertThrows(JournalLockedException.class, () -> BeihaiDemo.runAndWrite(out));
            assertEquals(size, Files.size(BeihaiDemo.storeDirectory(out).resolve("evidence.jsonl")));
            assertFalse(held.allEvidence().isEmpty());
        }
    }

    @Test
    void theReportsNameTheBonusPenaltyAndVetoCategoriesInChinese(@TempDir Path out) throws Exception {
        BeihaiDemo.runAndWrite(out);
        String csv = new String(Files.readAllBytes(out.resolve(Reports.CSV)), StandardCharsets.UTF_8);
        String html = new String(Files.readAllBytes(out.resolve(Reports.HTML)), StandardCharsets.UTF_8);
        String json = new String(Files.readAllBytes(out.resolve(Reports.JSON)), StandardCharsets.UTF_8);
        for (String text : new String[] {csv, html}) {
            assertTrue(text.contains("加分 上级机关表彰 1.5"), "the bonus by its Chinese name");
            assertTrue(text.contains("扣分 新闻媒体曝光 1"), "the penalty by its Chinese name");
            assertTrue(text.contains("一票否决：重大安全生产责任事故"), "the veto by its Chinese name");
            assertFalse(text.contains("superior-commendation"), "no bare category key");
        }
        assertTrue(json.replaceAll("\\s+", "").contains("\"category\":\"superior-commendation\",\"label\":\"上级机关表彰\""),
                "JSON keeps the key and adds the label");
    }

    /** The stored evidence about the units the city's plan assesses. */
    private static long cityEvidence(JournalAssessmentStore store, CycleResult city) {
        return store.allEvidence().stream().filter(e -> !city.excluded().containsKey(e.unitId())).count();
    }

    private static long count(List<AuditEvent> audit, AuditEvent.Action action) {
        return audit.stream().filter(e -> e.action() == action).count();
    }

    @Test
    void theCategoryLabelsCoverEveryCategoryOfThePlan() {
        List<String> categories = new ArrayList<>();
        for (org.kaoping.core.plan.AdjustmentRule a : BeihaiDemo.plan().adjustments()) {
            categories.add(a.category());
        }
        for (org.kaoping.core.plan.VetoRule v : BeihaiDemo.plan().vetoRules()) {
            categories.add(v.incidentCategory());
        }
        assertFalse(categories.isEmpty());
        for (String c : categories) {
            assertTrue(BeihaiDemo.CATEGORY_LABELS.containsKey(c), c + " has a Chinese label");
        }
    }
}
