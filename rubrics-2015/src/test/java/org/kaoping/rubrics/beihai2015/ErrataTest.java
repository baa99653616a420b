package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.validation.Diagnostic;
import org.kaoping.core.validation.RubricValidator;

/** The errata: where a reading of the source is needed, the text stays verbatim and the reading is listed. */
class ErrataTest {

    /** Every erratum of the five rubrics, as rubric id and criterion id, in source order. */
    @Test
    void theErrataAreExactlyTheseSeven() {
        List<String> where = new ArrayList<>();
        for (Rubric r : Beihai2015.all()) {
            for (Erratum e : r.errata()) {
                where.add(r.id() + " " + e.criterionId());
            }
        }
        assertEquals(List.of(
                "beihai-2015/county 2.3",
                "beihai-2015/county 3.7",
                "beihai-2015/county 4.4",
                "beihai-2015/county 7.5",
                "beihai-2015/judicial 2.3",
                "beihai-2015/judicial 2.4",
                "beihai-2015/administrative 2.1"), where);
    }

    @Test
    void countySectionTwoItemThreeGetsOnePointByErratumQuotingTheSource() {
        Rubric county = Beihai2015.county();
        Criterion item = county.criterion("2.3");
        assertEquals("3、", item.label());
        assertEquals("（二）", county.criterion("2").label());
        assertEquals(PointsOrigin.ERRATUM, item.pointsOrigin());
        assertEquals("1", item.points().toString());
        assertTrue(item.pointsNote().orElse("").contains("sum 5"), item.pointsNote().toString());
        Erratum e = only(county, "2.3");
        assertEquals("1分", e.used());
        assertEquals(item.label() + item.text(), e.sourceSays(), "the erratum quotes the item as printed");
        assertFalse(Attachment3.MARK.matcher(e.sourceSays()).find(), "the quoted item has no points mark");
        assertTrue(e.reason().contains("（二）加强制度建设（6分）"), e.reason());

        List<Diagnostic> notices = RubricValidator.validate(county).notices();
        assertTrue(notices.stream().anyMatch(d -> d.criterionId().equals("2.3") && d.path().equals("（二） 3、")
                && d.message().contains("规范性文件的制定过程符合法定程序")), notices.toString());
    }

    @Test
    void typosStayVerbatimInTheTextAndTheReadingIsTheErratum() {
        Criterion exams = Beihai2015.county().criterion("7.5");
        assertTrue(exams.text().contains("公务员法律知识考试合格率1O0％"), "letter O kept in the text");
        Erratum o = only(Beihai2015.county(), "7.5");
        assertEquals("公务员法律知识考试合格率1O0％", o.sourceSays());
        assertEquals("公务员法律知识考试合格率100%", o.used());

        Criterion appeals = Beihai2015.judicial().criterion("2.4");
        assertTrue(appeals.text().contains("上诉率降年降低"), "降年降低 kept in the text");
        Erratum t = only(Beihai2015.judicial(), "2.4");
        assertEquals("上诉率逐年降低", t.used());
    }

    /** An erratum quotes its criterion: each part of the quote (parts split at an ellipsis) is verbatim there. */
    @Test
    void everyErratumQuotesItsCriterionVerbatimAndGivesAReason() {
        for (Rubric r : Beihai2015.all()) {
            for (Erratum e : r.errata()) {
                Criterion c = r.criterion(e.criterionId());
                String quoted = c.label() + c.text();
                for (String part : e.sourceSays().split("……")) {
                    assertTrue(quoted.contains(part), r.id() + " " + c.id() + ": not verbatim: " + part);
                }
                assertFalse(e.used().isBlank(), r.id() + " " + c.id());
                assertTrue(e.reason().length() > 40, r.id() + " " + c.id() + ": a reason, not a label");
                assertFalse(e.used().equals(e.sourceSays()), r.id() + " " + c.id());
            }
        }
    }

    /** Only the 二.3 erratum supplies points; the others state readings and leave the source's points alone. */
    @Test
    void onlyOneErratumChangesPoints() {
        int corrected = 0;
        for (Rubric r : Beihai2015.all()) {
            for (Criterion c : r.allCriteria()) {
                if (c.pointsOrigin() == PointsOrigin.ERRATUM) {
                    corrected++;
                    assertEquals("beihai-2015/county 2.3", r.id() + " " + c.id());
                }
            }
        }
        assertEquals(1, corrected);
    }

    private static Erratum only(Rubric r, String criterionId) {
        List<Erratum> found = new ArrayList<>();
        for (Erratum e : r.errata()) {
            if (e.criterionId().equals(criterionId)) {
                found.add(e);
            }
        }
        assertEquals(1, found.size(), r.id() + " " + criterionId);
        return found.get(0);
    }
}
