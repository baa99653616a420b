package org.kaoping.plugin.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.cycle.DeadlineReading;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskOverview;
import org.kaoping.core.task.TaskState;
import org.kaoping.core.task.TaskStatus;

/**
 * The year's key tasks (四定重点工作任务) as a report section, by owner unit: each task's deadline, standard, criteria,
 * latest reported status and what is late (逾期未完成, 逾期完成, the months whose self-report on it is missing), as of a
 * day in Beijing time; and the same as a CSV file for the office ({@link #csv}). Tasks are tracked, not scored. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TasksSection implements ReportSection {
    /** The CSV file's name in a report folder. */
    public static final String CSV = "key-tasks.csv";
    /** The CSV file's columns, before {@value CsvReport#DATA_NOTE}. */
    public static final List<String> CSV_HEADER = java.util.Collections.unmodifiableList(Arrays.asList("截至日期", "责任单位编码", "责任单位",
            "编号", "任务", "完成时限", "标准", "对应考评项", "状态", "最近月报月份", "最近月报说明", "逾期情况", "未报月份"));
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final TaskOverview overview;
    private final AssessmentCycle cycle;
    private final boolean synthetic;

    private TasksSection(TaskOverview overview, AssessmentCycle cycle, boolean synthetic) {
        this.overview = overview;
        this.cycle = cycle;
        this.synthetic = synthetic;
    }

    /**
     * The section of {@code overview} (e.g. {@code Kaoping.taskStatus(asOf)}), whose monthly deadlines {@code cycle}
     * declares; {@code synthetic} labels it 示例数据 (it is labelled so too when the report's data is synthetic).
     */
    public static TasksSection of(TaskOverview overview, AssessmentCycle cycle, boolean synthetic) {
        return new TasksSection(overview, cycle, synthetic);
    }

    public TaskOverview overview() {
        return overview;
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String month(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** 逾期未完成, 逾期完成, 月报未报, or — . */
    static String lateness(TaskState s) {
        List<String> out = new ArrayList<>();
        if (s.overdue()) {
            out.add("逾期未完成");
        }
        if (s.completedLate()) {
            out.add("逾期完成");
        }
        if (!s.missingMonths().isEmpty()) {
            out.add("月报未报 " + s.missingMonths().size() + " 个月");
        }
        return out.isEmpty() ? "—" : String.join("；", out);
    }

    static String missing(TaskState s) {
        List<String> out = new ArrayList<>();
        for (YearMonth m : s.missingMonths()) {
            out.add(month(m));
        }
        return String.join("、", out);
    }

    private boolean labelled(ReportData data) {
        return synthetic || data.isSynthetic();
    }

    private String heading(ReportData data) {
        return "四定重点工作任务" + (labelled(data) ? "（" + ReportData.SYNTHETIC_MARKER + "）" : "");
    }

    private String summary() {
        return "截至" + date(overview.asOf()) + "（北京时间）：共 " + overview.states().size() + " 项，已完成 " + overview.count(TaskStatus.DONE)
                + " 项，进行中 " + overview.count(TaskStatus.IN_PROGRESS) + " 项，未开始 " + overview.count(TaskStatus.NOT_STARTED) + " 项；逾期或月报未报 "
                + overview.late().size() + " 项。";
    }

    private String rules() {
        return "完成时限为当日（含）24:00 前；各责任单位每月" + cycle.monthlyDueDay() + "日"
                + (cycle.deadlineReading() == DeadlineReading.ON_OR_BEFORE_THE_DAY ? "（含当日）" : "（不含当日）")
                + "前报送自查月报，自任务下达当月起至完成为止。四定任务只跟踪进度，不单独计分。";
    }

    @Override
    public void appendHtml(StringBuilder h, ReportData data) {
        h.append("<section class=\"tasks\" id=\"tasks\">\n<h2>").append(HtmlReport.esc(heading(data))).append("</h2>\n<p>")
                .append(HtmlReport.esc(summary())).append("</p>\n<p>").append(HtmlReport.esc(rules())).append("</p>\n");
        if (overview.states().isEmpty()) {
            h.append("<p>未下达四定重点工作任务。</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"tasks\">\n<thead><tr><th>编号</th><th>任务</th><th>完成时限</th><th>标准</th><th>对应考评项</th><th>状态</th>")
                .append("<th>最近月报</th><th>逾期情况</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, List<TaskState>> e : overview.byOwner().entrySet()) {
            int late = 0;
            for (TaskState s : e.getValue()) {
                late += s.late() ? 1 : 0;
            }
            h.append("<tr class=\"owner\"><th colspan=\"8\">").append(HtmlReport.esc(data.unitName(e.getKey()))).append("（")
                    .append(e.getValue().size()).append(" 项").append(late > 0 ? "，逾期 " + late + " 项" : "").append("）</th></tr>\n");
            for (TaskState s : e.getValue()) {
                KeyTask t = s.task();
                h.append("<tr").append(s.late() ? " class=\"overdue\"" : "").append("><td>").append(HtmlReport.esc(t.id())).append("</td><td>")
                        .append(HtmlReport.esc(t.title())).append("</td><td>").append(date(t.deadline())).append("</td><td>")
                        .append(HtmlReport.esc(t.standard())).append("</td><td>").append(HtmlReport.esc(String.join("、", t.criterionIds())))
                        .append("</td><td>").append(HtmlReport.esc(s.status().chineseName())).append("</td><td>")
                        .append(HtmlReport.esc(latest(s))).append("</td><td>").append(HtmlReport.esc(lateness(s)
                                + (s.missingMonths().isEmpty() ? "" : "（" + missing(s) + "）"))).append("</td></tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static String latest(TaskState s) {
        if (!s.latest().isPresent()) {
            return "未报";
        }
        return month(s.latest().get().month()) + (s.latest().get().note().isPresent() ? "：" + s.latest().get().note().get() : "");
    }

    @Override
    public List<String> consoleLines(ReportData data) {
        List<String> out = new ArrayList<>();
        out.add(heading(data) + "：" + summary());
        for (Map.Entry<String, List<TaskState>> e : overview.byOwner().entrySet()) {
            List<String> tasks = new ArrayList<>();
            for (TaskState s : e.getValue()) {
                tasks.add(s.task().id() + " " + s.task().title() + "（" + s.status().chineseName() + (s.late() ? "，" + lateness(s) : "") + "）");
            }
            out.add("  " + data.unitName(e.getKey()) + "：" + String.join("；", tasks));
        }
        return out;
    }

    /** The tasks as the office's CSV file: UTF-8 with byte-order mark, {@link #CSV_HEADER} and {@value CsvReport#DATA_NOTE}, one task a row. */
    public byte[] csv(ReportData data) {
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(CSV_HEADER);
        header.add(CsvReport.DATA_NOTE);
        CsvReport.line(s, header);
        for (TaskState st : overview.states()) {
            KeyTask t = st.task();
            CsvReport.line(s, Arrays.asList(overview.asOf().toString(), t.ownerUnitId(), data.unitName(t.ownerUnitId()), t.id(), t.title(),
                    t.deadline().toString(), t.standard(), String.join("、", t.criterionIds()), st.status().chineseName(),
                    st.latest().isPresent() ? st.latest().get().month().toString() : "", st.latest().isPresent() ? st.latest().get().note().orElse("") : "",
                    lateness(st), missing(st), labelled(data) ? ReportData.SYNTHETIC_NOTICE : ""));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(BOM, 0, BOM.length);
        byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);
        b.write(text, 0, text.length);
        return b.toByteArray();
    }
}
