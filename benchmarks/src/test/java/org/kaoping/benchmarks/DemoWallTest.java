package org.kaoping.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's wall-time loop reports medians and paired ratios, and its JSON puts the demo against {@code java -version}
 * in the run's one table, judged against the goal's 25 ×.
 */
class DemoWallTest {

    @Test
    void pairedRatioIsTheMedianOfEachRoundsQuotient() {
        assertEquals(2.0, DemoWall.pairedRatio(new long[] {200, 300, 100}, new long[] {100, 100, 100}), 1e-12);
        assertEquals(1.5, DemoWall.median(new long[] {4, 1, 2, 1}), 1e-12);
        assertEquals(3.0, NationalReport.median(new double[] {5, 3, 1}), 1e-12);
    }

    @Test
    void theTableJudgesTheDemoAgainstJavaVersion(@TempDir Path dir) throws Exception {
        List<DemoWall.Variant> variants = List.of(new DemoWall.Variant("java -version", List.of("java", "-version")),
                new DemoWall.Variant("demo new.jar", List.of("java", "-jar", "new.jar")),
                new DemoWall.Variant("demo new.jar [-XX:+UseSerialGC]", List.of("java", "-XX:+UseSerialGC", "-jar", "new.jar")));
        long[][] wall = {{90, 100, 110}, {2400, 2500, 2600}, {2000, 2100, 2200}};
        Files.write(dir.resolve("demo-wall.json"), DemoWall.jmhJson(variants, wall).getBytes(StandardCharsets.UTF_8));
        List<BenchmarkSummary.Result> r = BenchmarkSummary.read(dir);
        assertEquals(3, r.size());
        assertEquals("DemoWall.demoVariant", r.get(2).benchmark());
        assertEquals("demo new.jar [-XX:+UseSerialGC]", r.get(2).params().get("variant"));
        String md = BenchmarkSummary.markdown(dir, r);
        assertTrue(md.contains("| 2500 | javaVersion | 100 | 25.00× | ≤ 25× java -version (1.5 s where it took 0.06 s when filed) | yes |"), md);
        wall[1] = new long[] {2600, 2700, 2800};
        Files.write(dir.resolve("demo-wall.json"), DemoWall.jmhJson(variants, wall).getBytes(StandardCharsets.UTF_8));
        md = BenchmarkSummary.markdown(dir, BenchmarkSummary.read(dir));
        assertTrue(md.contains("| 2700 | javaVersion | 100 | 27.00× | ≤ 25× java -version (1.5 s where it took 0.06 s when filed) | no |"), md);
    }
}
