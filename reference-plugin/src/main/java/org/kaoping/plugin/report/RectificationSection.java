package org.kaoping.plugin.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationStatus;

/**
 * The rectification items (整改) as a report section: per item the unit, the criterion, what was found, where it came
 * from, the due date (Beijing time), the status and the evidence of the fix; overdue items marked. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RectificationSection implements ReportSection {
    private final List<Rectification> items;

    private RectificationSection(List<Rectification> items) {
        this.items = items;
    }

    /** The section of {@code items}, e.g. {@code Kaoping.rectifications()}, in the order given. */
    public static RectificationSection of(Collection<Rectification> items) {
        return new RectificationSection(Collections.unmodifiableList(new ArrayList<>(items)));
    }

    public List<Rectification> items() {
        return items;
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    @Override
    public void appendHtml(StringBuilder h, ReportData data) {
        h.append("<section class=\"rectification\" id=\"rectification\">\n<h2>整改事项</h2>\n<p>共 ").append(items.size())
                .append(" 项；整改期限为当日（含）24:00 前，北京时间。</p>\n");
        if (items.isEmpty()) {
            h.append("<p>无整改事项。</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"rectification\">\n<thead><tr><th>单位</th><th>指标</th><th>问题</th><th>来源</th><th>整改期限</th><th>状态</th>")
                .append("<th>整改材料</th></tr></thead>\n<tbody>\n");
        for (Rectification r : items) {
            h.append("<tr").append(r.status() == RectificationStatus.OVERDUE ? " class=\"overdue\"" : "").append("><td>")
                    .append(HtmlReport.esc(data.unitName(r.unitId()))).append("</td><td>").append(HtmlReport.esc(r.criterionId().orElse("—")))
                    .append("</td><td>").append(HtmlReport.esc(r.finding())).append("</td><td>").append(HtmlReport.esc(r.origin().chineseName()))
                    .append("</td><td>").append(date(r.dueDate())).append("</td><td>").append(HtmlReport.esc(r.status().chineseName()))
                    .append(r.wentOverdue() && r.status() != RectificationStatus.OVERDUE ? "（曾逾期）" : "").append("</td><td>")
                    .append(HtmlReport.esc(r.fixReference().orElse("—"))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    @Override
    public List<String> consoleLines(ReportData data) {
        List<String> out = new ArrayList<>();
        int overdue = 0;
        for (Rectification r : items) {
            overdue += r.status() == RectificationStatus.OVERDUE ? 1 : 0;
        }
        out.add("整改事项：共 " + items.size() + " 项，其中逾期未整改 " + overdue + " 项。");
        for (Rectification r : items) {
            out.add("  " + data.unitName(r.unitId()) + "：" + r.finding() + "（" + r.origin().chineseName() + "；整改期限 " + date(r.dueDate()) + "；"
                    + r.status().chineseName() + "）");
        }
        return out;
    }
}
