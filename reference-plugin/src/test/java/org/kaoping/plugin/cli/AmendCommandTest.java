package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 4: {@code kaoping amend add|list} (临时部署) on a journal store, in Chinese. */
class AmendCommandTest {
    static final String TITLE = "开展防汛普法宣传（测试）";

    @TempDir
    static Path demoDir;

    @BeforeAll
    static void runDemo() {
        MainTest.Run demo = new MainTest.Run("demo", "--out", demoDir.toString());
        assertEquals(0, demo.exit, demo.toString());
    }

    static String[] add(Path store, String... more) {
        String[] base = {"amend", "add", "--store", store.toString(), "--actor", "王五", "--unit", "beihai/office", "--title", TITLE,
                "--points", "1.5", "--kind", "县（区）", "--deadline", "2015-09-30", "--at", "2015-08-03 09:00"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void listShowsTheDemosJulyDeploymentAndTheVersionInForce() {
        MainTest.Run r = new MainTest.Run("amend", "list", "--store", demoDir.resolve("store").toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("记录 1：2015年7月15日 10:00（北京时间），市依法治市办示例联络员（beihai/office）"), r.out);
        assertTrue(r.out.contains("+临时部署-1，满分 102"), r.out);
        assertTrue(r.out.contains("临时部署1（2 分）：开展“六五”普法总结验收自查并报送自查报告（示例数据）（截止 2015-09-30）"), r.out);
    }

    @Test
    void addingAfterTheDemosFinalResultsIsRefusedInChinese() {
        MainTest.Run r = new MainTest.Run(add(demoDir.resolve("store")));
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.out.startsWith("未受理：临时部署「" + TITLE + "」。"), r.out);
        assertTrue(r.out.contains("final"), r.out);
    }

    @Test
    void addPrintsTheNewVersionAndTheExportedRubricDiffsWithTheTaskAdded(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        MainTest.Run r = new MainTest.Run(add(store, "--done-by-deadline", "--export", dir.resolve("x").toString()));
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("+临时部署-1，满分 100 → 101.5"), r.out);
        assertTrue(r.out.contains("（1.5 分）：" + TITLE + "（截止 2015-09-30）；计分：按期完成得满分，否则不得分"), r.out);
        List<Path> exported;
        try (Stream<Path> files = Files.list(dir.resolve("x"))) {
            exported = files.collect(Collectors.toList());
        }
        assertEquals(1, exported.size(), exported.toString());
        MainTest.Run diff = new MainTest.Run("rubric", "diff", "beihai-2015/county", exported.get(0).toString());
        assertEquals(0, diff.exit, diff.toString());
        assertTrue(diff.out.contains("新增条目（1 条）") && diff.out.contains(TITLE), diff.out);

        MainTest.Run second = new MainTest.Run(add(store));
        assertEquals(0, second.exit, second.toString());
        assertTrue(second.out.contains("+临时部署-1 → ") && second.out.contains("+临时部署-2"), "a second amendment builds on the first: " + second.out);
    }

    @Test
    void aKindThatIsNotOneIsRefusedNamingTheKinds(@TempDir Path dir) throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        String[] args = add(store);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("县（区）")) {
                args[i] = "县区";
            }
        }
        MainTest.Run r = new MainTest.Run(args);
        assertTrue(r.exit != 0, r.toString());
        assertTrue((r.out + r.err).contains("--kind expects a kind of unit") && (r.out + r.err).contains("县（区） (COUNTY_DISTRICT)"), r.toString());
    }
}
