package org.kaoping.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's one table pairs each goal's benchmark with the anchor of the same parameters and judges the target. */
class BenchmarkSummaryTest {
    private static String result(String method, String params, double score, String unit) {
        return "{\"benchmark\":\"org.kaoping.benchmarks.jmh." + method + "\",\"mode\":\"avgt\",\"params\":{" + params + "},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"" + unit + "\"}}";
    }

    @Test
    void eachGoalIsItsBenchmarkOverTheAnchorOfTheSameParameters(@TempDir Path dir) throws Exception {
        String city = "[" + String.join(",",
                result("CityFromFilesBenchmark.parseOnly", "\"rows\":\"100\"", 10, "s/op"),
                result("CityFromFilesBenchmark.parseOnly", "\"rows\":\"200\"", 20, "s/op"),
                result("CityFromFilesBenchmark.importScoreRank", "\"rows\":\"100\"", 15, "s/op"),
                result("CityFromFilesBenchmark.importScoreRank", "\"rows\":\"200\"", 50, "s/op"),
                result("IncrementalRankBenchmark.submitOneFactThenRank", "\"scale\":\"0.01\"", 209, "us/op"),
                result("NationalScoringBenchmark.scoreAndRank", "\"scale\":\"0.1\",\"threads\":\"2\"", 500, "ms/op"),
                result("PeerRollUpBenchmark.rollUp", "\"engine\":\"H2\",\"scale\":\"0.1\"", 30000, "ms/op"),
                result("PeerRollUpBenchmark.rollUp", "\"engine\":\"DUCKDB\",\"scale\":\"0.1\"", 1000, "ms/op")) + "]";
        Files.write(dir.resolve("jmh-a.json"), city.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("jmh-journal-reopen.txt"), "heap held after a snapshot reopen: 9 bytes, 140.0 B per fact (1 facts)\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("national-0.01.txt"), "run kaoping score 0.07 s\n| 0.01 | DUCKDB | 0.6 s load | 0.205 | 0.214 | ratio 2.97 |\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("province-streaming.txt"), "loaded\n| 0.0142 | 10032 | 1546250 | 25.6 (60454) | 2.2 | 7.0 | 3.23× | 2048 MiB | 257 MiB |\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("evidence-heap-1pct.txt"), ("nation at scale 0.01\n"
                + "parsed values in one list (anchor): heap held 356,000 bytes, 356.0 B per fact (1,000 facts)\n"
                + "InMemoryAssessmentStore: heap held 87,000 bytes, 87.0 B per fact (1,000 facts)\n"
                + "EvidenceIndex over EvidenceColumns views: heap held 141,800 bytes, 141.8 B per fact (1,000 facts)\n")
                .getBytes(StandardCharsets.UTF_8));
        List<BenchmarkSummary.Result> r = BenchmarkSummary.read(dir);
        assertEquals(8, r.size());
        assertEquals(0.209, r.get(4).millis(), 1e-9, "us/op read as ms");
        String md = BenchmarkSummary.markdown(dir, r);
        assertTrue(md.contains("| 1 · city from files | rows=100 | 15000 | parseOnly | 10000 | 1.50× | whole run ≤ 2× parse-only | yes |"), md);
        assertTrue(md.contains("| 1 · city from files | rows=200 | 50000 | parseOnly | 20000 | 2.50× | whole run ≤ 2× parse-only | no |"), md);
        assertTrue(md.contains("| 5 · incremental rank | scale=0.01 | 0.2090 | fullScoreCycleAndRank | — | — | ≤ 1 ms after one new fact | yes |"), md);
        assertTrue(md.contains("| 6 · journal reopen | — | not run |"), md);
        assertTrue(md.contains("| 3 · bulk writes (H2, MariaDB) | — | not run |"), md);
        assertTrue(md.contains("| 7 · national score+rank against DuckDB's roll-up | scale=0.1 threads=2 | 500 | rollUp | 1000 | 0.50× |"), md);
        assertTrue(md.contains("140.0 B per fact"), md);
        assertTrue(md.contains("\n| 0.01 | DUCKDB | 0.6 s load | 0.205 | 0.214 | ratio 2.97 |\n"), md);
        assertTrue(md.contains("| parsed values in one list (anchor) | 1,000 | 356.0 | before (anchor) | — |"), md);
        assertTrue(md.contains("| InMemoryAssessmentStore | 1,000 | 87.0 | now | yes |"), md);
        assertTrue(md.contains("| EvidenceIndex over EvidenceColumns views | 1,000 | 141.8 | now | no |"), md);
        assertTrue(md.contains("## Goal 4") && md.contains("\n| 0.0142 | 10032 | 1546250 | 25.6 (60454) | 2.2 | 7.0 | 3.23× | 2048 MiB | 257 MiB |\n"), md);
    }
}
