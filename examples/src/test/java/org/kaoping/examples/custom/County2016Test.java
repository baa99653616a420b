package org.kaoping.examples.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.rubric.RubricAssertions.assertThat;
import static org.kaoping.testkit.rubric.RubricAssertions.assertUnchangedExcept;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;
import org.kaoping.core.rubric.diff.Change;
import org.kaoping.core.rubric.diff.RubricDiff;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.rubrics.beihai2015.Beihai2015;

class County2016Test {
    private static final Rubric Y2015 = Beihai2015.county();
    private static final Rubric Y2016 = County2016.build();

    @Test
    @DisplayName("the 2016 variant is valid, totals 100 and every node sums its children")
    void structurallySound() {
        assertThat(Y2016).isValid().hasNoWarnings().totals("100").sectionsSumToTheirItems()
                .everyNodeSumsItsChildren().hasUniqueIds().everyLeafHasARule()
                .declaresErratum("2.3").declaresErratum("3.7")
                .hasCriterion("7.9").withPoints("1").withTextContaining("（1分）").and()
                .hasCriterion("7.10").withTextContaining("法治微电影").withRule(RuleKind.JUDGEMENT).and()
                .hasCriterion("7.13").withLabel("13、").withPoints("0.5").withRule(RuleKind.COMPOSITE).and()
                .hasCriteriaCount(Y2015.allCriteria().size() + 1);
    }

    @Test
    @DisplayName("outside its metadata and items 7.5, 7.9, 7.10 and 7.13 the variant equals the 2015 standard")
    void changesOnlyWhatItSays() {
        assertUnchangedExcept(Y2015, Y2016, "7.5", "7.9", "7.10", "7.13",
                "rubric.id", "rubric.version", "rubric.title", "rubric.source");
    }

    @Test
    @DisplayName("the diff shows the raised threshold, the re-pointed, re-worded and added items and the withdrawn erratum")
    void diffNamesEachChange() {
        RubricDiff diff = County2016Diff.diff();
        assertTrue(diff.changesAt("7.5").contains(Change.of(Change.Kind.RULE_CHANGED, "7.5", "（七）5、",
                "rate exam-participation-rate", "98%", "99%")), diff::toString);
        assertEquals("~ 7.9 （七）9、 points 1.5 → 1", diff.changesOf(Change.Kind.POINTS_CHANGED).get(0).format());
        assertEquals(1, diff.changesOf(Change.Kind.POINTS_CHANGED).size());
        assertEquals("+ 7.13 （七）13、 0.5分 「运用“互联网+法治宣传”，建立县(区)普法微信公众号或微博，年度推送法治宣传信…」",
                diff.changesOf(Change.Kind.CRITERION_ADDED).get(0).format());
        assertEquals(1, diff.changesOf(Change.Kind.CRITERION_ADDED).size());
        assertEquals("7.10", diff.changesOf(Change.Kind.TEXT_CHANGED).get(2).criterionId());
        assertEquals(1, diff.changesOf(Change.Kind.ERRATUM_REMOVED).size());
        assertEquals("7.5", diff.changesOf(Change.Kind.ERRATUM_REMOVED).get(0).criterionId());
        assertTrue(diff.changesOf(Change.Kind.CRITERION_REMOVED).isEmpty(), diff::toString);
    }

    @Test
    @DisplayName("main prints the heading and one line per change")
    void mainPrintsTheDiff() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, "UTF-8"));
        try {
            County2016Diff.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = new String(captured.toByteArray(), StandardCharsets.UTF_8).trim();
        assertEquals(County2016Diff.diff().toString(), printed.replace("\r\n", "\n"));
        assertTrue(printed.startsWith("beihai-2015/county 2015.1.0 → example/county-2016 2016.1.0-example: "), printed);
    }

    static java.util.stream.Stream<Rubric> beihai() {
        return Beihai2015.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beihai")
    @DisplayName("reusing every section of a 2015 standard rebuilds an equal rubric")
    void reuseIsFaithful(Rubric rubric) {
        RubricBuilder b = Rubric.builder(rubric.id()).version(rubric.version()).title(rubric.title())
                .source(rubric.source()).points(rubric.points().toString())
                .appliesTo(rubric.appliesTo().toArray(new org.kaoping.core.org.OrgKind[0]));
        Reuse.all(b, rubric);
        Rubric copy = b.build();
        assertTrue(RubricDiff.between(rubric, copy).isEmpty(), () -> RubricDiff.between(rubric, copy).toString());
        assertEquals(rubric, copy);
    }
}
