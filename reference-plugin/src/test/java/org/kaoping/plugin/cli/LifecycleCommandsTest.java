package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.report.Reports;

/**
 * Issue 15, item 7 (the part of items 1 to 3): {@code cycle}, {@code appeal} and {@code verify-result} on the journal store of
 * {@code kaoping demo}, which ends with the cycle final after one upheld and one rejected appeal.
 */
class LifecycleCommandsTest {
    @TempDir
    static Path demoDir;

    static MainTest.Run demo;

    static String store() {
        return demoDir.resolve("store").toString();
    }

    @BeforeAll
    static void runDemo() {
        demo = new MainTest.Run("demo", "--out", demoDir.toString());
        assertEquals(0, demo.exit, demo.toString());
    }

    @Test
    void theDemoPrintsAndReportsItsAppeals() throws Exception {
        assertTrue(demo.out.contains("公示与申诉：结果于 2016年1月11日 起公示 5 个工作日"), demo.out);
        assertTrue(demo.out.contains("银海区 就第 1.1 项申诉") && demo.out.contains("复核成立"), demo.out);
        assertTrue(demo.out.contains("合浦县 就第") && demo.out.contains("驳回"), demo.out);
        String html = new String(Files.readAllBytes(demoDir.resolve(Reports.HTML)), "UTF-8");
        assertTrue(html.contains("<section class=\"appeals\" id=\"appeals\">"), "the HTML report has the appeals section");
        assertTrue(html.contains("银海区 总分 82.99 → 84.32"), "the upheld appeal's result change is shown");
        assertTrue(html.indexOf("id=\"appeals\"") < html.indexOf("</main>"));
    }

    @Test
    void cycleStatusSaysFinalWithTheWindowAndTheAppeals() {
        MainTest.Run r = new MainTest.Run("cycle", "status", "--store", store());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("考评方案 beihai-2015-demo：已定稿（2016年1月18日 09:00 起，北京时间）"), r.out);
        assertTrue(r.out.contains("公示期：2016年1月11日 09:00 至 2016年1月15日 24:00"), r.out);
        assertTrue(r.out.contains("申诉：2 件，其中待复核 0 件"), r.out);
    }

    @Test
    void appealListShowsBothDecisions() {
        MainTest.Run r = new MainTest.Run("appeal", "list", "--store", store());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("申诉共 2 件"), r.out);
        assertTrue(r.out.contains("appeal:beihai-2015-demo:beihai/yinhai:1　银海区（beihai/yinhai）　复核成立"), r.out);
        assertTrue(r.out.contains("合浦县（beihai/hepu）　驳回"), r.out);
    }

    @Test
    void verifyResultReDerivesTheFinalResult() {
        MainTest.Run r = new MainTest.Run("verify-result", "--store", store());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("核验一致：定稿结果（48 个单位"), r.out);
    }

    @Test
    void anAppealAfterFinalizingIsRefusedInChinese() {
        MainTest.Run r = new MainTest.Run("appeal", "file", "--store", store(), "--actor", "联络员", "--unit", "beihai/hepu",
                "--criterion", "1.1", "--reason", "晚了");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.out.startsWith("未受理：提出申诉。当前状态：已定稿。"), r.out);
    }

    @Test
    void theCityOfficeReopensPublishesAgainAndFinalizesAfterTheWindow(@TempDir Path copy) throws Exception {
        try (Stream<Path> files = Files.list(demoDir.resolve("store"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        String s = copy.toString();
        MainTest.Run notOffice = new MainTest.Run("cycle", "reopen", "--store", s, "--actor", "x", "--reason", "复查");
        assertEquals(0, notOffice.exit, notOffice.toString());
        assertTrue(notOffice.out.contains("：采集中"), notOffice.out);
        MainTest.Run publish = new MainTest.Run("cycle", "publish", "--store", s, "--actor", "王主任", "--at", "2016-02-01 09:00");
        assertTrue(publish.out.contains("公示期：2016年2月1日 09:00 至 2016年2月5日 24:00"), publish.toString());
        MainTest.Run file = new MainTest.Run("appeal", "file", "--store", s, "--actor", "联络员", "--unit", "beihai/hepu", "--criterion",
                "1.1", "--reason", "再议", "--at", "2016-02-02 10:00");
        assertEquals(0, file.exit, file.toString());
        assertTrue(file.out.contains("待复核"), file.out);
        MainTest.Run early = new MainTest.Run("cycle", "finalize", "--store", s, "--actor", "王主任", "--at", "2016-02-08 09:00");
        assertEquals(1, early.exit, early.toString());
        assertTrue(early.out.contains("open"), "an open appeal blocks finalizing: " + early.out);
        MainTest.Run reject = new MainTest.Run("appeal", "decide", "--store", s, "--actor", "王主任", "--appeal",
                "appeal:beihai-2015-demo:beihai/hepu:2", "--reject", "--reason", "理由不成立", "--at", "2016-02-08 10:00");
        assertEquals(0, reject.exit, reject.toString());
        MainTest.Run done = new MainTest.Run("cycle", "finalize", "--store", s, "--actor", "王主任", "--at", "2016-02-08 11:00");
        assertEquals(0, done.exit, done.toString());
        assertTrue(done.out.contains("：已定稿（2016年2月8日 11:00"), done.out);
    }
}
