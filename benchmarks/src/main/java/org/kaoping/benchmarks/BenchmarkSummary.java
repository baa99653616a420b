package org.kaoping.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of a {@code run-all.sh} run (issue 14's "writes one table"): every JMH result file of a results
 * folder read back, each of the issue's goals shown as its measured path against the anchor measured in the same
 * run (same parameters), with the target and whether it was met, then every other result as measured. Figures are
 * read only from the JSON JMH wrote, never typed in; a goal whose benchmark did not run says so.
 *
 * <p>{@code java -cp benchmarks.jar org.kaoping.benchmarks.BenchmarkSummary benchmarks/results/<run>} writes
 * {@code summary.md} there and prints it.
 */
public final class BenchmarkSummary {
    /** One goal: a measured benchmark against an anchor of the same class and parameters, and its target. */
    record Goal(String name, String measured, String anchor, double maxRatio, double maxMillis, String target, Map<String, String> anchorParams) {
        Goal(String name, String measured, String anchor, double maxRatio, double maxMillis, String target) {
            this(name, measured, anchor, maxRatio, maxMillis, target, Map.of());
        }
    }

    static final List<Goal> GOALS = List.of(
            new Goal("1 · city from files", "CityFromFilesBenchmark.importScoreRank", "CityFromFilesBenchmark.parseOnly", 2.0, 0,
                    "whole run ≤ 2× parse-only"),
            new Goal("3 · bulk writes (PostgreSQL)", "JdbcBulkBenchmark.submitAll", "JdbcBulkBenchmark.rawCopy", 2.0, 0,
                    "≥ 50 % of raw COPY's rate (time ≤ 2×)"),
            new Goal("3 · bulk writes (H2, MariaDB)", "JdbcInsertBenchmark.submitAll", "JdbcInsertBenchmark.rawInsert", 2.0, 0,
                    "≥ 50 % of plain multi-row INSERTs' rate (time ≤ 2×)"),
            new Goal("5 · incremental rank", "IncrementalRankBenchmark.submitOneFactThenRank", "IncrementalRankBenchmark.fullScoreCycleAndRank",
                    0, 1.0, "≤ 1 ms after one new fact"),
            new Goal("6 · journal reopen", "JournalStoreReopenBenchmark.reopen", "JournalStoreReopenBenchmark.readBytesOnce", 0, 2000.0,
                    "≤ 2 s at 1 M facts"),
            new Goal("7 · the demo, whole process (DemoWall)", "DemoWall.demo", "DemoWall.javaVersion", 25.0, 0,
                    "≤ 25× java -version (1.5 s where it took 0.06 s when filed)"),
            new Goal("7 · national score+rank against DuckDB's roll-up", "NationalScoringBenchmark.scoreAndRank", "PeerRollUpBenchmark.rollUp",
                    1 / 3.0, 0, "Kaoping ≤ ⅓ of DuckDB's time (≥ 3× faster)", Map.of("engine", "DUCKDB")));

    /** One JMH result: the benchmark's simple name (class.method), its parameters, and its score in milliseconds per op. */
    record Result(String benchmark, Map<String, String> params, double millis, double errorMillis, String mode, String file) {
        String paramText() {
            List<String> p = new ArrayList<>();
            params.forEach((k, v) -> p.add(k + "=" + v));
            return String.join(" ", p);
        }
    }

    private BenchmarkSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BenchmarkSummary <results folder of one run-all.sh run>");
            System.exit(2);
        }
        Path dir = Paths.get(args[0]);
        String md = markdown(dir, read(dir));
        Files.write(dir.resolve("summary.md"), md.getBytes(StandardCharsets.UTF_8));
        System.out.print(md);
    }

    /** Every result in the folder's {@code *.json} files, in file-name order. */
    static List<Result> read(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            s.forEach(files::add);
        }
        files.sort(null);
        ObjectMapper json = new ObjectMapper();
        List<Result> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode root = json.readTree(f.toFile());
            if (root == null || !root.isArray()) {
                continue; // not a JMH result file
            }
            for (JsonNode r : root) {
                String full = r.path("benchmark").asText();
                String[] parts = full.split("\\.");
                String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
                Map<String, String> params = new TreeMap<>();
                r.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
                JsonNode m = r.path("primaryMetric");
                double factor = toMillis(m.path("scoreUnit").asText());
                if (Double.isNaN(factor)) {
                    continue; // a throughput or other non-time metric: shown by JMH's own text output
                }
                double err = m.path("scoreError").asDouble(Double.NaN);
                out.add(new Result(name, params, m.path("score").asDouble() * factor, err * factor, r.path("mode").asText(),
                        f.getFileName().toString()));
            }
        }
        return out;
    }

    static double toMillis(String unit) {
        switch (unit) {
            case "ns/op": return 1e-6;
            case "us/op": return 1e-3;
            case "ms/op": return 1.0;
            case "s/op": return 1000.0;
            default: return Double.NaN;
        }
    }

    static String markdown(Path dir, List<Result> results) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmarks of one run (").append(dir.getFileName()).append(")\n\n");
        Path machine = dir.resolve("machine.txt");
        if (Files.exists(machine)) {
            s.append("Machine and load at the start:\n\n```\n").append(new String(Files.readAllBytes(machine), StandardCharsets.UTF_8).trim())
                    .append("\n```\n\n");
        }
        s.append("## Issue 14's goals: measured against the anchor of the same run\n\n");
        s.append("| goal | parameters | measured (ms) | anchor | anchor (ms) | ratio | target | met |\n|---|---|---:|---|---:|---:|---|---|\n");
        List<Result> shown = new ArrayList<>();
        for (Goal g : GOALS) {
            boolean any = false;
            for (Result m : results) {
                if (!m.benchmark().equals(g.measured())) {
                    continue;
                }
                any = true;
                Result a = anchor(results, g.anchor(), m.params(), g.anchorParams());
                shown.add(m);
                double ratio = a == null ? Double.NaN : m.millis() / a.millis();
                boolean met = g.maxRatio() > 0 ? ratio <= g.maxRatio() : m.millis() <= g.maxMillis();
                s.append("| ").append(g.name()).append(" | ").append(m.paramText()).append(" | ").append(num(m.millis())).append(" | ")
                        .append(g.anchor().substring(g.anchor().indexOf('.') + 1)).append(" | ").append(a == null ? "—" : num(a.millis()))
                        .append(" | ").append(Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, ratio < 0.01 ? "%.5f×" : "%.2f×", ratio))
                        .append(" | ")
                        .append(g.target()).append(" | ").append(g.maxRatio() > 0 && Double.isNaN(ratio) ? "no anchor" : met ? "yes" : "no")
                        .append(" |\n");
            }
            if (!any) {
                s.append("| ").append(g.name()).append(" | — | not run | | | | ").append(g.target()).append(" | — |\n");
            }
        }
        s.append("\n## Every result\n\n| benchmark | parameters | mode | ms/op | ± | file |\n|---|---|---|---:|---:|---|\n");
        for (Result r : results) {
            s.append("| ").append(r.benchmark()).append(" | ").append(r.paramText()).append(" | ").append(r.mode()).append(" | ")
                    .append(num(r.millis())).append(" | ").append(Double.isNaN(r.errorMillis()) ? "—" : num(r.errorMillis())).append(" | ")
                    .append(r.file()).append(" |\n");
        }
        List<String> national = tableRows(dir, "national-*.txt");
        if (!national.isEmpty()) {
            s.append("\n## Goal 7 · national score+rank against the SQL peers (NationalReport; ratio = peer ÷ Kaoping, target ≥ 3)\n\n");
            s.append("| scale | engine | load | min (s) | median (s) | note |\n|---|---|---|---:|---:|---|\n");
            for (String row : national) {
                s.append(row).append('\n');
            }
        }
        List<String> province = tableRows(dir, "province-streaming*.txt");
        if (!province.isEmpty()) {
            s.append("\n## Goal 4 · a province scored from PostgreSQL unit by unit (ProvinceStreaming; target: 10^5 units, 15 M facts under 2 GB)\n\n");
            s.append("| scale | units | facts | load s (rows/s) | plain SELECT s | scoreStreaming s | ratio | heap ceiling | heap peak |\n"
                    + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String row : province) {
                s.append(row).append('\n');
            }
        }
        List<String> heap = heapRows(dir);
        if (!heap.isEmpty()) {
            s.append("\n## Goal 2 · heap held per fact on each path (EvidenceHeap; target ≤ 100 B per fact held on every path)\n\n");
            s.append("| path | facts | B per fact | role | ≤ 100 B |\n|---|---:|---:|---|---|\n");
            for (String row : heap) {
                s.append(row).append('\n');
            }
        }
        List<String> printed = printedLines(dir);
        if (!printed.isEmpty()) {
            s.append("\n## What the benchmarks printed about size (heap and disk per fact, heap ceilings)\n\n");
            for (String l : printed) {
                s.append("- ").append(l).append('\n');
            }
        }
        return s.toString();
    }

    /**
     * The anchor with the same values of the parameters both have as the measured result, and the values
     * {@code required} of its own (e.g. the SQL engine of a peer).
     */
    static Result anchor(List<Result> results, String anchor, Map<String, String> params, Map<String, String> required) {
        for (Result a : results) {
            if (!a.benchmark().equals(anchor)) {
                continue;
            }
            boolean same = true;
            for (Map.Entry<String, String> p : a.params().entrySet()) {
                String want = required.containsKey(p.getKey()) ? required.get(p.getKey()) : params.get(p.getKey());
                same &= want == null || p.getValue().equals(want);
            }
            if (same) {
                return a;
            }
        }
        return null;
    }

    /**
     * The table rows a main-class benchmark printed, those starting with its scale ({@code | 0.01 | Kaoping (2 threads, COLUMNS) | ...}),
     * from its files matching {@code glob} ({@code national-*.txt}, {@code province-streaming*.txt}).
     */
    static List<String> tableRows(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            s.forEach(files::add);
        }
        files.sort(null);
        List<String> rows = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.matches("\\| [0-9.]+ \\| .*\\|\\s*")) {
                    rows.add(line.trim());
                }
            }
        }
        return rows;
    }

    private static final Pattern HEAP_LINE = Pattern.compile("(.+): heap held ([0-9,]+) bytes, ([0-9.]+) B per fact \\(([0-9,]+) facts\\)\\s*");

    /**
     * Goal 2's rows, from the lines {@code EvidenceHeap} printed ({@code evidence-heap-*.txt}): a path whose name says
     * it is the representation before (an anchor) is shown as such and not judged against the target.
     */
    static List<String> heapRows(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "evidence-heap-*.txt")) {
            s.forEach(files::add);
        }
        files.sort(null);
        List<String> rows = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                Matcher m = HEAP_LINE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                boolean anchor = m.group(1).contains("anchor");
                double perFact = Double.parseDouble(m.group(3));
                rows.add("| " + m.group(1) + " | " + m.group(4) + " | " + m.group(3) + " | " + (anchor ? "before (anchor)" : "now")
                        + " | " + (anchor ? "—" : perFact <= 100 ? "yes" : "no") + " |");
            }
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.startsWith("index+score from")) {
                    rows.add("| " + line.trim().replace("|", "/") + " | | | time, same run | |");
                }
            }
        }
        return rows;
    }

    private static final Pattern SIZE_LINE = Pattern.compile("(?i).*(per fact|heap ceiling|-Xmx|bytes per).*");

    /** Lines of the JMH text outputs that state sizes per fact or heap ceilings, once each, with their file. */
    static List<String> printedLines(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.txt")) {
            s.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                Matcher m = SIZE_LINE.matcher(line);
                if (m.matches() && !line.startsWith("#") && !line.startsWith("|") && line.length() < 300) {
                    out.putIfAbsent(line.trim(), f.getFileName().toString());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        out.forEach((l, f) -> lines.add(l + " (" + f + ")"));
        return lines;
    }

    private static String num(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : ms >= 1 ? String.format(Locale.ROOT, "%.2f", ms)
                : String.format(Locale.ROOT, "%.4f", ms);
    }
}
