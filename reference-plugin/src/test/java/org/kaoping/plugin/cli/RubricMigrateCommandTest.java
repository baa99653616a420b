package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.org.OrgKind;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.migrate.RubricMigration;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanLocation;
import org.kaoping.plugin.plan.RubricChoice;
import org.kaoping.plugin.store.JournalAssessmentStore;

/**
 * Issue 16, item 6: {@code rubric migrate} carries the 2015 demo store's evidence on the party-mass standard over to its
 * 2016 sample (示例数据) through the sample mapping, and {@code rubric diff --mapping} shows the pairs.
 */
class RubricMigrateCommandTest {
    static final String A = "beihai-2015/party-mass";

    @TempDir
    static Path dir;

    static Path demoStore;
    static Path rubric2016;
    static Path mapping;
    static Path plan2016;

    @BeforeAll
    static void demoAndFiles() throws Exception {
        Path demo = dir.resolve("demo");
        MainTest.Run run = new MainTest.Run("demo", "--out", demo.toString());
        assertEquals(0, run.exit, run.toString());
        demoStore = demo.resolve("store");
        Path files = Files.createDirectories(dir.resolve("files"));
        rubric2016 = files.resolve("party-mass-2016-sample.json");
        Files.write(rubric2016, resource("party-mass-2016-sample.json"));
        mapping = files.resolve("party-mass-2015-to-2016.csv");
        Files.write(mapping, resource("party-mass-2015-to-2016.csv"));
        plan2016 = files.resolve("plan-2016.json");
        PlanJson.export(PlanDocument.builder("sample-2016", 2016)
                .rubric(RubricChoice.byFile(OrgKind.CITY_PARTY_MASS, "party-mass-2016-sample.json", null, PlanLocation.ofPath("test", "$")))
                .build(), plan2016);
    }

    static byte[] resource(String name) throws Exception {
        try (java.io.InputStream in = RubricMigrateCommandTest.class.getResourceAsStream("/org/kaoping/plugin/migrate/" + name)) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0;) {
                b.write(buf, 0, n);
            }
            return b.toByteArray();
        }
    }

    private static MainTest.Run migrate(Path store, String... more) {
        List<String> args = new ArrayList<>(Arrays.asList("rubric", "migrate", "--from", A, "--to", rubric2016.toString(),
                "--mapping", mapping.toString(), "--store", store.toString()));
        args.addAll(Arrays.asList(more));
        return new MainTest.Run(args.toArray(new String[0]));
    }

    @Test
    void aDryRunListsInChineseAndLeavesTheStoreByteIdentical() throws Exception {
        Path store = copyOf(demoStore, dir.resolve("dry"));
        Map<String, byte[]> before = files(store);
        MainTest.Run r = migrate(store, "--dry-run", "--year", "2016", "--records");
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.startsWith("示例数据"), r.toString());
        assertTrue(r.out.contains("标准结转（试运行，仅列出，未写入任何内容）：[beihai-2015/party-mass]"), r.toString());
        assertTrue(r.out.contains("  14 → 13："), r.toString());
        assertTrue(r.out.contains("  13：对应表声明不结转（2016年标准删除本项（示例数据））"), r.toString());
        assertTrue(r.out.contains("新标准中无来源的条目（1 项") && r.out.contains("  16：落实“谁执法谁普法”"), r.toString());
        assertTrue(r.out.contains("试运行：可结转 "), r.toString());
        assertTrue(r.out.contains("@2016（条目 13，2016 年）") && r.out.contains("：所属条目经对应表声明不结转"), "--records names each source record: " + r);
        assertSame(before, files(store));
    }

    @Test
    void aRunCarriesTheEvidenceAsNewRecordsOfTheNewYearThroughTheGate() throws Exception {
        Path store = copyOf(demoStore, dir.resolve("run"));
        List<Evidence> before = all(store);
        MainTest.Run r = migrate(store, "--plan", plan2016.toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("已结转：新增 "), r.toString());
        List<Evidence> after = all(store);
        int carried = 0;
        for (Evidence e : before) {
            if (e.period().year() == 2015 && e.key().equals("14") && isPartyMass(e) && carriedKind(e)) {
                Evidence c = find(after, RubricMigration.carriedId(e.id(), 2016));
                assertEquals("13", c.key(), "old item 14 is new item 13");
                assertEquals(2016, c.period().year());
                assertEquals(e.author(), c.author());
                assertEquals(e, find(after, e.id()), "the source record is unchanged");
                carried++;
            }
            if (e.period().year() == 2015 && e.key().equals("13") && isPartyMass(e)) {
                assertFalse(contains(after, RubricMigration.carriedId(e.id(), 2016)), "old item 13 was removed: not carried");
            }
        }
        assertTrue(carried > 0, "the demo has evidence on party-mass item 14: " + r);
        assertTrue(r.out.contains("  14 → 13：结转证据 " + carried + " 条"), r.toString());
        MainTest.Run again = migrate(store, "--plan", plan2016.toString());
        assertEquals(0, again.exit, again.toString());
        assertTrue(again.out.contains("已结转：新增 0 条"), "running again adds nothing: " + again);
        assertEquals(after.size(), all(store).size());
    }

    @Test
    void aMigrationTheGateRefusesStoresNothing() throws Exception {
        Path store = copyOf(demoStore, dir.resolve("refused"));
        Evidence one = null;
        for (Evidence e : all(store)) {
            if (one == null && e.period().year() == 2015 && e.key().equals("1") && isPartyMass(e) && carriedKind(e)) {
                one = e;
            }
        }
        assertTrue(one != null, "the demo has evidence on party-mass item 1");
        // a record already stored under one carried id, with other content: the gate's batch fails whole
        Evidence squatter = org.kaoping.core.evidence.DocumentRef.builder().id(RubricMigration.carriedId(one.id(), 2016)).unitId(one.unitId())
                .key("1").period(org.kaoping.core.evidence.ReportingPeriod.year(2016)).source(org.kaoping.core.evidence.SourceKind.HOST_SYSTEM)
                .author("测试").recordedAt(java.time.Instant.parse("2016-01-05T02:00:00Z")).title("另一份文件")
                .media(org.kaoping.core.evidence.DocumentRef.Media.TEXT).uri("file:///x.pdf")
                .sha256("0000000000000000000000000000000000000000000000000000000000000000").build();
        try (JournalAssessmentStore s = JournalAssessmentStore.open(store)) {
            s.submit(squatter);
        }
        int before = all(store).size();
        MainTest.Run r = migrate(store, "--plan", plan2016.toString());
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.out.contains("结转未完成：2016 年考评提交关口拒收，全部不写，未写入任何证据"), r.toString());
        assertEquals(before, all(store).size(), "nothing stored: " + r);
        for (Evidence e : all(store)) {
            assertFalse(e.id().endsWith("@2016") && !e.id().equals(squatter.id()), "no carried record stored: " + e.id());
        }
    }

    @Test
    void aRefusedMappingFileWritesNothingAndNamesTheLine() throws Exception {
        Path store = copyOf(demoStore, dir.resolve("bad-mapping"));
        Map<String, byte[]> before = files(store);
        Path bad = dir.resolve("files").resolve("bad.csv");
        Files.write(bad, "原条目编号,新条目编号\n1,1\n14,13\n15,13\n".getBytes(StandardCharsets.UTF_8));
        MainTest.Run r = new MainTest.Run("rubric", "migrate", "--from", A, "--to", rubric2016.toString(), "--mapping", bad.toString(),
                "--store", store.toString(), "--plan", plan2016.toString());
        assertEquals(1, r.exit, r.toString());
        assertTrue(r.err.contains(bad + ", line 4, column 2 (新条目编号)") && r.err.contains("many-to-one is refused"), r.toString());
        assertSame(before, files(store));
    }

    @Test
    void diffWithTheMappingShowsThePairs() {
        MainTest.Run r = new MainTest.Run("rubric", "diff", A, rubric2016.toString(), "--mapping", mapping.toString());
        assertEquals(0, r.exit, r.toString());
        assertTrue(r.out.contains("条目对应（对应表 " + mapping + "，17 对）："), r.toString());
        assertTrue(r.out.contains("  14 → 13（改号）：改号"), r.toString());
        assertTrue(r.out.contains("  13：对应表声明不结转"), r.toString());
        assertTrue(r.out.contains("新标准无来源的条目（1 项）：16"), r.toString());
    }

    private static boolean isPartyMass(Evidence e) {
        org.kaoping.core.org.OrgTree t = BeihaiSampleCity.tree();
        return t.contains(e.unitId()) && t.unit(e.unitId()).kind() == OrgKind.CITY_PARTY_MASS;
    }

    private static boolean carriedKind(Evidence e) {
        switch (e.kind()) {
            case DOCUMENT:
            case CHECKLIST_TICK:
            case JUDGEMENT:
            case PUBLIC_RATING:
                return true;
            default:
                return false;
        }
    }

    private static List<Evidence> all(Path store) {
        try (JournalAssessmentStore s = JournalAssessmentStore.open(store)) {
            return s.allEvidence();
        }
    }

    private static Evidence find(List<Evidence> all, String id) {
        for (Evidence e : all) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no record " + id);
    }

    private static boolean contains(List<Evidence> all, String id) {
        for (Evidence e : all) {
            if (e.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        for (String f : before.keySet()) {
            assertTrue(Arrays.equals(before.get(f), after.get(f)), f + " changed");
        }
    }

    static Path copyOf(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (java.util.stream.Stream<Path> s = Files.list(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, to.resolve(p.getFileName().toString()));
                }
            }
        }
        return to;
    }

    static Map<String, byte[]> files(Path d) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (java.util.stream.Stream<Path> s = Files.list(d)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    out.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }
}
