package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskList;
import org.kaoping.core.task.TaskProgress;
import org.kaoping.core.task.TaskRefusedException;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.report.TasksSection;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.plugin.task.TaskListCsv;
import org.kaoping.plugin.task.TaskListCsvFormatException;
import org.kaoping.runtime.Kaoping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kaoping tasks import|progress|report --store DIR}: the year's key tasks (四定重点工作任务) of a plan on a journal
 * store — the office's list imported from its CSV file, a unit's monthly progress, and each task's status by owner with
 * what is late.
 */
@Command(name = "tasks",
        mixinStandardHelpOptions = true,
        description = "The year's key tasks (四定重点工作任务) of a journal store: import the office's list, report a unit's monthly progress, show each task's status by owner and what is late.",
        subcommands = {TasksCommand.Import.class, TasksCommand.Progress.class, TasksCommand.Report.class},
        synopsisSubcommandLabel = "COMMAND")
final class TasksCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Who acts, for which unit. */
    static final class Actor {
        @Option(names = "--actor", paramLabel = "NAME", required = true, description = "Who acts (the user name, recorded in the audit trail).")
        String actor;

        @Option(names = "--unit", paramLabel = "ID", required = true, description = "The unit the actor acts for: the office to import, the task's owner (or the office) to report.")
        String unit;
    }

    /** Whether the store is read as the demo's (no --plan: the Beihai sample city, 示例数据). */
    static boolean demo(LifecycleOptions o) {
        return o.plan == null;
    }

    /** The refusal in the office's words, then the technical reason. */
    static int refused(PrintWriter err, TaskRefusedException e) {
        String why;
        switch (e.reason()) {
            case UNKNOWN_TASK:
                why = "本方案的四定任务清单中没有这一任务";
                break;
            case NOT_PERMITTED:
                why = "无权办理：任务清单只能由市依法治市办（或本方案的考评机构）下达，进度只能由责任单位本身或上述机构报送";
                break;
            default:
                why = "输入不符合要求";
                break;
        }
        err.println("kaoping: 不予受理（" + e.taskId() + "）：" + why + "。未作任何记录。");
        err.println("原因（技术细节）：" + e.getMessage());
        return 1;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import the office's key-task list (CSV: 编号,任务,责任单位,完成时限,标准,对应考评项) into the plan, as the city office or the plan's assessing office. The file is checked whole against the units and the plan; a bad file is refused naming file, line and column, and nothing is recorded (exit 1).")
    static final class Import implements Callable<Integer> {
        @Mixin
        LifecycleOptions store;

        @Mixin
        Actor actor;

        @Parameters(paramLabel = "FILE", description = "The key-task CSV file (UTF-8 with or without BOM, or GB18030).")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (JournalAssessmentStore s = store.open(); Kaoping k = store.runtime(s, err)) {
                TaskList list = TaskListCsv.read(file, k.orgTree(), k.plan());
                TaskList before = k.tasks();
                int added = 0;
                int revised = 0;
                for (KeyTask t : list.tasks()) {
                    if (!before.task(t.id()).isPresent()) {
                        added++;
                    } else if (!before.task(t.id()).get().equals(t)) {
                        revised++;
                    }
                }
                TaskList now = k.loadTasks(actor.actor, actor.unit, list);
                out.println("已导入四定重点工作任务 " + list.size() + " 项（新增 " + added + " 项，修订 " + revised + " 项，未变 " + (list.size() - added - revised)
                        + " 项）；方案 " + k.plan().id() + " 现有任务 " + now.size() + " 项。" + (demo(store) ? "（" + ReportData.SYNTHETIC_MARKER + "）" : ""));
                return 0;
            } catch (TaskListCsvFormatException e) {
                err.println("kaoping: 不予导入：任务清单文件有 " + e.problems().size() + " 处问题，未导入任何任务。");
                for (ImportProblem p : e.problems()) {
                    err.println("  " + p);
                }
                return 1;
            } catch (TaskRefusedException e) {
                return refused(err, e);
            }
        }
    }

    @Command(name = "progress", mixinStandardHelpOptions = true,
            description = "A unit's monthly self-report (自查月报) on one key task; only the task's owner unit or the office reports (--unit). Exit 1 if refused (nothing recorded).")
    static final class Progress implements Callable<Integer> {
        @Mixin
        LifecycleOptions store;

        @Mixin
        Actor actor;

        @Option(names = "--task", paramLabel = "ID", required = true, description = "The task's id (see tasks report).")
        String task;

        @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "The month reported for.")
        YearMonth month;

        @Option(names = "--status", paramLabel = "STATUS", required = true, description = "未开始, 进行中 or 已完成 (or NOT_STARTED, IN_PROGRESS, DONE).")
        String status;

        @Option(names = "--note", paramLabel = "TEXT", description = "What was done.")
        String note;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            TaskStatus st = TaskStatus.parse(status);
            if (st == null) {
                err.println("kaoping: 不予受理：--status [" + status + "] 不是任务状态；应为 " + TaskStatus.accepted() + "。未作任何记录。");
                return 1;
            }
            try (JournalAssessmentStore s = store.open(); Kaoping k = store.runtime(s, err)) {
                TaskProgress p = k.reportTaskProgress(actor.actor, actor.unit, task, month, st, note);
                spec.commandLine().getOut().println("已报送 " + p.month().getYear() + "年" + p.month().getMonthValue() + "月 四定任务进度：" + p.taskId()
                        + " " + k.tasks().task(p.taskId()).get().title() + "，" + p.status().chineseName() + "（"
                        + k.orgTree().find(p.unitId()).map(u -> u.name()).orElse(p.unitId()) + "）。");
                return 0;
            } catch (TaskRefusedException e) {
                return refused(err, e);
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Each key task's status as of a day (Beijing time), by owner unit: the latest monthly report, and what is late (deadline passed and not done, or a month's report missing). With --csv, also the office's CSV file.")
    static final class Report implements Callable<Integer> {
        @Mixin
        LifecycleOptions store;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day (Beijing time); default: the day of --at, or today.")
        LocalDate asOf;

        @Option(names = "--csv", paramLabel = "DIR", description = "Also write " + TasksSection.CSV + " into DIR.")
        Path csv;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate day = asOf != null ? asOf : store.now().atZone(AssessmentCycle.SHANGHAI).toLocalDate();
            try (JournalAssessmentStore s = store.open(); Kaoping k = store.runtime(s, spec.commandLine().getErr())) {
                TasksSection section = TasksSection.of(k.taskStatus(day), k.cycle(), demo(store));
                ReportData data = ReportData.builder().title("四定重点工作任务").tree(k.orgTree()).plan(k.plan()).synthetic(demo(store)).build();
                for (String line : section.consoleLines(data)) {
                    out.println(line);
                }
                if (csv != null) {
                    Path written = Reports.writeFiles(csv, java.util.Collections.singletonMap(TasksSection.CSV, section.csv(data))).get(0);
                    out.println("已写出：" + written.toAbsolutePath().normalize());
                }
                return 0;
            }
        }
    }
}
