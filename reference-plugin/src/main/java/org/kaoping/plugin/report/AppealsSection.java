package org.kaoping.plugin.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgTree;
import org.kaoping.runtime.Appeal;
import org.kaoping.runtime.AppealDecision;

/**
 * The appeals (申诉) of a cycle after the scores, for the office: an HTML section added to the report (before its
 * closing {@code </main>}) and console lines, in Chinese with Beijing time (issue 15). Stateless.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AppealsSection {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private AppealsSection() {}

    /** 待复核, 复核成立 or 驳回. */
    public static String status(Appeal a) {
        switch (a.status()) {
            case OPEN:
                return "待复核";
            case UPHELD:
                return "复核成立";
            default:
                return "驳回";
        }
    }

    private static String shown(Instant i) {
        return SHOWN.format(ZonedDateTime.ofInstant(i, SHANGHAI));
    }

    /** One line per appeal: unit, criteria, status, decision and the result changes. */
    public static List<String> lines(List<Appeal> appeals, OrgTree tree) {
        List<String> out = new ArrayList<>();
        for (Appeal a : appeals) {
            StringBuilder b = new StringBuilder();
            b.append(tree.unit(a.unitId()).name()).append(" 就第 ").append(String.join("、", a.criterionIds())).append(" 项申诉（")
                    .append(shown(a.filedAt())).append("）：").append(status(a));
            if (a.decision().isPresent()) {
                AppealDecision d = a.decision().get();
                b.append("，").append(d.reason());
                if (!d.resultChanges().isEmpty()) {
                    b.append("；").append(changes(d, tree));
                }
            }
            out.add(b.append("。").toString());
        }
        return out;
    }

    /** The result changes of an upheld appeal: 银海区 总分 83.65 → 84.98，名次 4 → 4，等次 良好 → 良好. */
    public static String changes(AppealDecision d, OrgTree tree) {
        List<String> out = new ArrayList<>();
        for (AppealDecision.ResultChange c : d.resultChanges()) {
            out.add((tree.contains(c.unitId()) ? tree.unit(c.unitId()).name() : c.unitId()) + " 总分 " + c.totalBefore() + " → " + c.totalAfter()
                    + "，名次 " + c.rankBefore() + " → " + c.rankAfter() + (c.gradeBefore().equals(c.gradeAfter()) ? "，等次" + c.gradeAfter()
                    + "不变" : "，等次 " + c.gradeBefore() + " → " + c.gradeAfter()));
        }
        return String.join("；", out);
    }

    /** The HTML section {@code <section class="appeals" id="appeals">}; empty text if there are no appeals. */
    public static String html(List<Appeal> appeals, OrgTree tree) {
        if (appeals.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder();
        h.append("<section class=\"appeals\" id=\"appeals\">\n<h2>申诉（公示期内）</h2>\n<p>公示期内被考评单位可就本单位的考评事项提出申诉，"
                + "由市依法治市办复核：复核成立的按复核结果改分并重新排名，驳回的说明理由。时间均为北京时间。</p>\n<table>\n<thead><tr>"
                + "<th>申诉编号</th><th>单位</th><th>申诉事项</th><th>理由</th><th>提出时间</th><th>复核结果</th><th>复核意见</th><th>结果调整</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Appeal a : appeals) {
            AppealDecision d = a.decision().orElse(null);
            h.append("<tr><td>").append(HtmlReport.esc(a.id())).append("</td><td>").append(HtmlReport.esc(tree.unit(a.unitId()).name()))
                    .append("</td><td>").append(HtmlReport.esc(String.join("、", a.criterionIds()))).append("</td><td>")
                    .append(HtmlReport.esc(a.reason())).append("</td><td>").append(HtmlReport.esc(shown(a.filedAt()))).append("</td><td>")
                    .append(status(a)).append("</td><td>").append(d == null ? "" : HtmlReport.esc(d.reason() + "（" + d.decidedBy() + "，"
                            + shown(d.decidedAt()) + "）")).append("</td><td>")
                    .append(d == null ? "" : HtmlReport.esc(changes(d, tree))).append("</td></tr>\n");
        }
        return h.append("</tbody>\n</table>\n</section>\n").toString();
    }

    /**
     * The appeals as a section of the reports ({@link ReportData.Builder#section}): the HTML table of {@link #html} and the
     * console lines of {@link #lines}; shows nothing when there are no appeals.
     */
    public static ReportSection of(List<Appeal> appeals, OrgTree tree) {
        final List<Appeal> shown = new ArrayList<>(appeals);
        return new ReportSection() {
            @Override
            public void appendHtml(StringBuilder html, ReportData data) {
                html.append(html(shown, tree));
            }

            @Override
            public List<String> consoleLines(ReportData data) {
                return lines(shown, tree);
            }
        };
    }
}
