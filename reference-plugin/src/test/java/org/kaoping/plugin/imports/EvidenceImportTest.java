package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.spi.EvidenceBatch;

class EvidenceImportTest {
    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");

    static final String METRIC_HEADER_ZH = "编号,单位编码,指标,期间,来源,填报人,填报时间,数值,计量单位,基数\r\n";

    static String metricRow(int n, String value) {
        return "m-" + n + ",beihai/hepu,普法考试参考率,2015-0" + (1 + n % 9) + ",业务系统,合浦县司法局,2015-03-20 09:30," + value + ",人,500\r\n";
    }

    @TempDir
    Path dir;

    @Test
    void aGb18030FileWithOneBadRowNamesFileLineAndColumnAndImportsNothingWhileAGoodFileBesideItImports() throws Exception {
        StringBuilder bad = new StringBuilder(METRIC_HEADER_ZH);
        for (int i = 1; i <= 5; i++) {
            bad.append(metricRow(i, i == 4 ? "四百九十" : "490"));
        }
        Files.write(dir.resolve("指标值_2015年.csv"), bad.toString().getBytes(GB18030));
        Files.write(dir.resolve("judgement-2015.csv"), ("id,unit_id,key,period,source,step,author,author_unit_id,recorded_at,level\n"
                + "j-1,beihai/hepu,2.1,2015,PANEL,COMPREHENSIVE_EVALUATION,rater-1,beihai/justice,2015-12-10,较好\n")
                .getBytes(StandardCharsets.UTF_8));

        FolderImport all = FolderEvidenceSource.of(dir).readAll();

        assertEquals(1, all.refused().size(), all.toString());
        ParsedFile refused = all.refused().get(0);
        assertEquals("指标值_2015年.csv", refused.file());
        assertTrue(refused.evidence().isEmpty(), "nothing from the bad file");
        assertEquals(GB18030, refused.charset(), "detected: not valid UTF-8, so GB18030");
        assertEquals(1, refused.problems().size(), refused.problems().toString());
        ImportProblem p = refused.problems().get(0);
        assertEquals(5, p.line(), "header is line 1, the fourth data row line 5");
        assertEquals(8, p.column(), "数值 is the eighth column");
        assertEquals("数值", p.header());
        assertTrue(p.message().contains("四百九十"), p.message());
        assertTrue(p.toString().startsWith("指标值_2015年.csv, line 5, column 8 (数值): expected a non-negative decimal number"), p.toString());

        assertEquals(1, all.evidence().size(), "the good file imports");
        Judgement j = (Judgement) all.evidence().get(0);
        assertEquals("较好", j.level());
        assertEquals(Optional.of(ReviewStep.COMPREHENSIVE_EVALUATION), j.step());
        assertEquals(Optional.of("beihai/justice"), j.authorUnitId());

        // The same through the SPI: the good file's evidence comes back; the refused file is reported, not consumed.
        List<EvidenceCsvFormatException> reported = new ArrayList<>();
        FolderEvidenceSource source = FolderEvidenceSource.builder(dir).onRefused(reported::add).build();
        EvidenceBatch b = source.fetch("", 100);
        assertEquals(1, b.evidence().size());
        assertEquals("j-1", b.evidence().get(0).id());
        assertEquals(1, reported.size());
        assertTrue(reported.get(0).getMessage().contains("指标值_2015年.csv, line 5, column 8 (数值)"), reported.get(0).getMessage());

        // Strict mode refuses the fetch as a whole.
        EvidenceCsvFormatException e = assertThrows(EvidenceCsvFormatException.class,
                () -> FolderEvidenceSource.builder(dir).failOnBadFile(true).build().fetch("", 100));
        assertTrue(e.getMessage().contains("nothing imported"), e.getMessage());

        // Once corrected, the next fetch from the same cursor imports it: the cursor marked the refused file, so the
        // folder is read again from its first file, says so in the batch's note, and the good file's record comes
        // again (the runtime counts it as already stored).
        Files.write(dir.resolve("指标值_2015年.csv"), bad.toString().replace("四百九十", "490").getBytes(GB18030));
        EvidenceBatch next = source.fetch(b.nextCursor(), 100);
        assertEquals(1, next.evidence().size(), "read again one whole file a batch");
        assertEquals("j-1", next.evidence().get(0).id(), "judgement-2015.csv comes first by name, read again");
        assertTrue(next.note().contains("read again from its first file"), next.note());
        next = source.fetch(next.nextCursor(), 100);
        assertEquals(5, next.evidence().size());
        assertEquals("m-4", next.evidence().get(3).id());
        assertEquals(new BigDecimal("490"), ((MetricValue) next.evidence().get(3)).value());
        assertEquals(1, reported.size(), "nothing refused any more");
        assertTrue(source.fetch(next.nextCursor(), 100).evidence().isEmpty(), "everything consumed");
    }

    @Test
    void everyBadCellOfAFileIsListedInLineOrder() {
        String csv = METRIC_HEADER_ZH + metricRow(1, "-3") + metricRow(2, "490").replace("2015-03-20 09:30", "2015-02-30")
                + metricRow(3, "600");
        ParsedFile f = EvidenceCsv.read("metric_value.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        assertFalse(f.isOk());
        assertEquals(3, f.problems().size(), f.problems().toString());
        assertEquals(2, f.problems().get(0).line());
        assertEquals("数值", f.problems().get(0).header());
        assertEquals(3, f.problems().get(1).line());
        assertEquals("填报时间", f.problems().get(1).header());
        assertEquals(4, f.problems().get(2).line());
        assertTrue(f.problems().get(2).message().contains("exceeds its base 500"), f.problems().get(2).message());
        assertTrue(f.evidence().isEmpty());
    }

    @Test
    void charsetDetectionBomNoBomAndGbk() {
        String csv = METRIC_HEADER_ZH + metricRow(1, "490");
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] gbk = csv.getBytes(GBK);

        ParsedFile withBom = EvidenceCsv.read("metric_value-a.csv", bom, null);
        ParsedFile noBom = EvidenceCsv.read("metric_value-a.csv", utf8, null);
        ParsedFile asGbk = EvidenceCsv.read("metric_value-a.csv", gbk, null);
        ParsedFile declaredGbk = EvidenceCsv.read("metric_value-a.csv", gbk, GBK);
        ParsedFile bomBeatsDeclaration = EvidenceCsv.read("metric_value-a.csv", bom, GBK);

        assertEquals(StandardCharsets.UTF_8, withBom.charset());
        assertEquals(StandardCharsets.UTF_8, noBom.charset());
        assertEquals(GB18030, asGbk.charset());
        assertEquals(GBK, declaredGbk.charset());
        assertEquals(StandardCharsets.UTF_8, bomBeatsDeclaration.charset());
        for (ParsedFile f : new ParsedFile[] {withBom, noBom, asGbk, declaredGbk, bomBeatsDeclaration}) {
            assertTrue(f.isOk(), f.problems().toString());
            assertEquals(noBom.evidence(), f.evidence(), "same evidence whatever the encoding (BOM not in the first header)");
            assertEquals("普法考试参考率", f.evidence().get(0).key());
            assertEquals("合浦县司法局", f.evidence().get(0).author());
        }

        ParsedFile wrongDeclaration = EvidenceCsv.read("metric_value-a.csv", gbk, StandardCharsets.UTF_8);
        assertFalse(wrongDeclaration.isOk());
        assertTrue(wrongDeclaration.problems().get(0).message().contains("not valid UTF-8"), wrongDeclaration.problems().toString());

        byte[] utf16 = csv.getBytes(StandardCharsets.UTF_16LE);
        byte[] withUtf16Bom = new byte[utf16.length + 2];
        withUtf16Bom[0] = (byte) 0xFF;
        withUtf16Bom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withUtf16Bom, 2, utf16.length);
        assertTrue(EvidenceCsv.read("x.csv", withUtf16Bom, null).problems().get(0).message().contains("UTF-16"));
    }

    @Test
    void chineseAndEnglishHeadersAndAliasesReadTheSameEvidence() {
        String zh = "证据类型,编号,单位编码,指标,期间,来源,环节,评分人,填报人单位,录入时间,要求序号,是否达标,佐证材料\n"
                + "达标情况,t-1,beihai/court,1.1,2015年12月,考核小组,查阅档案资料,张三,beihai/office,2015/12/10 14:05,２,是,d-1、d-2\n";
        String en = "Kind,ID,Unit ID,key,period,source,review-step,rater,author_unit_id,submitted_at,requirement,met,document_ids,备注\n"
                + "checklist_tick,t-1,beihai/court,1.1,2015-12,PANEL,REVIEW_ARCHIVES,张三,beihai/office,2015-12-10T06:05:00Z,2,true,d-1;d-2,随便\n";
        ParsedFile a = EvidenceCsv.read("a.csv", zh.getBytes(StandardCharsets.UTF_8), null);
        ParsedFile b = EvidenceCsv.read("b.csv", en.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(a.isOk(), a.problems().toString());
        assertTrue(b.isOk(), b.problems().toString());
        assertEquals(a.evidence(), b.evidence());
        ChecklistTick t = (ChecklistTick) a.evidence().get(0);
        assertEquals(2, t.requirement(), "full-width digit read");
        assertTrue(t.met());
        assertEquals(ReportingPeriod.month(2015, 12), t.period());
        assertEquals(SourceKind.PANEL, t.source());
        assertEquals(Instant.parse("2015-12-10T06:05:00Z"), t.recordedAt(), "local time is Asia/Shanghai");
        assertEquals(2, t.documentIds().size());
        assertEquals(1, b.ignoredColumns().size());
        assertEquals("备注", b.ignoredColumns().get(0));
    }

    @Test
    void selfReportsNeedNoKeyOrSourceAndQuotedFieldsMaySpanLines() {
        String csv = "编号,单位编码,期间,填报人,填报时间,报告类型,内容\n"
                + "r-1,beihai/yinhai,2015,银海区依法治理办,2015-11-28 17:00,年报,\"组织建设、经费保障\n措施办法、创建效果\"\n"
                + "r-2,beihai/yinhai,2015-13,银海区依法治理办,2015-11-28 17:00,月报,\n";
        ParsedFile f = EvidenceCsv.read("自查报告-2015.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, f.problems().size(), f.problems().toString());
        ImportProblem p = f.problems().get(0);
        assertEquals(4, p.line(), "the quoted line break moves the next row to line 4");
        assertEquals(3, p.column());
        assertEquals("期间", p.header());

        ParsedFile ok = EvidenceCsv.read("自查报告-2015.csv", csv.substring(0, csv.indexOf("r-2")).getBytes(StandardCharsets.UTF_8), null);
        SelfReport r = (SelfReport) ok.evidence().get(0);
        assertEquals(SelfReport.Type.ANNUAL, r.type());
        assertEquals(SourceKind.SELF, r.source());
        assertEquals(4, r.topics().size(), r.topics().toString());
    }

    @Test
    void missingColumnsUnknownKindAndDuplicateIdsAreNamed() {
        ParsedFile noKind = EvidenceCsv.read("export.csv", "编号,单位编码\nx,y\n".getBytes(StandardCharsets.UTF_8), null);
        assertTrue(noKind.problems().get(0).message().contains("证据类型/kind"), noKind.problems().toString());

        ParsedFile missing = EvidenceCsv.read("judgement.csv",
                "id,unit_id,key,period,source,author,recorded_at\nj,u,1.1,2015,PANEL,a,2015-12-01\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, missing.problems().size(), missing.problems().toString());
        assertTrue(missing.problems().get(0).message().startsWith("no column 等次/level"), missing.problems().toString());

        ParsedFile dup = EvidenceCsv.read("judgement.csv", ("id,unit_id,key,period,source,author,recorded_at,level\n"
                + "j,u,1.1,2015,PANEL,a,2015-12-01,好\nj,u,1.1,2015,PANEL,a,2015-12-01,差\n").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, dup.problems().size(), dup.problems().toString());
        assertEquals(3, dup.problems().get(0).line());
        assertTrue(dup.problems().get(0).message().contains("already used on line 2"), dup.problems().toString());

        ParsedFile unclosed = EvidenceCsv.read("judgement.csv", ("id,unit_id,key,period,source,author,recorded_at,level\n"
                + "j,u,1.1,2015,PANEL,a,2015-12-01,\"好\n").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(2, unclosed.problems().get(0).line());
        assertEquals(8, unclosed.problems().get(0).column());
    }

    @Test
    void fetchPagesThroughFilesWithAStableCursor() throws Exception {
        for (int f = 1; f <= 3; f++) {
            StringBuilder csv = new StringBuilder(METRIC_HEADER_ZH);
            for (int i = 1; i <= 4; i++) {
                csv.append(metricRow(f * 10 + i, "490"));
            }
            Files.write(dir.resolve("metric_value-" + f + ".csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("notes.txt"), "not evidence".getBytes(StandardCharsets.UTF_8));
        FolderEvidenceSource s = FolderEvidenceSource.of(dir);
        List<String> ids = new ArrayList<>();
        String cursor = "";
        int batches = 0;
        EvidenceBatch b;
        do {
            b = s.fetch(cursor, 5);
            assertTrue(b.evidence().size() <= 5);
            for (Evidence e : b.evidence()) {
                ids.add(e.id());
            }
            assertEquals(b, s.fetch(cursor, 5), "the same cursor yields the same batch");
            cursor = b.nextCursor();
            batches++;
        } while (b.hasMore());
        assertEquals(12, ids.size(), ids.toString());
        assertEquals(12, new java.util.HashSet<>(ids).size(), "no item twice");
        assertEquals(3, batches);
        assertTrue(s.fetch(cursor, 5).evidence().isEmpty());
        assertThrows(org.kaoping.core.KaopingException.class, () -> s.fetch("garbage", 5));
    }
}
