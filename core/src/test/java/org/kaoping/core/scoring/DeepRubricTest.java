package org.kaoping.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;

/** Issue 11: a rubric nested 5,000 deep is compiled, scored and displayed without overflowing the stack. */
class DeepRubricTest {
    static final int DEPTH = 5_000;

    /** A chain of {@code depth} criteria of 10 points each, built bottom-up (no recursion), the leaf a judgement. */
    static Rubric chain(int depth) {
        Criterion c = null;
        for (int level = depth; level >= 1; level--) {
            StringBuilder id = new StringBuilder("1");
            for (int k = 2; k <= level; k++) {
                id.append(".1");
            }
            org.kaoping.core.rubric.Criterion.Builder b = Criterion.builder().id(id.toString()).label(level + "、")
                    .text("level " + level).points(Points.of(10)).pointsOrigin(PointsOrigin.SOURCE);
            if (c == null) {
                b.rule(Rules.judgement());
            } else {
                b.addChildren(c);
            }
            c = b.build();
        }
        return Rubric.builder().id("t/deep").version("1").title("deep").source("test").points(Points.of(10))
                .addAppliesTo(OrgKind.COUNTY_DISTRICT).criteria(Collections.singletonList(c)).build();
    }

    @Test
    void aRubricFiveThousandDeepScoresInASmallStack() throws Throwable {
        Rubric deep = chain(DEPTH);
        StringBuilder leaf = new StringBuilder("1");
        for (int k = 2; k <= DEPTH; k++) {
            leaf.append(".1");
        }
        Ev ev = new Ev("u1", 2015);
        Throwable[] failure = new Throwable[1];
        Scorecard[] card = new Scorecard[1];
        // a thread with a small stack: recursion 5,000 deep in scoring or compilation would overflow it
        Thread t = new Thread(null, () -> {
            try {
                AssessmentPlan plan = AssessmentPlan.builder().id("p").year(2015).putRubric(OrgKind.COUNTY_DISTRICT, deep).build();
                // Scorer.unvalidated: RubricValidator (tested on its own) is not what this test is about
                Scorecard c = Scorer.unvalidated(plan).score(ScorerTest.UNIT,
                        EvidenceIndex.of(Collections.singletonList(ev.judge(leaf.toString(), "a", "较好"))));
                c.displayedRawTotal(2);
                c.node(leaf.toString()).explanation();
                c.unusedEvidence();
                card[0] = c;
            } catch (Throwable x) {
                failure[0] = x;
            }
        }, "deep", 256 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        assertEquals(Points.of(8), card[0].finalTotal());
        assertEquals(Points.of(8), card[0].displayedRawTotal(2));
        assertEquals(Points.of(8), card[0].node("1").awarded());
    }
}
