package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.VetoRule;

/** Issue 10.5: veto rules name the incident severities they apply to. */
class VetoSeverityTest {
    final ScorerTest base = new ScorerTest();

    Incident incident(String category, IncidentSeverity severity) {
        return Incident.builder().id(base.ev.nextId()).unitId("u1").key(category).period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("host").recordedAt(Ev.T0).date(LocalDate.of(2015, 6, 1))
                .severity(severity).description(category).build();
    }

    AssessmentPlan plan() {
        return ScorerTest.plan().addVetoRules(VetoRule.capGrade("work-safety-accident", Grade.FAIL, IncidentSeverity.MAJOR,
                IncidentSeverity.EXTRAORDINARY)).build();
    }

    @Test
    void aGeneralIncidentDoesNotTriggerAVetoDeclaredForMajorOnes() {
        List<Evidence> e = base.full();
        e.add(incident("work-safety-accident", IncidentSeverity.GENERAL));
        Scorecard c = base.score(plan(), e.toArray(new Evidence[0]));
        assertTrue(c.vetoes().isEmpty(), c.summary());
        assertEquals(Grade.EXCELLENT, c.grade());
    }

    @Test
    void aMajorIncidentTriggersItAndTheSummaryNamesTheSeverities() {
        List<Evidence> e = base.full();
        Incident major = incident("work-safety-accident", IncidentSeverity.MAJOR);
        e.add(incident("work-safety-accident", IncidentSeverity.GENERAL));
        e.add(major);
        Scorecard c = base.score(plan(), e.toArray(new Evidence[0]));
        assertEquals(1, c.vetoes().size());
        assertEquals(java.util.Collections.singletonList(major.id()), c.vetoes().get(0).incidentIds());
        assertEquals(Grade.FAIL, c.grade());
        assertTrue(c.summary().contains("work-safety-accident (重大, 特别重大) → CAP_GRADE 不合格"), c.summary());
    }

    @Test
    void aVetoDeclaredWithoutSeveritiesSaysItAppliesToAny() {
        assertEquals("x (any severity) → ZERO_TOTAL", VetoRule.zeroTotal("x").describe());
    }
}
