package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kaoping.testkit.contract.ContractEvidence.judgement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.journal.JournalDamage;
import org.kaoping.plugin.store.JournalAssessmentStore;

/** {@code kaoping audit verify} and {@code kaoping journal repair} on a journal store, as the office runs them. */
class AuditAndJournalCommandsTest {

    private static void threeRecords(Path dir) {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            store.submit(judgement("a", "hepu", "好"));
            store.submit(judgement("b", "hepu", "好"));
            store.submit(judgement("c", "hepu", "好"));
        }
    }

    @Test
    void verifySaysTheChainIsIntactWithTheCountAndExitsZero(@TempDir Path dir) {
        threeRecords(dir);
        MainTest.Run r = new MainTest.Run("audit", "verify", "--store", dir.toString());
        assertEquals(0, r.exit, r.toString());
        // three evidence records and the anchor of the snapshot written on close
        assertTrue(r.out.startsWith("审计链完整：共校验 4 条记录") && r.out.contains("（北京时间）"), r.toString());
    }

    @Test
    void aTamperedRecordIsNamedExitOneAndRepairMovesItAside(@TempDir Path dir) throws IOException {
        threeRecords(dir);
        Path file = dir.resolve("evidence.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int second = text.indexOf('\n') + 1;
        byte[] tampered = JournalDamage.flipDataByteAndRecomputeCrc(bytes, second, text.indexOf('\n', second));
        Files.write(file, tampered);

        MainTest.Run verify = new MainTest.Run("audit", "verify", "--store", dir.toString());
        assertEquals(1, verify.exit, verify.toString());
        assertTrue(verify.out.startsWith("审计链在 evidence.jsonl 第 2 行（序号 2，字节偏移 " + second + "）处断开")
                && verify.out.contains("hash chain broken") && verify.out.contains("此前共 1 条记录校验一致")
                && verify.out.contains("kaoping journal repair --store"), verify.toString());

        MainTest.Run repair = new MainTest.Run("journal", "repair", "--store", dir.toString());
        assertEquals(0, repair.exit, repair.toString());
        Matcher m = Pattern.compile("原样移至 (\\S+evidence\\.damaged-\\S+\\.jsonl)（未删除）").matcher(repair.out);
        assertTrue(m.find() && repair.out.contains("保留 1 条记录（清单此前确认 3 条）"), repair.toString());
        assertArrayEquals(Arrays.copyOfRange(tampered, second, tampered.length), Files.readAllBytes(Paths.get(m.group(1))));

        MainTest.Run again = new MainTest.Run("audit", "verify", "--store", dir.toString());
        assertEquals(0, again.exit, again.toString());
        assertTrue(again.out.startsWith("审计链完整：共校验 2 条记录"), again.toString()); // and the anchor
        MainTest.Run nothing = new MainTest.Run("journal", "repair", "--store", dir.toString());
        assertTrue(nothing.exit == 0 && nothing.out.startsWith("考评存储完好，无需修复"), nothing.toString());
    }

    @Test
    void repairRefusesAStoreThatIsOpen(@TempDir Path dir) {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
            store.submit(judgement("a", "hepu", "好"));
            MainTest.Run r = new MainTest.Run("journal", "repair", "--store", dir.toString());
            assertEquals(1, r.exit, r.toString());
            assertTrue(r.out.startsWith("无法修复：考评存储正被其他程序打开"), r.toString());
        }
    }
}
