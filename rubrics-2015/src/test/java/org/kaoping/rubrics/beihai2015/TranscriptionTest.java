package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;

/**
 * Holds the transcription against an independent parse of attachment 3 in the shipped source text:
 * standard by standard, section by section, item by item and requirement by requirement, with every
 * points mark re-parsed, so that the module can never drift from the document.
 */
class TranscriptionTest {
    private static final String DOCUMENT = Beihai2015.sourceText();
    private static final Attachment3 SOURCE = Attachment3.parse(DOCUMENT);

    @Test
    void theShippedSourceIsTheSeedDocumentWithItsThreeAttachments() {
        assertTrue(DOCUMENT.startsWith("附件1\n"), "starts with attachment 1");
        assertTrue(DOCUMENT.contains("\n附件2\n") && DOCUMENT.contains("\n附件3\n"), "holds attachments 2 and 3");
        assertTrue(DOCUMENT.contains("\n北海争创全国法治城市活动工作标准\n(征求意见稿)\n"),
                "attachment 3 carries the title of the source document");
        assertEquals(5, SOURCE.standards().size());
    }

    @Test
    void standardsAppearInTheModuleInTheSourcesOrderWithTheirHeadingsAndTotals() {
        List<Rubric> rubrics = Beihai2015.all();
        assertEquals(SOURCE.standards().size(), rubrics.size());
        for (int i = 0; i < rubrics.size(); i++) {
            Attachment3.Standard s = SOURCE.standards().get(i);
            Rubric r = rubrics.get(i);
            assertEquals(s.title(), r.title(), r.id());
            assertTrue(r.source().endsWith(s.heading()), r.id() + " names its heading in source: " + r.source());
            assertEquals(Points.parse(s.declaredTotal()), r.points(), r.id());
        }
    }

    @TestFactory
    List<DynamicTest> everySectionItemAndRequirementMatchesTheSource() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Attachment3.Standard s = SOURCE.standards().get(i);
            Rubric r = Beihai2015.all().get(i);
            if (s.sections().isEmpty()) {
                tests.add(DynamicTest.dynamicTest(r.id() + " (items only)",
                        () -> compareItems(r.id(), s.items(), r.criteria())));
                continue;
            }
            assertEquals(s.sections().size(), r.criteria().size(), r.id() + " section count");
            for (int k = 0; k < s.sections().size(); k++) {
                Attachment3.Section src = s.sections().get(k);
                Criterion c = r.criteria().get(k);
                tests.add(DynamicTest.dynamicTest(r.id() + " " + src.label(), () -> {
                    assertEquals(src.label(), c.label(), "section label");
                    assertEquals(src.text(), c.text(), "section text");
                    assertEquals(1, src.marks().size(), "one points mark in the section heading");
                    assertEquals(Points.parse(src.marks().get(0)), c.points(), "section points");
                    assertEquals(PointsOrigin.SOURCE, c.pointsOrigin());
                    compareItems(r.id() + " " + src.label(), src.items(), c.children());
                }));
            }
        }
        return tests;
    }

    private static void compareItems(String where, List<Attachment3.Item> source, List<Criterion> module) {
        assertEquals(source.size(), module.size(), where + ": item count");
        for (int i = 0; i < source.size(); i++) {
            Attachment3.Item src = source.get(i);
            Criterion c = module.get(i);
            String at = where + " " + src.label();
            assertEquals(src.label(), c.label(), at + ": label");
            assertEquals(src.text(), c.text(), at + ": text");
            if (src.marks().isEmpty()) {
                assertEquals(PointsOrigin.ERRATUM, c.pointsOrigin(), at + ": the source states no points");
            } else {
                assertEquals(1, src.marks().size(), at + ": one points mark");
                assertEquals(Points.parse(src.marks().get(0)), c.points(), at + ": points");
                assertEquals(PointsOrigin.SOURCE, c.pointsOrigin(), at + ": points origin");
            }
            assertEquals(src.requirements().size(), c.children().size(), at + ": requirement count");
            for (int k = 0; k < src.requirements().size(); k++) {
                Attachment3.Requirement req = src.requirements().get(k);
                Criterion child = c.children().get(k);
                assertEquals(req.label(), child.label(), at + " requirement label");
                assertEquals(req.text(), child.text(), at + " " + req.label() + ": text");
                assertEquals(PointsOrigin.DERIVED, child.pointsOrigin(),
                        at + " " + req.label() + ": the source gives requirements no points of their own");
            }
        }
    }

    /** The whole of each standard, label by label, equals the source once line breaks and spaces are dropped. */
    @Test
    void concatenatedLabelsAndTextsReproduceEachStandardCharacterForCharacter() {
        String attachment = Attachment3.text(DOCUMENT);
        List<Rubric> rubrics = Beihai2015.all();
        for (int i = 0; i < rubrics.size(); i++) {
            Rubric r = rubrics.get(i);
            String heading = SOURCE.standards().get(i).heading();
            int from = attachment.indexOf(heading) + heading.length();
            int to = i + 1 < rubrics.size() ? attachment.indexOf(SOURCE.standards().get(i + 1).heading())
                    : attachment.length();
            String expected = attachment.substring(from, to).replaceAll("\\s", "");
            StringBuilder actual = new StringBuilder();
            for (Criterion c : r.allCriteria()) {
                actual.append(c.label()).append(c.text());
            }
            assertEquals(expected, actual.toString().replaceAll("\\s", ""), r.id());
        }
    }

    @Test
    void everyCriterionsTextOccursVerbatimInTheSource() {
        String attachment = Attachment3.text(DOCUMENT);
        for (Rubric r : Beihai2015.all()) {
            for (Criterion c : r.allCriteria()) {
                assertFalse(c.text().isBlank(), r.id() + " " + c.id());
                assertTrue(attachment.contains(c.label() + c.text()),
                        r.id() + " " + c.id() + ": label and text are not verbatim in attachment 3: " + c.label() + c.text());
            }
        }
    }

    /**
     * The source's own arithmetic: only county section （二） has items whose marks fail to add up to the
     * section (5 of 6), and only its item 3 lacks a mark; the module fills exactly that gap by erratum.
     */
    @Test
    void theOnlyGapInTheSourcesPointsIsCountySectionTwoItemThree() {
        Map<String, String> shortfalls = new TreeMap<>();
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Attachment3.Standard s = SOURCE.standards().get(i);
            BigDecimal total = BigDecimal.ZERO;
            for (Attachment3.Section sec : s.sections()) {
                BigDecimal declared = new BigDecimal(sec.marks().get(0));
                BigDecimal sum = sumOfMarks(sec.items(), unmarked, s.label() + sec.label());
                if (sum.compareTo(declared) != 0) {
                    shortfalls.put(s.label() + sec.label(), sum.toPlainString() + " of " + declared.toPlainString());
                }
                total = total.add(declared);
            }
            if (s.sections().isEmpty()) {
                total = sumOfMarks(s.items(), unmarked, s.label());
            }
            assertEquals(0, total.compareTo(new BigDecimal(s.declaredTotal())), s.heading());
        }
        assertEquals(Map.of("一、（二）", "5 of 6"), shortfalls);
        assertEquals(List.of("一、（二）3、"), unmarked);

        Criterion item = Beihai2015.county().criterion("2.3");
        assertEquals(PointsOrigin.ERRATUM, item.pointsOrigin());
        assertEquals(Points.ONE, item.points());
    }

    private static BigDecimal sumOfMarks(List<Attachment3.Item> items, List<String> unmarked, String where) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Attachment3.Item it : items) {
            if (it.marks().isEmpty()) {
                unmarked.add(where + it.label());
            } else {
                sum = sum.add(new BigDecimal(it.marks().get(0)));
            }
        }
        return sum;
    }
}
