package org.kaoping.examples.oa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.Providers;
import org.kaoping.testkit.evidence.EvidenceSets;
import org.kaoping.testkit.org.OrgTrees;

/** What the contract kits cannot know: the OA format itself, its encoding, its values and its error messages. */
class OaExportTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("every fixture is valid GB18030 and not valid UTF-8")
    void fixturesAreGb18030() throws IOException {
        int files = 0;
        for (String folder : new String[] {"export", "run-20160110"}) {
            try (DirectoryStream<Path> csv = Files.newDirectoryStream(OaFixtures.resource(folder), "*.csv")) {
                for (Path f : csv) {
                    byte[] bytes = Files.readAllBytes(f);
                    String text = OaFixtures.GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                    assertTrue(text.startsWith("记录编号,") || text.startsWith("单位编码,"), f + " starts with its header");
                    assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)), f + " is not UTF-8");
                    files++;
                }
            }
        }
        assertEquals(6, files);
    }

    @Test
    @DisplayName("the directory reads Chinese unit types, short forms, quoted names and lead departments")
    void directoryReadsUnits() {
        List<OrgUnit> units = new OaOrgDirectory(OaFixtures.export(dir)).units();
        assertEquals(11, units.size());
        OrgTree tree = OrgTree.of(units);
        assertEquals(OrgUnit.of("450502", "海城区", OrgKind.COUNTY_DISTRICT, "450500"), tree.unit("450502"));
        assertEquals(OrgKind.COUNTY_DISTRICT, tree.unit("450503").kind(), "区 is a county or district");
        assertEquals(OrgKind.ENTERPRISE_INSTITUTION, tree.unit("450521-YZ").kind(), "事业单位");
        assertEquals("合浦县第一中学,高中部", tree.unit("450521-YZ").name());
        assertEquals(Optional.of("450500-CZJ"), tree.unit("450500-GWJT").leadDepartmentId());
        assertEquals("450502", tree.countyOf("450502001001").get().id());
    }

    @Test
    @DisplayName("the source reads each column into the evidence value, in file order")
    void sourceReadsValues() {
        List<Evidence> all = new OaEvidenceSource(OaFixtures.export(dir)).fetch(EvidenceSource.START, 100).evidence();
        List<String> ids = new ArrayList<>();
        for (Evidence e : all) {
            ids.add(e.id());
        }
        assertEquals(java.util.Arrays.asList("ZB2015-0001", "ZB2015-0002", "ZB2015-0003", "ZB2015-0004", "SJ2015-0001",
                "CL2015-0001", "CL2015-0002", "PF2015-0001", "PF2015-0002", "PF2015-0003"), ids);
        MetricValue hours = (MetricValue) all.get(1);
        assertEquals(new BigDecimal("42.5"), hours.value());
        assertEquals("学时", hours.unit());
        assertEquals(SourceKind.SELF, hours.source());
        assertEquals(Instant.parse("2015-12-21T01:30:00Z"), hours.recordedAt(), "09:30 China Standard Time");
        assertEquals(Optional.of(new BigDecimal("100")), ((MetricValue) all.get(2)).outOf());
        MetricValue slashes = (MetricValue) all.get(3);
        assertEquals(ReportingPeriod.year(2015), slashes.period(), "2015年");
        assertEquals(Instant.parse("2015-12-22T07:00:00Z"), slashes.recordedAt(), "2015/12/22 15:00");
        Incident incident = (Incident) all.get(4);
        assertEquals(IncidentSeverity.GENERAL, incident.severity());
        assertEquals("《关于加强城市管理的若干规定》第五条与上位法相抵触，已撤销", incident.description());
        DocumentRef photo = (DocumentRef) all.get(6);
        assertEquals(DocumentRef.Media.IMAGE, photo.media());
        assertEquals(photo.sha256().toLowerCase(java.util.Locale.ROOT), photo.sha256(), "uppercase digests are lowercased");
        Judgement third = (Judgement) all.get(9);
        assertEquals(Optional.of("部分制度未及时修订，建议\"立改废\"同步"), third.comment());
        assertEquals(Optional.of("450500-CZJ"), third.authorUnitId());
        assertEquals(Optional.empty(), ((Judgement) all.get(8)).comment(), "a blank optional column is absent");
    }

    @Test
    @DisplayName("the fixture scores on the Beihai county standard: 海城区's judgements and training, 银海区's incident")
    void scoresOnBeihaiCounty() {
        Rubric county = Beihai2015.county();
        Scorer scorer = Scorer.of(AssessmentPlan.builder().id("beihai-2015").year(2015)
                .putRubric(OrgKind.COUNTY_DISTRICT, county).build());
        OaFixtures.export(dir);
        OrgTree tree = OrgTree.of(new OaOrgDirectory(dir).units());
        EvidenceIndex index = EvidenceIndex.of(new OaEvidenceSource(dir).fetch(EvidenceSource.START, 100).evidence());
        Scorecard haicheng = scorer.score(tree.unit("450502"), index);
        assertEquals(Points.parse("0.87"), haicheng.awarded("2.1"), "mean of 好, 较好, 较好 on a 1-point item");
        assertEquals(county.criterion("3.1").points(), haicheng.awarded("3.1"), "3 sessions ≥ 2");
        Scorecard yinhai = scorer.score(tree.unit("450503"), index);
        assertEquals(Points.ZERO, yinhai.awarded("3.1"), "1 session < 2");
        assertEquals(Points.ZERO, yinhai.awarded("2.5"), "a conflicting normative document");
    }

    @Test
    @DisplayName("errors name the file, the line and the column, quote the value and say what was expected")
    void errorsNameFileLineAndColumn() throws IOException {
        Path units = dir.resolve("units.csv");
        OaFixtures.write(units, "单位编码,单位名称,单位类型,上级单位编码,牵头部门编码", "450500,北海市,市,,", "450502,海城区,县区办,450500,");
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 3, 3,
                "units.csv line 3, column 3 (单位类型): unknown unit type [县区办]; expected one of [市, 县（区）");
        OaFixtures.write(units, "单位编码,单位名称,单位类型,上级单位编码,牵头部门编码", "450500,北海市,市,,", "450502,海城区,区,450599,");
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 3, 4,
                "units.csv line 3, column 4 (上级单位编码): unit [450599] is not in units.csv");
        OaFixtures.write(units, "单位编码,单位名称,单位类型,上级单位编码,牵头部门编码", "450500,北海市,市,,", "450500,海城区,区,,");
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 3, 1,
                "units.csv line 3, column 1 (单位编码): unit code [450500] is already used on line 2");
        OaFixtures.write(units, "单位编码,单位名称,单位类型,上级单位编码", "450500,北海市,市,");
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 1, 0,
                "units.csv line 1: missing column [牵头部门编码]; the header is [单位编码, 单位名称, 单位类型, 上级单位编码]");
        OaFixtures.write(units, "单位编码,单位名称,单位类型,上级单位编码,牵头部门编码", "450500,\"北海市,市,,");
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 2, 2,
                "units.csv line 2, column 2: the quoted field opened here is never closed; expected a closing double quote (\")");
        OaFixtures.write(units, "单位编码,单位名称,单位类型,上级单位编码,牵头部门编码", "450500,北海市,市,");
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 2, 0,
                "units.csv line 2: 4 field(s), but the header has 5");

        String header = "记录编号,单位编码,指标,期间,来源,数值,单位,填报人,填报时间";
        Path metrics = OaFixtures.write(dir.resolve("20151231-metrics.csv"), header,
                "ZB1,450502,law-study-hours,2015,自查,40,学时,王芳,2015-12-21 09:30:00",
                "ZB2,450502,law-study-hours,2015,自查,四十,学时,王芳,2015-12-21 09:30:00");
        EvidenceSource source = new OaEvidenceSource(dir);
        assertError(() -> source.fetch(EvidenceSource.START, 1), "20151231-metrics.csv", 3, 6,
                "20151231-metrics.csv line 3, column 6 (数值): [四十] is not a number");
        OaFixtures.write(metrics, header, "ZB1,450502,law-study-hours,2015-13,自查,40,学时,王芳,2015-12-21 09:30:00");
        assertError(() -> source.fetch(EvidenceSource.START, 1), "20151231-metrics.csv", 2, 4,
                "20151231-metrics.csv line 2, column 4 (期间): [2015-13] is not a period: month must lie between 1 and 12");
        OaFixtures.write(metrics, header, "ZB1,450502,law-study-hours,2015,领导,40,学时,王芳,2015-12-21");
        assertError(() -> source.fetch(EvidenceSource.START, 1), "20151231-metrics.csv", 2, 5,
                "20151231-metrics.csv line 2, column 5 (来源): unknown source [领导]; expected one of 自查");
        OaFixtures.write(metrics, header, "ZB1,450502,law-study-hours,2015,自查,40,学时,王芳,2015年12月21日");
        assertError(() -> source.fetch(EvidenceSource.START, 1), "20151231-metrics.csv", 2, 9,
                "20151231-metrics.csv line 2, column 9 (填报时间): [2015年12月21日] is not a time");
        OaFixtures.write(metrics, header + ",基数", "ZB1,450502,rate,2015,自查,51,人,王芳,2015-12-21 09:30,50");
        assertError(() -> source.fetch(EvidenceSource.START, 1), "20151231-metrics.csv", 2, 6,
                "20151231-metrics.csv line 2, column 6 (数值): [51] exceeds its base 基数 50");
        OaFixtures.write(metrics, header, "ZB1,450502,law-study-hours,2015,自查,40,学时,王芳,2015-12-21 09:30:00");
        OaFixtures.write(dir.resolve("20160110-metrics.csv"), header, "ZB1,450503,law-study-hours,2015,自查,1,学时,张伟,2016-01-10 09:00");
        assertError(() -> source.fetch(EvidenceSource.START, 1), "20160110-metrics.csv", 2, 1,
                "20160110-metrics.csv line 2, column 1 (记录编号): record [ZB1] is already in 20151231-metrics.csv line 2;");
        Files.delete(dir.resolve("20160110-metrics.csv"));

        OaFixtures.write(dir.resolve("20151231-documents.csv"), "记录编号,单位编码,考评项,期间,标题,类型,地址,SHA256,来源,填报人,填报时间",
                "CL1,450502,2.1,2015,汇编,文字,oa://1,abc123,自查,王芳,2015-11-30 16:00");
        assertError(() -> source.fetch(EvidenceSource.START, 1), "20151231-documents.csv", 2, 8,
                "20151231-documents.csv line 2, column 8 (SHA256): [abc123] is not a SHA-256 digest; expected 64 hexadecimal digits");
    }

    @Test
    @DisplayName("a UTF-8 file, with or without a byte-order mark, and bytes that are not GB18030 are refused by line")
    void wrongEncodingIsNamed() throws IOException {
        String text = "单位编码,单位名称,单位类型,上级单位编码,牵头部门编码\r\n450500,北海市,市,,\r\n";
        Path units = dir.resolve("units.csv");
        Files.write(units, text.getBytes(StandardCharsets.UTF_8));
        OaCsvFormatException e = assertThrows(OaCsvFormatException.class, () -> new OaOrgDirectory(dir).units());
        assertTrue(e.getMessage().startsWith("units.csv line 2: byte 16 of the line is not valid GB18030;"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the file is UTF-8, but the OA export is GB18030 (re-export it, or convert it "
                + "with iconv -f UTF-8 -t GB18030)"), e.getMessage());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(units, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 1, 0,
                "units.csv line 1: starts with a UTF-8 byte-order mark; the OA export is GB18030");
        byte[] good = text.getBytes(OaFixtures.GB18030);
        Files.write(units, concat(good, new byte[] {'4', '5', (byte) 0x81, ',', 'x', '\r', '\n'}));
        assertError(() -> new OaOrgDirectory(dir).units(), "units.csv", 3, 0,
                "units.csv line 3: byte 3 of the line is not valid GB18030; the OA export is GB18030");
    }

    @Test
    @DisplayName("discovery finds both providers through META-INF/services, reading the folder from the system property")
    void discovery() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("cp/META-INF/services"));
        Files.write(classes.resolve(OrgDirectory.class.getName()), OaOrgDirectory.class.getName().getBytes(StandardCharsets.UTF_8));
        Files.write(classes.resolve(EvidenceSource.class.getName()), OaEvidenceSource.class.getName().getBytes(StandardCharsets.UTF_8));
        Path export = OaFixtures.export(Files.createDirectories(dir.resolve("export")));
        String before = System.getProperty(OaExport.DIRECTORY_PROPERTY);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()}, getClass().getClassLoader())) {
            System.clearProperty(OaExport.DIRECTORY_PROPERTY);
            Providers<OrgDirectory> none = Providers.discover(OrgDirectory.class, loader);
            assertFalse(none.find("oa-export").isPresent());
            assertTrue(none.failures().get(0).toString().contains("-Dkaoping.oa.export.dir: is not set"), none.summary());

            System.setProperty(OaExport.DIRECTORY_PROPERTY, export.toString());
            OrgDirectory directory = Providers.discover(OrgDirectory.class, loader).find("oa-export").get();
            assertEquals(11, directory.units().size());
            EvidenceSource source = Providers.discover(EvidenceSource.class, loader).find("oa-export").get();
            assertEquals(10, source.priority());
            assertEquals(10, source.fetch(EvidenceSource.START, 100).evidence().size());
        } finally {
            if (before == null) {
                System.clearProperty(OaExport.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(OaExport.DIRECTORY_PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName("property: generated evidence written as an OA export reads back equal, in the order written")
    void generatedEvidenceRoundTrips() {
        EnumSet<EvidenceKind> exported = EnumSet.of(EvidenceKind.METRIC_VALUE, EvidenceKind.INCIDENT, EvidenceKind.DOCUMENT,
                EvidenceKind.JUDGEMENT);
        EvidenceSets sets = EvidenceSets.forRubric(Beihai2015.county()).incidentPercent(30);
        qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
            List<Evidence> written = new ArrayList<>();
            for (Evidence e : sets.tree(OrgTrees.defaults().counties(1, 2).generate(seed)).generate(seed)) {
                if (exported.contains(e.kind())) {
                    written.add(e);
                }
            }
            try {
                Path run = Files.createTempDirectory(dir, "run");
                OaExportWriter.write(run, "20151231", written);
                List<Evidence> expected = new ArrayList<>();
                for (EvidenceKind kind : new EvidenceKind[] {EvidenceKind.METRIC_VALUE, EvidenceKind.INCIDENT,
                    EvidenceKind.DOCUMENT, EvidenceKind.JUDGEMENT}) {
                    for (Evidence e : written) {
                        if (e.kind() == kind) {
                            expected.add(e);
                        }
                    }
                }
                assertEquals(expected, EvidenceSourceReads.all(new OaEvidenceSource(run)), "seed " + seed + "L");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void assertError(Executable call, String file, int line, int column, String messageStart) {
        OaCsvFormatException e = assertThrows(OaCsvFormatException.class, call);
        assertTrue(e.getMessage().startsWith(messageStart), "message: " + e.getMessage());
        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Reads a source to its end in pages of 50. */
    private static final class EvidenceSourceReads {
        static List<Evidence> all(EvidenceSource source) {
            List<Evidence> out = new ArrayList<>();
            String cursor = EvidenceSource.START;
            while (true) {
                org.kaoping.spi.EvidenceBatch b = source.fetch(cursor, 50);
                out.addAll(b.evidence());
                if (!b.hasMore()) {
                    return out;
                }
                cursor = b.nextCursor();
            }
        }
    }
}
