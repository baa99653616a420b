package org.kaoping.testkit.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.rubric.RubricAssertions.assertThat;
import static org.kaoping.testkit.rubric.RubricAssertions.assertUnchangedExcept;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.rule.Rules;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.api.function.Executable;

class RubricAssertionsTest {
    private static final Rubric COUNTY = Beihai2015.county();

    static Stream<Rubric> beihai() {
        return Beihai2015.all().stream();
    }

    private static AssertionFailedError fails(Executable check) {
        return assertThrows(AssertionFailedError.class, check);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beihai")
    @DisplayName("every Beihai 2015 standard passes every structural assertion")
    void beihaiPasses(Rubric rubric) {
        assertThat(rubric).isValid().totals("100").sectionsSumToTheirItems().everyNodeSumsItsChildren()
                .hasUniqueIds().everyLeafHasARule().hasNoWarnings();
    }

    @Test
    @DisplayName("criterion assertions pass on what the county standard states")
    void countyCriteria() {
        assertThat(COUNTY)
                .declaresErratum("2.3").declaresErratum("7.5")
                .hasCriterion("7.3").withPoints("1").withLabel("3、").withTextContaining("40学时")
                .withRule(RuleKind.COMPOSITE).withTag("task:1").isLeaf().and()
                .hasRule("1.6", RuleKind.NO_INCIDENT)
                .hasCriteriaCount(96);
    }

    @Test
    @DisplayName("a re-pointed item fails the sum assertions naming the section, its declared and its computed sum")
    void brokenSum() {
        Rubric broken = RubricEdit.of(COUNTY).points("7.3", "2").build();
        AssertionFailedError e = fails(() -> assertThat(broken).everyNodeSumsItsChildren());
        assertEquals("Rubric [beihai-2015/county] 2015.1.0: 1 criteria do not sum their children:\n"
                + "  7 （七） declares 15 but its children sum to 16", e.getMessage());
        assertEquals("7 （七）: 15\n", e.getExpected().getStringRepresentation());
        assertEquals("7 （七）: 16\n", e.getActual().getStringRepresentation());
        assertTrue(fails(() -> assertThat(broken).sectionsSumToTheirItems()).getMessage()
                .contains("7 （七） declares 15 but its children sum to 16"));
        AssertionFailedError invalid = fails(() -> assertThat(broken).isValid());
        assertTrue(invalid.getMessage().contains("ERROR SUM_MISMATCH 7 （七）: Declares 15 points but its children sum to 16"),
                invalid.getMessage());
    }

    @Test
    @DisplayName("a wrong total fails naming the declared and the expected total")
    void wrongTotal() {
        AssertionFailedError e = fails(() -> assertThat(COUNTY).totals("99"));
        assertEquals("99", e.getExpected().getStringRepresentation());
        assertEquals("100", e.getActual().getStringRepresentation());
        Rubric topHeavy = RubricEdit.of(COUNTY).points("10", "9").build();
        assertTrue(fails(() -> assertThat(topHeavy).totals("100")).getMessage()
                .contains("declares 100 points but its top-level criteria sum to 101"));
    }

    @Test
    @DisplayName("a duplicated id fails naming the id and every place it occurs")
    void duplicateId() {
        Rubric broken = RubricEdit.of(COUNTY).renameCriterion("7.4", "7.3").build();
        AssertionFailedError e = fails(() -> assertThat(broken).hasUniqueIds());
        assertTrue(e.getMessage().contains("7.3 at （七）3、, （七）4、"), e.getMessage());
    }

    @Test
    @DisplayName("a missing erratum fails listing the criteria that do have errata")
    void missingErratum() {
        AssertionFailedError e = fails(() -> assertThat(COUNTY).declaresErratum("7.3"));
        assertEquals("Rubric [beihai-2015/county] 2015.1.0 declares no erratum on 7.3 （七）3、; errata declared on: "
                + "[2.3, 3.7, 4.4, 7.5]", e.getMessage());
        Rubric withdrawn = RubricEdit.of(COUNTY).removeErrata("2.3").build();
        fails(() -> assertThat(withdrawn).declaresErratum("2.3"));
    }

    @Test
    @DisplayName("a leaf without a rule fails naming the leaf and its label path")
    void leafWithoutRule() {
        Rubric broken = RubricEdit.of(COUNTY).withoutRule("7.10").build();
        AssertionFailedError e = fails(() -> assertThat(broken).everyLeafHasARule());
        assertTrue(e.getMessage().endsWith("1 leaf criteria have no rule:\n  7.10 （七）10、"), e.getMessage());
        assertThat(broken).isValid(); // a missing rule is a warning only
        fails(() -> assertThat(broken).hasNoWarnings());
    }

    @Test
    @DisplayName("criterion assertions fail with the criterion's id, path and both values")
    void criterionFailures() {
        AssertionFailedError points = fails(() -> assertThat(COUNTY).hasCriterion("7.3").withPoints("2"));
        assertEquals("Rubric [beihai-2015/county] 2015.1.0 criterion 7.3 （七）3、 has 1 points; expected 2",
                points.getMessage());
        assertEquals("2", points.getExpected().getStringRepresentation());
        assertEquals("1", points.getActual().getStringRepresentation());
        AssertionFailedError rule = fails(() -> assertThat(COUNTY).hasRule("7.10", RuleKind.CHECKLIST));
        assertTrue(rule.getMessage().startsWith(
                "Rubric [beihai-2015/county] 2015.1.0 criterion 7.10 （七）10、 is scored by a JUDGEMENT rule"),
                rule.getMessage());
        AssertionFailedError absent = fails(() -> assertThat(COUNTY).hasCriterion("7.99"));
        assertEquals("Rubric [beihai-2015/county] 2015.1.0 has no criterion [7.99]", absent.getMessage());
        fails(() -> assertThat(COUNTY).hasCriterion("7.3").withText("公职人员"));
        fails(() -> assertThat(COUNTY).hasCriterion("7").isLeaf());
        fails(() -> assertThat(COUNTY).hasCriterion("7.3").withTag("task:11"));
        fails(() -> assertThat(COUNTY).hasCriteriaCount(95));
        fails(() -> assertThat(COUNTY).hasPointsOnlyFromSource()); // 2.3 holds points by erratum
    }

    @Test
    @DisplayName("assertUnchangedExcept passes for changes inside the allowed criteria and fields only")
    void unchangedExcept() {
        Rubric newer = RubricEdit.of(COUNTY).version("2016.1.0").points("7.3", "2").points("7", "16")
                .rule("7.5", Rules.judgement()).build();
        assertUnchangedExcept(COUNTY, newer, "7", "rubric.version"); // 7 covers 7.3 and 7.5
        assertUnchangedExcept(COUNTY, COUNTY);
        AssertionFailedError e = fails(() -> assertUnchangedExcept(COUNTY, newer, "7.3", "7", "7.99"));
        assertEquals("Allowed criterion [7.99] is in neither rubric [beihai-2015/county] 2015.1.0 nor "
                + "[beihai-2015/county] 2016.1.0", e.getMessage());
        AssertionFailedError outside = fails(() -> assertUnchangedExcept(COUNTY, newer, "7.3", "rubric.version"));
        assertEquals("Rubric [beihai-2015/county] 2016.1.0 changes 2 thing(s) outside [7.3, rubric.version] "
                + "compared with [beihai-2015/county] 2015.1.0:\n"
                + "  ~ 7 （七） points 15 → 16\n"
                + "  * 7.5 （七）5、 rule kind COMPOSITE → JUDGEMENT", outside.getMessage());
    }
}
