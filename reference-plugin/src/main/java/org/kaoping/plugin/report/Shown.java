package org.kaoping.plugin.report;

import java.util.ArrayList;
import java.util.List;
import org.kaoping.core.plan.VetoEffect;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.scoring.AppliedAdjustment;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.TriggeredVeto;

/** The figures every report shows of a scorecard, at one scale, so that all formats agree. */
final class Shown {
    private Shown() {}

    /**
     * Exact points with at least {@code minScale} decimals: {@code 94.70}, {@code 1.3333}. Never rounded, so that every
     * shown total is exactly the sum of its shown parts (a full-credit item keeps derived points such as 1.3333).
     */
    static String points(Points p, int minScale) {
        java.math.BigDecimal d = p.toBigDecimal().stripTrailingZeros();
        return (d.scale() < minScale ? d.setScale(minScale) : d).toPlainString();
    }

    /** The sections' awarded points, whose sum is {@link Scorecard#rawTotal()}. */
    static List<Points> sections(Scorecard c, int scale) {
        List<Points> out = new ArrayList<>();
        for (ScoreNode n : c.sections()) {
            out.add(n.awarded());
        }
        return out;
    }

    /** The total of the items: the sections' sum, or the rescaled total when items were not applicable. */
    static Points itemTotal(Scorecard c, int scale) {
        return c.isRescaled() ? c.itemTotal() : c.rawTotal();
    }

    /**
     * The unit's 未使用的证据 as rows of four cells (evidence id, kind, criterion or category, reason), all in the
     * report's wording: the rows every format shows.
     */
    static List<String[]> unused(ReportData data, Scorecard c) {
        List<String[]> out = new ArrayList<>();
        Wording w = data.wording();
        for (org.kaoping.core.scoring.UnusedEvidence u : c.unusedEvidence()) {
            out.add(new String[] {u.evidenceId(), w.evidenceKind(u.kind()), u.key(), w.unusedReason(u.reason())});
        }
        return out;
    }

    /** The unit's pending claims (待审核) as rows of four cells: evidence id, what it asks, who filed it, status. */
    static List<String[]> claims(ReportData data, String unitId) {
        List<String[]> out = new ArrayList<>();
        for (org.kaoping.core.evidence.Evidence e : data.pendingClaims(unitId)) {
            out.add(new String[] {e.id(), data.claimText(e), e.author(), data.wording().word("待审核")});
        }
        return out;
    }

    /** Ids of the unit's items scored with missing inputs (an unticked requirement, an undecided condition). */
    static String missingInputs(Scorecard c) {
        return String.join("、", c.itemsWithMissingInputs());
    }

    /** A category's label from {@code labels}, or the key itself. */
    static String name(java.util.Map<String, String> labels, String category) {
        String label = labels.get(category);
        if (label == null) {
            // the codes of the built-in standards' rules (metric keys, incident categories) have Chinese names too
            label = org.kaoping.rubrics.beihai2015.Beihai2015Labels.all().get(category);
        }
        return label == null ? category : label;
    }

    /** The veto effect in Chinese. */
    static String effect(TriggeredVeto v) {
        VetoEffect e = v.rule().effect();
        switch (e) {
            case ZERO_TOTAL: return "总分计零";
            case CAP_GRADE: return "等次最高为" + v.rule().cappedGrade().get();
            default: return "取消评先资格";
        }
    }

    /** Short remarks for a ranking row: vetoes, commendation, completeness, quota moves, rescaling, adjustments. */
    static List<String> remarks(Scorecard c, RankedUnit r, java.util.Map<String, String> labels) {
        List<String> out = new ArrayList<>();
        for (TriggeredVeto v : c.vetoes()) {
            out.add("一票否决：" + name(labels, v.rule().incidentCategory()) + "（" + effect(v) + "）");
        }
        if (!c.isCommendable()) {
            out.add("不得评先");
        }
        if (r != null && !r.grade().equals(r.gradeBeforeQuota())) {
            out.add("受等次名额限制：" + r.gradeBeforeQuota() + "→" + r.grade());
        }
        if (c.isRescaled()) {
            out.add("不适用项已折算（适用满分 " + c.applicableMaximum() + "）");
        }
        for (AppliedAdjustment a : c.adjustments()) {
            out.add((a.direction() == org.kaoping.core.plan.AdjustmentRule.Direction.BONUS ? "加分 " : "扣分 ") + name(labels, a.category()) + " " + a.granted());
        }
        if (!c.isComplete()) {
            out.add("评分未完成：" + c.missingEvidence().size() + " 项缺少证据" + (c.incompleteItems().isEmpty() ? "" : "，" + c.incompleteItems().size() + " 项缺少评分来源"));
        }
        return out;
    }
}
