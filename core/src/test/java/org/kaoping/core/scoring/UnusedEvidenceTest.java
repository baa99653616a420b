package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.points.Points;

/** Issue 10.4: valid evidence that affects nothing is listed on the scorecard with the reason, never silently dropped. */
class UnusedEvidenceTest {
    final ScorerTest base = new ScorerTest();
    final Ev ev = base.ev;

    Adjustment adjust(String category, String points) {
        return Adjustment.builder().id(ev.nextId()).unitId("u1").key(category).period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).author("office").recordedAt(Ev.T0).points(Points.parse(points)).reason(category).build();
    }

    Incident incident(String category, IncidentSeverity severity) {
        return Incident.builder().id(ev.nextId()).unitId("u1").key(category).period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("host").recordedAt(Ev.T0).date(LocalDate.of(2015, 6, 1))
                .severity(severity).description(category).build();
    }

    static String reason(Scorecard c, Evidence e) {
        for (UnusedEvidence u : c.unusedEvidence()) {
            if (u.evidenceId().equals(e.id())) {
                assertEquals(e.kind(), u.kind());
                assertEquals(e.key(), u.key());
                return u.reason();
            }
        }
        throw new AssertionError(e.id() + " is not listed as unused: " + c.unusedEvidence() + "\n" + c.summary());
    }

    @Test
    void eachKindOfUselessEvidenceIsListedWithItsReason() {
        AssessmentPlan plan = ScorerTest.plan().addAdjustment(AdjustmentRule.bonus("commendation", Points.of(2)))
                .addVetoRules(VetoRule.capGrade("work-safety-accident", Grade.FAIL, IncidentSeverity.MAJOR)).build();
        List<Evidence> e = base.full();
        Evidence lastYear = org.kaoping.core.evidence.Judgement.builder().id(ev.nextId()).unitId("u1").key("1.1")
                .period(ReportingPeriod.year(2014)).source(SourceKind.PANEL).author("b").recordedAt(Ev.T0).level("差").build();
        Evidence undeclared = adjust("commendaton", "1");
        Evidence unreadMetric = ev.metric("trainings", "5");
        Evidence noSuchCriterion = ev.judge("99", "a", "好");
        Evidence misspelled = incident("acident", IncidentSeverity.MAJOR);
        Evidence general = incident("work-safety-accident", IncidentSeverity.GENERAL);
        Evidence earlier = ev.judge("2.2", "a", "差", SourceKind.PANEL, Ev.T0.minusSeconds(60));
        Evidence onNa = ev.judge("2.1", "a", "好");
        Evidence na = ev.notApplicable("2.1", "no industry");
        Evidence onSection = ev.judge("1", "a", "好");
        Evidence self = ev.judge("1.1", "me", "好", SourceKind.SELF, Ev.T0);
        Evidence declared = adjust("commendation", "1");
        for (Evidence x : new Evidence[] {lastYear, undeclared, unreadMetric, noSuchCriterion, misspelled, general, earlier, onNa, na,
            onSection, self, declared}) {
            e.add(x);
        }
        Scorecard c = base.score(plan, e.toArray(new Evidence[0]));
        assertTrue(reason(c, lastYear).contains("lies outside the plan year 2015"), reason(c, lastYear));
        assertTrue(reason(c, undeclared).contains("declares no bonus or penalty category [commendaton]"), reason(c, undeclared));
        assertTrue(reason(c, unreadMetric).contains("reads metric key [trainings]"), reason(c, unreadMetric));
        assertTrue(reason(c, noSuchCriterion).contains("has no criterion [99]"), reason(c, noSuchCriterion));
        assertTrue(reason(c, misspelled).contains("names incident category [acident]"), reason(c, misspelled));
        assertTrue(reason(c, general).contains("does not apply to a 一般 incident"), reason(c, general));
        assertTrue(reason(c, earlier).contains("superseded by the same rater's later judgement"), reason(c, earlier));
        assertTrue(reason(c, onNa).contains("criterion [2.1] is not applicable"), reason(c, onNa));
        assertTrue(reason(c, onSection).contains("has children"), reason(c, onSection));
        assertTrue(reason(c, self).contains("decided criterion [1.1] first"), reason(c, self));
        assertTrue(c.usedEvidenceIds().contains(na.id()));
        assertTrue(c.usedEvidenceIds().contains(declared.id()));
        assertEquals(10, c.unusedEvidence().size(), c.unusedEvidence().toString());
        assertTrue(c.summary().contains("unused evidence " + undeclared.id()), c.summary());
    }

    @Test
    void evidenceOnAnOverriddenItemIsUnusedAndTheOverrideUsed() {
        List<Evidence> e = base.full();
        Evidence o = ev.override("1.1", "30", "张三", "复核", Ev.T0);
        e.add(o);
        Scorecard c = base.score(ScorerTest.plan().build(), e.toArray(new Evidence[0]));
        assertTrue(reason(c, e.get(0)).contains("was set by override " + o.id()), reason(c, e.get(0)));
        assertTrue(c.usedEvidenceIds().contains(o.id()));
    }

    @Test
    void usedAndUnusedPartitionTheEvidenceAndDroppingTheUnusedChangesNothing() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            ScoringPropertiesTest.Case k = new ScoringPropertiesTest.Case(seed);
            List<Evidence> all = new ArrayList<>(k.evidence);
            // evidence that should count for nothing, mixed in
            all.add(k.ev.judge("99", "x", "好"));
            all.add(k.ev.metric("no-such-metric", "3"));
            all.add(k.ev.metric("m1.1", "3", SourceKind.HOST_SYSTEM, ReportingPeriod.year(2013)));
            all.add(k.ev.judge("1.1", "late", "差", SourceKind.SPOT_CHECK, Ev.T0));
            Scorecard card = k.score(all);
            Set<String> ids = new HashSet<>();
            for (Evidence x : all) {
                ids.add(x.id());
            }
            Set<String> unused = new HashSet<>();
            for (UnusedEvidence u : card.unusedEvidence()) {
                assertTrue(unused.add(u.evidenceId()), "listed once: " + u);
                assertTrue(!u.reason().trim().isEmpty(), u.toString());
            }
            Set<String> union = new HashSet<>(unused);
            union.addAll(card.usedEvidenceIds());
            assertEquals(ids, union, "used ∪ unused = all the unit's evidence");
            assertEquals(ids.size(), unused.size() + card.usedEvidenceIds().size(), "used ∩ unused = ∅");
            List<Evidence> usedOnly = new ArrayList<>();
            for (Evidence x : all) {
                if (!unused.contains(x.id())) {
                    usedOnly.add(x);
                }
            }
            Scorecard without = k.score(usedOnly);
            assertEquals(card.finalTotal(), without.finalTotal(), "unused evidence affects no total\n" + card.summary());
            for (ScoreNode n : card.nodes()) {
                assertEquals(n.awarded(), without.node(n.id()).awarded(), "unused evidence affects no criterion: " + n.id());
            }
        });
    }
}
