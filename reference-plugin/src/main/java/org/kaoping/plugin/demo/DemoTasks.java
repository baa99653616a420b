package org.kaoping.plugin.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskList;
import org.kaoping.core.task.TaskOverview;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.plugin.imports.TextEncoding;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.report.TasksSection;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.task.TaskListCsv;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.TaskProgressReport;
import org.kaoping.spi.AssessmentStore;

/**
 * The demo's key tasks (2015年法治城市创建四定重点工作任务, issue 16): a synthetic list of {@value #TASK_COUNT} tasks for
 * the counties and city departments, each linked to real criteria of the 2015 standards, is written as the office's CSV
 * ({@value #LIST_CSV}, UTF-8 with BOM) and read back through the checked reader ({@link TaskListCsv}); the city office
 * loads it on 10 March 2015; each owner files its monthly self-report on the 20th of every month from March until the
 * task is done; 合浦县's 人民调解 task (2015-07, due 31 August) is still in progress at the deadline and so late. The
 * status as of {@link #AS_OF} is a section of the city's report and {@value TasksSection#CSV}. Tasks are tracked, not
 * scored: the seed's 考评办法 has units self-check monthly against the list and keep files by it for the year-end
 * assessment, but gives the list no points of its own, so no total changes. Everything runs on a fixed clock.
 */
@org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
public final class DemoTasks {
    /** The list's file in the demo's folder. */
    public static final String LIST_CSV = "四定重点工作任务-2015-示例.csv";
    /** The day the status is reported as of. */
    public static final LocalDate AS_OF = LocalDate.of(2015, 12, 31);
    /** When the city office loads the list: 10:00 on 10 March 2015, Beijing time. */
    public static final Instant LOADED = at(2015, 3, 10);
    /** The one late task. */
    public static final String LATE_TASK = "2015-07";
    static final int TASK_COUNT = 11;

    /** id, owner, title, deadline, standard, criteria, the month reported done (0: not done by {@link #AS_OF}). */
    private static final String[][] TASKS = {
        {"2015-01", "beihai/haicheng", "制定下发区法治建设意见", "2015-04-30", "以区委文件印发并报市依法治市办备案", "1.1", "4"},
        {"2015-02", "beihai/haicheng", "组织“12·4”国家宪法日集中宣传", "2015-12-31", "12月4日前后集中宣传，活动方案、图片和媒体报道齐全", "7.12", "12"},
        {"2015-03", "beihai/yinhai", "建立区委、区政府法律顾问制度", "2015-06-30", "聘请法律顾问并签订服务合同", "1.3、8.6", "6"},
        {"2015-04", "beihai/yinhai", "清理区政府规范性文件", "2015-09-30", "清理结果向社会公布", "2.4", "9"},
        {"2015-05", "beihai/tieshangang", "村（社区）法治学校全覆盖", "2015-10-31", "每个行政村（社区）建立法治学校并开课", "7.8", "10"},
        {"2015-06", "beihai/hepu", "组织领导干部法律知识考试", "2015-11-30", "参考率不低于95%", "7.5", "11"},
        {"2015-07", "beihai/hepu", "推进乡镇人民调解委员会规范化建设", "2015-08-31", "全县乡镇调委会规范化达标", "9.5", "0"},
        {"2015-08", "beihai/justice", "建设法律援助便民服务窗口", "2015-06-30", "市、县两级窗口全部建成", "2.9", "6"},
        {"2015-09", "beihai/court", "推进审判流程公开", "2015-09-30", "审判流程信息网上公开", "2.3", "9"},
        {"2015-10", "beihai/environment", "推进环境信息公开", "2015-12-31", "环评审批和处罚信息按月公开", "2.7", "12"},
        {"2015-11", "beihai/transport", "落实行政执法责任制", "2015-07-31", "执法岗位责任和评议考核办法印发", "2.5", "7"},
    };

    private DemoTasks() {}

    /** The demo's list, of the year of {@code plan}, owners by id. */
    public static TaskList list(AssessmentPlan plan) {
        List<KeyTask> tasks = new ArrayList<>();
        for (String[] t : TASKS) {
            tasks.add(KeyTask.of(t[0], plan.year(), t[2], t[1], LocalDate.parse(t[3]), t[4], Arrays.asList(t[5].split("、"))));
        }
        return TaskList.of(plan.year(), tasks);
    }

    /**
     * Writes the list as {@value #LIST_CSV} into {@code out}, reads it back through {@link TaskListCsv}, loads it on the
     * demo's store for the city's plan of {@code result}, files the monthly self-reports and adds the status as of
     * {@link #AS_OF} to {@code after}'s report as a {@link TasksSection}; writes {@value TasksSection#CSV} too.
     *
     * @return {@code after} with the section in its report
     */
    public static DemoRectification.Outcome run(Path out, AssessmentStore store, CycleResult result, DemoRectification.Outcome after) {
        AssessmentPlan plan = result.setup().plan();
        Path file = Reports.writeFiles(out, Collections.singletonMap(LIST_CSV,
                TextEncoding.encode(TaskListCsv.toCsv(list(plan), result.tree()), StandardCharsets.UTF_8)), false).get(0);
        TaskList read = TaskListCsv.read(file, result.tree(), plan);
        DemoRectification.MovableClock clock = new DemoRectification.MovableClock(LOADED);
        TaskOverview overview;
        try (Kaoping k = DemoRectification.runtime(store, result, plan, clock).build()) {
            k.loadTasks(DemoRectification.ASSESSOR, BeihaiSampleCity.OFFICE_ID, read);
            for (int m = 3; m <= 12; m++) {
                clock.at = at(plan.year(), m, 20);
                // the month's reports in one store call (one journal write instead of one each): same events, same order
                List<TaskProgressReport> month = new ArrayList<>();
                for (String[] t : TASKS) {
                    int doneIn = Integer.parseInt(t[6]);
                    int lastMonth = doneIn > 0 ? doneIn : LocalDate.parse(t[3]).getMonthValue() + 1;
                    if (m > lastMonth) {
                        continue;
                    }
                    TaskStatus status = m == doneIn ? TaskStatus.DONE : m == 3 ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
                    month.add(TaskProgressReport.of("示例经办人", t[1], t[0], YearMonth.of(plan.year(), m), status,
                            BeihaiDemo.LABEL + note(status)));
                }
                k.reportTaskProgressAll(month);
            }
            overview = k.taskStatus(AS_OF);
        }
        TasksSection section = TasksSection.of(overview, result.setup().cycle(), true);
        ReportData report = after.report().toBuilder().section(section).build();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TasksSection.CSV, section.csv(report));
        Reports.writeFiles(out, files, false);
        DemoRectification.Outcome o = new DemoRectification.Outcome(after.items(), after.notified(), after.files(), report);
        DemoRectification.remember(out, o);
        return o;
    }

    private static String note(TaskStatus status) {
        switch (status) {
            case DONE:
                return "已按标准完成，材料归档";
            case NOT_STARTED:
                return "已制定工作方案，尚未实施";
            default:
                return "按计划推进";
        }
    }

    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(AssessmentCycle.SHANGHAI).toInstant();
    }
}
