package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.report.TasksSection;

/**
 * {@code kaoping tasks import|progress|report --store DIR} on a fresh journal store of the Beihai sample city: the city
 * office imports a two-task list; 合浦县 reports on its task, 银海区 is refused on it; the report as of a day shows the
 * status by owner and the late task, in Chinese, labelled 示例数据.
 */
class TasksCommandTest {
    static final String LIST = "编号,任务,责任单位,完成时限,标准,对应考评项\r\n"
            + "2015-06,组织领导干部法律知识考试,合浦县,2015年11月30日,参考率不低于95%,7.5\r\n"
            + "2015-08,建设法律援助便民服务窗口,市司法局,2015-06-30,市、县两级窗口全部建成,2.9\r\n";

    @TempDir
    Path dir;
    Path store;

    MainTest.Run run(String... args) {
        return new MainTest.Run(args);
    }

    @BeforeEach
    void importTheList() throws IOException {
        store = Files.createDirectories(dir.resolve("store"));
        Path file = dir.resolve("四定任务.csv");
        Files.write(file, LIST.getBytes(StandardCharsets.UTF_8));
        MainTest.Run r = run("tasks", "import", file.toString(), "--store", store.toString(), "--actor", "示例考评员", "--unit", "beihai/office");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("已导入四定重点工作任务 2 项（新增 2 项，修订 0 项，未变 0 项）"), r.toString());
    }

    @Test
    @DisplayName("import of a bad file is refused naming file, line and column, exit 1, and nothing is recorded")
    void badFileRefused() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, (LIST + "2015-09,推进审判公开,市中级人民法院,九月,审判流程信息网上公开,2.3\r\n").getBytes(StandardCharsets.UTF_8));
        MainTest.Run r = run("tasks", "import", bad.toString(), "--store", store.toString(), "--actor", "示例考评员", "--unit", "beihai/office");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("不予导入") && r.err.contains("bad.csv, line 4, column 4 (完成时限)"), r.toString());
        assertTrue(report("2015-12-31").out.contains("共 2 项"), "the list is unchanged");
    }

    @Test
    @DisplayName("import by a county is refused: only the office issues the list")
    void importByACountyRefused() {
        MainTest.Run r = run("tasks", "import", dir.resolve("四定任务.csv").toString(), "--store", store.toString(), "--actor", "经办人", "--unit",
                "beihai/hepu");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("无权办理") && r.err.contains("NOT_PERMITTED"), r.toString());
    }

    MainTest.Run report(String asOf) {
        return run("tasks", "report", "--store", store.toString(), "--as-of", asOf);
    }

    @Test
    @DisplayName("progress by the owner is recorded; by another county it is refused, exit 1; the report shows both tasks by owner and the late one")
    void progressAndReport() throws IOException {
        MainTest.Run other = run("tasks", "progress", "--store", store.toString(), "--actor", "银海区经办人", "--unit", "beihai/yinhai", "--task", "2015-06",
                "--month", "2015-11", "--status", "已完成");
        assertEquals(1, other.exit, other.toString());
        assertTrue(other.err.contains("不予受理（2015-06）") && other.err.contains("未作任何记录"), other.toString());
        MainTest.Run own = run("tasks", "progress", "--store", store.toString(), "--actor", "合浦县经办人", "--unit", "beihai/hepu", "--task", "2015-06",
                "--month", "2015-11", "--status", "已完成", "--note", "参考率97%", "--at", "2015-11-20 10:00");
        assertEquals(0, own.exit, own.toString());
        assertTrue(own.out.contains("已完成（合浦县）"), own.toString());

        assertTrue(report("2015-11-19").out.contains("已完成 0 项"), "not known before it was filed");
        MainTest.Run r = report("2015-12-31");
        assertEquals(0, r.exit, r.toString());
        List<String> lines = java.util.Arrays.asList(r.out.split("\\R"));
        assertTrue(lines.get(0).startsWith("四定重点工作任务（示例数据）：截至2015年12月31日（北京时间）：共 2 项，已完成 1 项"), r.toString());
        assertTrue(r.out.contains("合浦县：2015-06 组织领导干部法律知识考试（已完成）"), r.toString());
        assertTrue(r.out.contains("市司法局：2015-08 建设法律援助便民服务窗口（未开始，逾期未完成"), r.toString());
    }

    @Test
    @DisplayName("an unknown status is refused before anything is opened")
    void unknownStatus() {
        MainTest.Run r = run("tasks", "progress", "--store", store.toString(), "--actor", "a", "--unit", "beihai/hepu", "--task", "2015-06",
                "--month", "2015-11", "--status", "差不多");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("未开始/NOT_STARTED"), r.toString());
    }

    @Test
    @DisplayName("report --csv writes the office's CSV with 示例数据 on every row")
    void reportCsv() throws IOException {
        Path out = dir.resolve("out");
        MainTest.Run r = run("tasks", "report", "--store", store.toString(), "--as-of", "2015-06-30", "--csv", out.toString());
        assertEquals(0, r.exit, r.toString());
        List<String> rows = Files.readAllLines(out.resolve(TasksSection.CSV), StandardCharsets.UTF_8);
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("\uFEFF截至日期,责任单位编码"), rows.get(0));
        assertFalse(rows.get(2).contains("逾期未完成"), "not overdue on its deadline day");
        assertTrue(rows.get(2).endsWith("示例数据，非真实考评结果"), rows.get(2));
    }
}
