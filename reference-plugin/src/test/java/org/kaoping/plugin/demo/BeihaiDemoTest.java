package org.kaoping.plugin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.imports.FolderImport;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.rubrics.beihai2015.Beihai2015;

class BeihaiDemoTest {
    static final CycleResult RESULT = BeihaiDemo.run();

    @Test
    void theEvidenceIsDeterministicAndLabelledSynthetic() {
        List<Evidence> a = BeihaiDemo.evidence();
        assertEquals(a, BeihaiDemo.evidence(), "same seed, same evidence");
        Set<String> ids = new HashSet<>();
        for (Evidence e : a) {
            assertTrue(e.id().startsWith(BeihaiDemo.ID_PREFIX), e.id());
            assertTrue(ids.add(e.id()), "unique id " + e.id());
            if (e instanceof Incident) {
                assertTrue(((Incident) e).description().startsWith(BeihaiDemo.LABEL), e.toString());
            }
        }
        Set<EvidenceKind> kinds = new HashSet<>();
        for (Evidence e : a) {
            kinds.add(e.kind());
        }
        for (EvidenceKind k : new EvidenceKind[] {EvidenceKind.SELF_REPORT, EvidenceKind.JUDGEMENT, EvidenceKind.PUBLIC_RATING,
                EvidenceKind.METRIC_VALUE, EvidenceKind.CHECKLIST_TICK, EvidenceKind.INCIDENT, EvidenceKind.DEDUCTION}) {
            assertTrue(kinds.contains(k), "the cycle has " + k);
        }
    }

    @Test
    void everyScoredUnitHasAScorecardAndTownshipsVillagesAndTheOfficeAreLeftOutWithAReason() {
        assertEquals(4 + 4 + 24 + 6 + 10, RESULT.scorecards().size());
        for (Scorecard c : RESULT.scorecards()) {
            assertTrue(c.isComplete(), c.unitId() + " missing " + c.missingEvidence());
        }
        assertTrue(RESULT.excluded().get(BeihaiSampleCity.OFFICE_ID).contains("承办机构"));
        long townships = RESULT.tree().unitsOfKind(OrgKind.TOWNSHIP).size();
        assertTrue(townships > 20);
        for (org.kaoping.core.org.OrgUnit t : RESULT.tree().unitsOfKind(OrgKind.TOWNSHIP)) {
            assertTrue(RESULT.excluded().get(t.id()).contains("没有乡镇"), t.id());
        }
        assertTrue(BeihaiDemo.report(RESULT).notices().get(0).startsWith(BeihaiDemo.SYNTHETIC));
    }

    @Test
    void someSelfReportsAreLateOrMissingAndCostPointsOnTheDeclaredCriterion() {
        int late = 0;
        int missing = 0;
        for (List<Obligation> os : RESULT.obligations().values()) {
            for (Obligation o : os) {
                late += o.status() == ObligationStatus.LATE ? 1 : 0;
                missing += o.status() == ObligationStatus.MISSING ? 1 : 0;
            }
        }
        assertTrue(late > 0 && missing > 0, late + " late, " + missing + " missing");
        assertEquals(late + missing, RESULT.derivedDeductions().size());
        org.kaoping.core.evidence.Deduction d = RESULT.derivedDeductions().get(0);
        Scorecard c = RESULT.scorecard(d.unitId());
        assertEquals(BeihaiDemo.OBLIGATION_CRITERIA.get(c.rubric().id()), d.key());
        assertTrue(c.deductionsTaken().isPositive());
    }

    @Test
    void theIncidentCostsItsItemAndTheVetoCapsTheGrade() {
        Scorecard county = RESULT.scorecard(BeihaiDemo.INCIDENT_UNIT);
        assertEquals("0", county.awarded("2.5").toString(), "无…相抵触现象 lost to the incident");
        Explanation e = county.node("2.5").explanation();
        assertTrue(e.evidenceIds().contains(BeihaiDemo.ID_PREFIX + BeihaiDemo.INCIDENT_UNIT + "/incident/1"), e.text());

        Scorecard vetoed = RESULT.scorecard(BeihaiDemo.VETO_UNIT);
        assertEquals(1, vetoed.vetoes().size());
        assertEquals(Grade.FAIL, vetoed.grade());
        assertFalse(vetoed.isCommendable());
        assertTrue(vetoed.finalTotal().compareTo(org.kaoping.core.points.Points.of(60)) >= 0, "the total stands; only the grade is capped");
    }

    @Test
    void judgementsCombineByTrimmedMeanFromFiveRatersAndPublicRatingsBlendIn() {
        Scorecard county = RESULT.scorecard("beihai/haicheng");
        boolean trimmed = false;
        boolean blended = false;
        for (org.kaoping.core.scoring.ScoreNode n : county.nodes()) {
            if (!n.isLeaf()) {
                continue;
            }
            String t = n.explanation().text();
            trimmed |= t.contains("trimmed mean drops the highest");
            blended |= t.contains("PUBLIC (weight 1)");
        }
        assertTrue(trimmed, "a county's judgements have five raters");
        assertTrue(blended, "a satisfaction item blends the public in");
        Scorecard enterprise = RESULT.scorecard("beihai/hospital");
        String any = "";
        for (org.kaoping.core.scoring.ScoreNode n : enterprise.nodes()) {
            if (n.isLeaf() && n.criterion().rule().get().kind() == org.kaoping.core.rule.RuleKind.JUDGEMENT) {
                any = n.explanation().text();
            }
        }
        assertTrue(any.contains("fewer than 5, so the plain mean"), any);
    }

    @Test
    void rankingsCoverEachRubricWithTheQuotaApplied() {
        assertEquals(5, RESULT.rankings().size());
        RankingTable counties = RESULT.rankings().get(Beihai2015.COUNTY_ID);
        assertEquals(4, counties.entries().size());
        for (RankingTable t : RESULT.rankings().values()) {
            long excellent = t.entries().stream().filter(u -> u.grade().equals(Grade.EXCELLENT)).count();
            assertTrue(excellent <= t.entries().size() / 3, t.rubricId() + ": 优秀 at most a third");
        }
    }

    @Test
    void theEvidenceWrittenAsCsvImportsBackUnchanged(@TempDir Path dir) {
        List<Evidence> evidence = BeihaiDemo.evidence();
        BeihaiDemo.writeEvidence(dir, evidence);
        FolderImport back = FolderEvidenceSource.of(dir).readAll();
        assertTrue(back.isOk(), back.problems().toString());
        assertEquals(new HashSet<>(evidence), new HashSet<>(back.evidence()));
        assertEquals(evidence.size(), back.evidence().size());
        boolean gb = back.files().stream().anyMatch(f -> f.charset().name().equals("GB18030"));
        assertTrue(gb, "the self-reports are written in GB18030 and detected");
        assertEquals(SourceKind.SELF, back.evidence().stream().filter(e -> e.kind() == EvidenceKind.SELF_REPORT).findFirst().get().source());
    }
}
