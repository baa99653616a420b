package org.kaoping.plugin.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskList;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.imports.TextEncoding;

/** The key-task file (四定重点工作任务) as the office writes it: what it accepts, and every refusal naming file, line and column. */
class TaskListCsvTest {
    static final OrgTree TREE = BeihaiSampleCity.tree();
    static final AssessmentPlan PLAN = BeihaiDemo.setup().plan();
    static final String HEADER = "编号,任务,责任单位,完成时限,标准,对应考评项\r\n";
    static final String GOOD = "2015-01,制定下发区法治建设意见,海城区,2015年4月底,以区委文件印发,1.1\r\n";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static ImportProblem refused(String csv) {
        TaskListCsvFormatException x = assertThrows(TaskListCsvFormatException.class, () -> TaskListCsv.parse("tasks.csv", utf8(csv), TREE, PLAN));
        assertTrue(x.getMessage().startsWith("key-task file tasks.csv refused, no task of it used"), x.getMessage());
        return x.problems().get(0);
    }

    @Test
    @DisplayName("Chinese headers, a unit by name or id, dates in the office's shapes, criteria separated by 、 or ，")
    void readsTheOfficesFile() {
        TaskList list = TaskListCsv.parse("tasks.csv", utf8(HEADER + GOOD
                + "2015-02,\"推进审判公开, 流程上网\",beihai/court,2015/9/30前,审判流程信息网上公开,\"2.3，2.4\"\r\n"), TREE, PLAN);
        assertEquals(Arrays.asList(
                KeyTask.of("2015-01", 2015, "制定下发区法治建设意见", "beihai/haicheng", LocalDate.of(2015, 4, 30), "以区委文件印发", Arrays.asList("1.1")),
                KeyTask.of("2015-02", 2015, "推进审判公开, 流程上网", "beihai/court", LocalDate.of(2015, 9, 30), "审判流程信息网上公开",
                        Arrays.asList("2.3", "2.4"))), list.tasks());
    }

    @Test
    @DisplayName("English headers in another order, GB18030 and UTF-8 with BOM read alike; toCsv reads back")
    void englishHeadersAndEncodings() {
        String en = "criteria,owner,id,title,deadline,standard\r\n1.1,beihai/haicheng,2015-01,制定下发区法治建设意见,2015-04-30,以区委文件印发\r\n";
        TaskList a = TaskListCsv.parse("en.csv", TextEncoding.encode(en, TextEncoding.GB18030), TREE, PLAN);
        TaskList b = TaskListCsv.parse("zh.csv", TextEncoding.encode(HEADER + GOOD, StandardCharsets.UTF_8), TREE, PLAN);
        assertEquals(a, b);
        assertEquals(b, TaskListCsv.parse("again.csv", utf8(TaskListCsv.toCsv(b, TREE)), TREE, PLAN));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("a column missing", "编号,任务,责任单位,完成时限,标准\r\n" + "x,y,海城区,2015-01-01,z\r\n", 1, 0, "no column 对应考评项/criteria"),
                Arguments.of("an empty cell", HEADER + "2015-01,,海城区,2015-04-30,标准,1.1\r\n", 2, 2, "expected 任务; the cell is empty"),
                Arguments.of("a duplicate id", HEADER + GOOD + GOOD, 3, 1, "already used on line 2"),
                Arguments.of("an unknown unit", HEADER + "2015-01,任务,海城区委,2015-04-30,标准,1.1\r\n", 2, 3, "no unit has the id or name [海城区委]"),
                Arguments.of("not a date", HEADER + "2015-01,任务,海城区,年中,标准,1.1\r\n", 2, 4, "[年中] is not a date"),
                Arguments.of("an impossible date", HEADER + "2015-01,任务,海城区,2015-02-30,标准,1.1\r\n", 2, 4, "is not a date"),
                Arguments.of("a deadline of another year", HEADER + "2015-01,任务,海城区,2016-03-31,标准,1.1\r\n", 2, 4, "outside plan"),
                Arguments.of("a criterion not in the owner's rubric", HEADER + "2015-01,任务,海城区,2015-04-30,标准,1.1、99.9\r\n", 2, 6,
                        "criterion [99.9] is not in rubric"),
                Arguments.of("a criterion named twice", HEADER + "2015-01,任务,海城区,2015-04-30,标准,1.1、1.1\r\n", 2, 6, "named twice"),
                Arguments.of("an owner the plan does not assess", HEADER + "2015-01,任务,廉州镇,2015-04-30,标准,1.1\r\n", 2, 3, "no rubric for"),
                Arguments.of("an unclosed quote", HEADER + "2015-01,\"任务,海城区,2015-04-30,标准,1.1\r\n", 2, 0, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    @DisplayName("A bad file is refused whole, naming file, line, column and what was expected")
    void refusedWhole(String what, String csv, int line, int column, String expected) {
        ImportProblem p = refused(csv);
        assertEquals("tasks.csv", p.file());
        assertEquals(line, p.line(), p.toString());
        if (column > 0) {
            assertEquals(column, p.column(), p.toString());
        }
        assertTrue(p.message().contains(expected), p.toString());
    }

    @Test
    @DisplayName("Every problem of the file is listed, not only the first, and nothing is returned")
    void everyProblemListed() {
        TaskListCsvFormatException x = assertThrows(TaskListCsvFormatException.class, () -> TaskListCsv.parse("tasks.csv",
                utf8(HEADER + "a,任务,无此单位,2015-04-30,标准,1.1\r\nb,任务,海城区,某天,标准,1.1\r\n"), TREE, PLAN));
        assertEquals(2, x.problems().size(), x.getMessage());
        assertEquals(Arrays.asList(2, 3), Arrays.asList(x.problems().get(0).line(), x.problems().get(1).line()));
    }

    @Test
    @DisplayName("A file over the size limit or not a regular file is refused naming the file")
    void fileLimits(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tasks.csv");
        Files.write(f, utf8(HEADER + GOOD));
        assertEquals(1, TaskListCsv.read(f, TREE, PLAN).size());
        TaskListCsvFormatException x = assertThrows(TaskListCsvFormatException.class, () -> TaskListCsv.read(dir, TREE, PLAN));
        assertTrue(x.getMessage().contains(dir.toString()), x.getMessage());
    }
}
