package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.Rubric;

/**
 * The source's typographical irregularities that need no reading, documented here rather than as
 * errata. Each test states the irregularity in the shipped source and that the module keeps it as
 * printed (labels, brackets, punctuation), so a "tidy-up" of the transcription fails here.
 */
class TypographyNotesTest {
    private static final String ATTACHMENT = Attachment3.text(Beihai2015.sourceText());

    private static Criterion county(String id) {
        return Beihai2015.county().criterion(id);
    }

    /** Attachment 3's subtitle uses half-width brackets, attachments 1 and 2 full-width ones. */
    @Test
    void subtitleBracketsDifferBetweenAttachments() {
        assertTrue(ATTACHMENT.contains("\n(征求意见稿)\n"));
        assertTrue(Beihai2015.sourceText().contains("\n（征求意见稿）\n"));
    }

    /** Section labels: county (一) half-width but （二）–（十） full-width; the other sectioned standards half-width. */
    @Test
    void sectionLabelsMixHalfAndFullWidthBrackets() {
        assertEquals(List.of("(一)", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"),
                labels(Beihai2015.county().criteria()));
        for (Rubric r : List.of(Beihai2015.judicial(), Beihai2015.administrative(), Beihai2015.enterprise())) {
            assertEquals(List.of("(一)", "(二)", "(三)"), labels(r.criteria()), r.id());
        }
    }

    /** Four county sections have full-width labels but half-width points marks, e.g. "（三）推进依法行政(12分)。". */
    @Test
    void someSectionPointsMarksAreHalfWidth() {
        for (String id : List.of("3", "6", "7", "8")) {
            Criterion c = county(id);
            assertTrue(c.label().startsWith("（"), id);
            assertTrue(c.text().matches(".*\\(\\d+分\\)。"), c.text());
            assertTrue(ATTACHMENT.contains("\n" + c.label() + c.text() + "\n"), c.text());
        }
        assertTrue(county("2").text().endsWith("（6分）。"));
    }

    /** County 一.2 numbers its requirements (1)–(4) half-width and （5） full-width. */
    @Test
    void requirementLabelsMixBracketWidthsWithinOneItem() {
        assertEquals(List.of("(1)", "(2)", "(3)", "(4)", "（5）"), labels(county("1.2").children()));
        assertTrue(ATTACHMENT.contains("；（5）党委每年召开常委会"));
    }

    /** County 六.4 is labelled "4．" with a full-width full stop where every other item has "、". */
    @Test
    void oneItemLabelHasAFullWidthFullStop() {
        assertEquals("4．", county("6.4").label());
        assertTrue(ATTACHMENT.contains("\n4．行业协会、社会中介组织"));
        int others = 0;
        for (Rubric r : Beihai2015.all()) {
            for (Criterion c : r.allCriteria()) {
                if (c.label().matches("\\d+．")) {
                    others++;
                }
            }
        }
        assertEquals(1, others, "only county 六.4");
    }

    /** A points mark set after the sentence's full stop, sometimes followed by another one. */
    @Test
    void somePointsMarksFollowTheFullStop() {
        assertTrue(county("1.4").text().endsWith("奖惩制度完善。（1分）。"));
        assertTrue(Beihai2015.judicial().criterion("2.6").text().endsWith("职务犯罪的查处。（2分）"));
        assertTrue(Beihai2015.administrative().criterion("1.3").text().endsWith("奖惩制度完善。（3分）"));
        assertTrue(Beihai2015.administrative().criterion("2.1").text().endsWith("发展的能力。（2分）。"));
    }

    /** Administrative 一.1 puts a colon after its points mark where the parallel judicial item has a full stop. */
    @Test
    void oneItemIntroducesItsRequirementsWithAColon() {
        assertEquals("加强组织领导（8分）：", Beihai2015.administrative().criterion("1.1").text());
        assertEquals("组织保障（7分）。", Beihai2015.judicial().criterion("1.1").text());
    }

    /** Half-width commas inside Chinese text, kept as printed. */
    @Test
    void halfWidthCommasAreKept() {
        assertTrue(county("8.6").text().contains("法律顾问,党委"));
        assertTrue(Beihai2015.judicial().criterion("1.1.1").text().contains("办公室,有工作人员"));
        assertTrue(Beihai2015.administrative().criterion("1.1.1").text().contains("办公室,有工作人员"));
        assertTrue(Beihai2015.administrative().criterion("2.13").text().contains("监督,行业协会"));
        assertTrue(Beihai2015.administrative().criterion("3.3").text().contains("措施,深入"));
        assertEquals(5, count(ATTACHMENT, ","), "no other half-width comma in attachment 3");
    }

    /** The county standard writes percentages with a full-width ％, the judicial and administrative ones with %. */
    @Test
    void percentSignsDifferBetweenStandards() {
        assertFalse(allText(Beihai2015.county()).contains("%"));
        assertEquals(8, count(allText(Beihai2015.county()), "％"));
        assertFalse(allText(Beihai2015.judicial()).contains("％"));
        assertFalse(allText(Beihai2015.administrative()).contains("％"));
    }

    /**
     * The only white space inside a criterion in attachment 3: party-mass 6 prints "； (2)". The space
     * belongs to no requirement, so requirement (1)'s text ends at "；".
     */
    @Test
    void aStraySpaceBeforeARequirementIsDropped() {
        assertTrue(ATTACHMENT.contains("依法决策制度； (2)重大事项"));
        assertEquals("制定了党委(组)议事规则及依法决策制度；", Beihai2015.partyMass().criterion("6.1").text());
        for (Rubric r : Beihai2015.all()) {
            for (Criterion c : r.allCriteria()) {
                assertFalse(c.text().matches("(?s).*\\s.*"), r.id() + " " + c.id() + " holds white space");
            }
        }
    }

    /** County 一.3 prints its requirements on a line of their own, the other items with requirements inline. */
    @Test
    void oneItemPrintsItsRequirementsOnTheirOwnLine() {
        assertTrue(ATTACHMENT.contains("民主决策制度和机制（3分）。\n\n(1)制定党委议事规则及依法决策制度；"));
        assertEquals(3, county("1.3").children().size());
    }

    /** County 七.12 has a stray comma after the date: "“12.4”，宪法宣传和全国法治宣传日活动". */
    @Test
    void aStrayCommaAfterTheConstitutionDay() {
        assertTrue(county("7.12").text().startsWith("“12.4”，宪法宣传和全国法治宣传日活动"));
        assertTrue(Beihai2015.judicial().criterion("3.5").text().contains("“12.4”宪法宣传日和全国法治宣传日活动"));
    }

    /** 四、市级党群部门工作标准 has no sections; its items 1–16 are the rubric's top-level criteria. */
    @Test
    void thePartyMassStandardHasNoSections() {
        List<Criterion> top = Beihai2015.partyMass().criteria();
        assertEquals("1、", top.get(0).label());
        assertEquals("1", top.get(0).id());
        assertEquals("6.2", top.get(5).children().get(1).id());
        assertTrue(ATTACHMENT.contains("四、市级党群部门工作标准（总分100分）\n\n1、建立创建全国法治城市工作领导小组"));
    }

    /**
     * Names that differ between the attachments but need no reading: attachment 2 calls this document
     * 《北海市创建全国法治城市活动工作标准》, attachment 3's preamble speaks of 党群组织 while the heading
     * says 市级党群部门, and county 一.1 cites the city committee's opinion under a longer title than
     * attachment 1 does.
     */
    @Test
    void namesDifferBetweenAttachments() {
        assertTrue(Beihai2015.sourceText().contains("具体标准按《北海市创建全国法治城市活动工作标准》执行"));
        assertTrue(ATTACHMENT.contains("\n北海争创全国法治城市活动工作标准\n"));
        assertTrue(ATTACHMENT.contains("党群组织和企事业单位"));
        assertTrue(county("1.1").text().contains("《中共北海市委员会关于贯彻党的十八届四中全会及自治区党委十届五次全会精神，全面推进北海法治建设的意见》"));
        assertTrue(Beihai2015.sourceText().contains("《北海市委关于贯彻落实党的十八届四中全会精神，全面推进北海法治建设的意见》"));
    }

    /** None of the notes above is also an erratum: errata are for readings, these are typography. */
    @Test
    void typographyIsNotListedAsErrata() {
        for (Rubric r : Beihai2015.all()) {
            for (Erratum e : r.errata()) {
                assertFalse(e.sourceSays().contains(",") || e.sourceSays().equals("4．"), e.toString());
            }
        }
    }

    private static List<String> labels(List<Criterion> criteria) {
        List<String> out = new ArrayList<>();
        for (Criterion c : criteria) {
            out.add(c.label());
        }
        return out;
    }

    private static String allText(Rubric r) {
        StringBuilder s = new StringBuilder();
        for (Criterion c : r.allCriteria()) {
            s.append(c.text());
        }
        return s.toString();
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
