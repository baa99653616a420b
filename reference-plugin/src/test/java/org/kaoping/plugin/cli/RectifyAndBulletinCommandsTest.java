package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.bulletin.Bulletin;

/**
 * {@code kaoping rectify list|add|submit|verify --store DIR} and {@code kaoping bulletin} on a fresh journal store of the
 * Beihai sample city: an item added by the city office for 合浦县, refused when another unit submits, submitted by 合浦县,
 * verified; the bulletin reports it.
 */
class RectifyAndBulletinCommandsTest {
    static final String ITEM = "rectification:beihai/hepu:by-hand:1";

    @TempDir
    Path dir;
    Path store;

    @BeforeEach
    void addAnItem() throws IOException {
        store = Files.createDirectories(dir.resolve("store"));
        MainTest.Run add = new MainTest.Run("rectify", "add", "--store", store.toString(), "--actor", "示例考评员", "--unit", "beihai/office",
                "--for", "beihai/hepu", "--criterion", "2.1", "--finding", "普法台账缺失", "--due", "2099-03-31");
        assertEquals(0, add.exit, add.toString());
        assertTrue(add.out.startsWith("已交办整改事项：" + ITEM), add.toString());
    }

    MainTest.Run list() {
        return new MainTest.Run("rectify", "list", "--store", store.toString());
    }

    @Test
    @DisplayName("list shows the item with its unit by name, finding, due date in Chinese and status")
    void listShowsTheItem() {
        MainTest.Run r = list();
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("整改事项：共 1 项，未完成 1 项，其中逾期 0 项。"), r.toString());
        assertTrue(r.out.contains("合浦县（beihai/hepu）") && r.out.contains("普法台账缺失") && r.out.contains("2099年3月31日")
                && r.out.contains("待整改"), r.toString());
    }

    @Test
    @DisplayName("submit by another unit is refused in Chinese, exit 1, and nothing is recorded")
    void anotherUnitIsRefused() {
        MainTest.Run r = new MainTest.Run("rectify", "submit", "--store", store.toString(), "--actor", "银海区经办人", "--unit", "beihai/yinhai",
                "--item", ITEM, "--reference", "银整改1号");
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains("不予受理") && r.err.contains("未作任何记录") && r.err.contains("NOT_PERMITTED"), r.toString());
        assertTrue(list().out.contains("待整改"));
    }

    @Test
    @DisplayName("submit by the unit itself, then verify --accept by the city office: 已验收")
    void submitThenVerify() {
        MainTest.Run s = new MainTest.Run("rectify", "submit", "--store", store.toString(), "--actor", "合浦县经办人", "--unit", "beihai/hepu",
                "--item", ITEM, "--reference", "合整改〔2016〕1号", "--note", "已补建台账");
        assertEquals(0, s.exit, s.toString());
        MainTest.Run v = new MainTest.Run("rectify", "verify", "--store", store.toString(), "--actor", "示例考评员", "--unit", "beihai/office",
                "--item", ITEM, "--accept");
        assertEquals(0, v.exit, v.toString());
        assertTrue(list().out.contains("已验收") && list().out.contains("合整改〔2016〕1号"), list().toString());
    }

    @Test
    @DisplayName("verify needs exactly one of --accept and --reject: a usage error, exit 2")
    void verifyNeedsADecision() {
        MainTest.Run v = new MainTest.Run("rectify", "verify", "--store", store.toString(), "--actor", "示例考评员", "--unit", "beihai/office",
                "--item", ITEM);
        assertEquals(2, v.exit, v.toString());
    }

    @Test
    @DisplayName("bulletin writes the six documents; the .docx names the title, 示例数据 and the store's open item")
    void bulletin() throws IOException {
        Path evidence = Files.createDirectories(dir.resolve("evidence"));
        Path out = dir.resolve("out");
        MainTest.Run b = new MainTest.Run("bulletin", "--evidence", evidence.toString(), "--out", out.toString(), "--store", store.toString(),
                "--date", "2016-01-08");
        assertEquals(0, b.exit, b.toString());
        for (String f : new String[] {Bulletin.BULLETIN_HTML, Bulletin.BULLETIN_DOCX, Bulletin.COMMENDATION_HTML, Bulletin.COMMENDATION_DOCX,
            Bulletin.APPRAISAL_XLSX, Bulletin.APPRAISAL_CSV}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        String xml;
        try (ZipFile zip = new ZipFile(out.resolve(Bulletin.BULLETIN_DOCX).toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                bytes.write(buf, 0, n);
            }
            xml = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("北海市依法治市领导小组办公室关于2015年度创建全国法治城市工作考评结果的通报"), "title");
        assertTrue(xml.contains("示例数据") && xml.contains("普法台账缺失") && xml.contains("2016年1月8日"), "synthetic, the item, the date");
    }
}
