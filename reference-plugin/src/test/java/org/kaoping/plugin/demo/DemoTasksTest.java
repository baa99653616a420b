package org.kaoping.plugin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.task.TaskOverview;
import org.kaoping.core.task.TaskState;
import org.kaoping.core.task.TaskStatus;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.report.TasksSection;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.plugin.task.TaskListCsv;
import org.kaoping.runtime.Kaoping;

/**
 * The demo's key tasks (四定重点工作任务), run once into a temporary folder: the list file it writes reads back to the
 * demo's list, the report has the section by owner with the one late task, the tasks' CSV says 示例数据 on every row,
 * the journal store keeps the list and the progress for a new runtime, and the city totals are the scoring's.
 */
class DemoTasksTest {
    @TempDir
    static Path out;
    static CycleResult result;

    @BeforeAll
    static void runTheDemo() {
        result = BeihaiDemo.runAndWrite(out);
    }

    static String text(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("The list file the demo writes reads back, through the checked reader, to the demo's list")
    void listFileReadsBack() {
        assertEquals(DemoTasks.list(result.setup().plan()), TaskListCsv.read(out.resolve(DemoTasks.LIST_CSV), result.tree(), result.setup().plan()));
        assertEquals(DemoTasks.TASK_COUNT, DemoTasks.list(result.setup().plan()).size());
    }

    @Test
    @DisplayName("The report has the 四定 section, labelled 示例数据, by owner, with the late task marked")
    void reportHasTheSection() throws IOException {
        String html = text(out.resolve(Reports.HTML));
        int at = html.indexOf("<section class=\"tasks\" id=\"tasks\">");
        assertTrue(at >= 0, "no tasks section");
        String section = html.substring(at, html.indexOf("</section>", at));
        assertTrue(section.contains("<h2>四定重点工作任务（示例数据）</h2>"), section);
        assertTrue(section.contains("合浦县（2 项，逾期 1 项）"), section);
        assertTrue(section.contains("推进乡镇人民调解委员会规范化建设"), section);
        assertTrue(section.contains("逾期未完成"), section);
        assertEquals(1, section.split("class=\"overdue\"", -1).length - 1, "exactly one late task");
    }

    @Test
    @DisplayName("The tasks' CSV has a row per task, the late one marked, and 示例数据 on every row")
    void csvRows() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(TasksSection.CSV), StandardCharsets.UTF_8);
        assertEquals(DemoTasks.TASK_COUNT + 1, lines.size());
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.endsWith("示例数据，非真实考评结果"), l);
        }
        List<String> late = new ArrayList<>();
        for (String l : lines) {
            if (l.contains("逾期未完成")) {
                late.add(l.split(",")[3]);
            }
        }
        assertEquals(java.util.Collections.singletonList(DemoTasks.LATE_TASK), late);
    }

    @Test
    @DisplayName("A new runtime over the demo's journal store sees the list and the progress: one late task, the rest done or on time")
    void journalStoreKeepsTheProgress() {
        TaskOverview o;
        try (JournalAssessmentStore store = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out));
                Kaoping k = DemoRectification.runtime(store, result, result.setup().plan(), Clock.fixed(DemoTasks.LOADED, ZoneOffset.UTC)).build()) {
            assertEquals(DemoTasks.list(result.setup().plan()), k.tasks());
            o = k.taskStatus(DemoTasks.AS_OF);
        }
        List<String> late = new ArrayList<>();
        for (TaskState s : o.late()) {
            late.add(s.task().id());
        }
        assertEquals(java.util.Collections.singletonList(DemoTasks.LATE_TASK), late);
        assertEquals(DemoTasks.TASK_COUNT - 1, o.count(TaskStatus.DONE));
        assertFalse(o.byOwner().get("beihai/hepu").get(1).latest().get().note().get().isEmpty());
    }

    @Test
    @DisplayName("Tasks are tracked, not scored: the city totals are the demo's documented ones (with the July 临时部署's 2 points)")
    void totalsUnchanged() {
        assertEquals(0, org.kaoping.core.points.Points.parse("99.60").compareTo(result.scorecard("beihai/hepu").finalTotal()), "beihai/hepu");
        assertEquals(0, org.kaoping.core.points.Points.parse("91.34").compareTo(result.scorecard("beihai/tieshangang").finalTotal()), "beihai/tieshangang");
        assertEquals(0, org.kaoping.core.points.Points.parse("88.57").compareTo(result.scorecard("beihai/haicheng").finalTotal()), "beihai/haicheng");
        assertEquals(0, org.kaoping.core.points.Points.parse("84.32").compareTo(result.scorecard("beihai/yinhai").finalTotal()), "beihai/yinhai");
    }
}
