package org.kaoping.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.core.rule.Rules.judgement;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.validation.Diagnostic.Code;

class RubricValidatorTest {
    /**
     * Shaped like the seed's county section （二）: it declares 6 points, and its items as written sum
     * to 5 because item 3 states none.
     */
    private static RubricBuilder countySectionTwo(boolean withErratum) {
        return Rubric.builder("seed-shaped").version("1").title("县（区）工作标准").source("附件3").points("6")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("（二）", "加强制度建设（6分）。", "6", s -> s
                        .item("1、", "适时制定出台有关规章制度（1分）。", "1", judgement())
                        .item("2、", "规范性文件的内容符合宪法（1分）。", "1", judgement())
                        .itemWithoutPoints("3、", "规范性文件的制定过程符合法定程序，建立健全公众参与、专家咨询论证、合法性审查、集体讨论决定、听取和采纳意见。",
                                i -> {
                                    i.rule(judgement());
                                    if (withErratum) {
                                        i.pointsByErratum("1", "（该项未标分值）", "the section declares 6 points and items 1, 2, 4, 5, 6 sum to 5");
                                    }
                                })
                        .item("4、", "建立规范性文件修改、废止、清理、评估等制度（1分）。", "1", judgement())
                        .item("5、", "企事业单位和社会组织制定的规范性文件无与法律相抵触现象（1分）。", "1", judgement())
                        .item("6、", "无因制定和实施地方规范性文件引发的事件（1分）。", "1", judgement()));
    }

    @Test
    void catchesTheSeedsCountySectionTwoMismatchWithBothSums() {
        ValidationReport report = RubricValidator.validate(countySectionTwo(false).build());
        assertTrue(report.hasErrors());
        Diagnostic mismatch = only(report, Code.SUM_MISMATCH);
        assertEquals("1", mismatch.criterionId());
        assertEquals("（二）", mismatch.path());
        assertEquals("Declares 6 points but its children sum to 5", mismatch.message());
        Diagnostic noPoints = only(report, Code.NO_POINTS);
        assertEquals("1.3", noPoints.criterionId());
        assertEquals("（二） 3、", noPoints.path());
        InvalidRubricException refused = assertThrows(InvalidRubricException.class, report::throwIfErrors);
        assertTrue(refused.getMessage().contains("Declares 6 points but its children sum to 5"), refused.getMessage());
    }

    @Test
    void theErratumMakesItCleanAndIsListedAsANotice() {
        ValidationReport report = RubricValidator.validate(countySectionTwo(true).build());
        assertFalse(report.hasErrors(), report::summary);
        assertEquals(1, report.notices().size());
        Diagnostic notice = report.notices().get(0);
        assertEquals(Code.ERRATUM, notice.code());
        assertEquals("1.3", notice.criterionId());
        assertTrue(notice.message().contains("（该项未标分值）"), notice.message());
    }

    @Test
    void consistentRandomRubricsAreClean() {
        qt().withFixedSeed(42).withExamples(300).forAll(longs().all()).check(seed -> {
            ValidationReport report = RubricValidator.validate(RandomRubrics.generate(seed).build());
            return report.diagnostics().isEmpty();
        });
    }

    /** Each kind of damage injected into a random rubric is found, at the damaged criterion, with its code. */
    @Test
    void findsEveryInjectedInconsistency() {
        qt().withFixedSeed(4242).withExamples(400).forAll(longs().all(), integers().between(0, 7)).check((seed, kind) -> {
            RandomRubrics draft = RandomRubrics.generate(seed);
            Random random = new Random(seed ^ 0x5DEECE66DL);
            List<RandomRubrics.Node> all = draft.all();
            RandomRubrics.Node target = all.get(random.nextInt(all.size()));
            List<RandomRubrics.Node> leaves = draft.leaves();
            RandomRubrics.Node leaf = leaves.get(random.nextInt(leaves.size()));
            String expectedId;
            Code expected;
            switch (kind) {
                case 0: // a leaf's points changed: its parent (or the rubric) no longer adds up
                    leaf.points = leaf.points.plus(Points.parse("0.5"));
                    RandomRubrics.Node parent = draft.parentOf(leaf);
                    expectedId = parent == null ? "" : parent.id;
                    expected = Code.SUM_MISMATCH;
                    break;
                case 1: // points missing on a leaf
                    leaf.points = Points.ZERO;
                    leaf.origin = PointsOrigin.NONE;
                    expectedId = leaf.id;
                    expected = Code.NO_POINTS;
                    break;
                case 2: // duplicate id
                    RandomRubrics.Node other = all.get(random.nextInt(all.size()));
                    if (other == target) {
                        return true; // nothing injected
                    }
                    other.id = target.id;
                    expectedId = target.id;
                    expected = Code.DUPLICATE_ID;
                    break;
                case 3: // empty text
                    target.text = " ";
                    expectedId = target.id;
                    expected = Code.EMPTY_TEXT;
                    break;
                case 4: // a rate above 100 %
                    leaf.rule = RateAtLeastRule.of("rate", Ratio.of(101 + random.nextInt(100), 100), CreditPolicy.allOrNothing());
                    expectedId = leaf.id;
                    expected = Code.THRESHOLD_OUT_OF_RANGE;
                    break;
                case 5: // zero points
                    leaf.points = Points.ZERO;
                    expectedId = leaf.id;
                    expected = Code.NON_POSITIVE_POINTS;
                    break;
                case 6: // negative points
                    leaf.points = Points.parse("-1");
                    expectedId = leaf.id;
                    expected = Code.NON_POSITIVE_POINTS;
                    break;
                default: // a non-positive deduction per incident
                    leaf.rule = NoIncidentRule.of("accident", CreditPolicy.deductEach(Points.ZERO));
                    expectedId = leaf.id;
                    expected = Code.THRESHOLD_OUT_OF_RANGE;
            }
            ValidationReport report = RubricValidator.validate(draft.build());
            return report.errors().stream().anyMatch(d -> d.code() == expected && d.criterionId().equals(expectedId));
        });
    }

    @Test
    void rubricLevelTotalIsChecked() {
        RandomRubrics draft = RandomRubrics.generate(1);
        draft.total = draft.total.plus(Points.ONE);
        ValidationReport report = RubricValidator.validate(draft.build());
        Diagnostic d = only(report, Code.SUM_MISMATCH);
        assertEquals("", d.criterionId());
        assertTrue(d.message().contains("declares " + draft.total + " points but its top-level criteria sum to "
                + draft.total.minus(Points.ONE)), d.message());
    }

    @Test
    void leavesWithoutRulesAreWarnedAbout() {
        Rubric r = Rubric.builder("x").version("1").title("t").source("s").points("1").appliesTo(OrgKind.CITY)
                .section("一", "条", "1", s -> { }).build();
        ValidationReport report = RubricValidator.validate(r);
        assertFalse(report.hasErrors(), report::summary);
        assertEquals(Code.NO_RULE, report.warnings().get(0).code());
    }

    private static Diagnostic only(ValidationReport report, Code code) {
        List<Diagnostic> found = report.diagnostics().stream().filter(d -> d.code() == code).collect(Collectors.toList());
        assertEquals(1, found.size(), report::summary);
        return found.get(0);
    }
}
