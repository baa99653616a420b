package org.kaoping.benchmarks.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.imports.FolderImport;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.ImportResult;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.EvidenceBatch;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (issue 14, goal 1) A city from files: a folder of OA metric-value CSV exports (示例数据, generated here) imported
 * through {@code Kaoping.importEvidence(FolderEvidenceSource)} into the in-memory store at the SDK's default batch
 * size, then scored and ranked. The anchor, in the same run, is {@link #parseOnly}: the same files read and parsed
 * by the same source ({@code readAll}), nothing stored. Target: {@link #importScoreRank} at most twice
 * {@link #parseOnly}. {@code files} files of {@code rows} rows each over {@code counties} counties, every row a
 * metric the Beihai county standard reads.
 *
 * <p>The default (10 × 5,000 rows) is a quick check; {@code run-all.sh} also runs the 1 % nation's size, 25 files and
 * 1.09 M facts ({@code -p files=25 -p rows=43600 -p counties=700}), and half of it ({@code rows=21800}) to show the
 * growth with size. Compare within one run only: the ratio to {@link #parseOnly} is the figure, not the times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CityFromFilesBenchmark {
    @Param({"10"})
    public int files;

    @Param({"5000"})
    public int rows;

    @Param({"40"})
    public int counties;

    Path dir;
    Path unitsFile;

    @Setup(Level.Trial)
    public void write() throws IOException {
        dir = Files.createTempDirectory("kaoping-city-from-files");
        Path exports = Files.createDirectory(dir.resolve("exports"));
        List<OrgUnit> units = new ArrayList<>();
        units.add(OrgUnit.of("beihai", "北海市（示例数据）", OrgKind.CITY, null));
        units.add(OrgUnit.of("fzb", "依法治市办（示例数据）", OrgKind.CITY_ADMINISTRATIVE, "beihai"));
        for (int c = 0; c < counties; c++) {
            units.add(OrgUnit.of(county(c), "示例县" + c, OrgKind.COUNTY_DISTRICT, "beihai"));
        }
        unitsFile = dir.resolve("units.csv");
        Files.write(unitsFile, CsvOrgDirectory.toCsv(units).getBytes(StandardCharsets.UTF_8));
        List<String[]> metrics = new ArrayList<>(); // metric, unit of measure, whether a rate
        for (Criterion c : Beihai2015.county().criteria()) {
            collect(c, metrics);
        }
        Random random = new Random(2015L);
        for (int f = 0; f < files; f++) {
            StringBuilder s = new StringBuilder("id,unit_id,key,period,source,author,recorded_at,value,measure_unit,out_of\n");
            for (int r = 0; r < rows; r++) {
                String[] m = metrics.get(random.nextInt(metrics.size()));
                int month = 1 + random.nextInt(12);
                int base = 50 + random.nextInt(500);
                int value = m[2] != null ? random.nextInt(base + 1) : random.nextInt(60);
                s.append("f").append(f).append("-r").append(r).append(',').append(county(random.nextInt(counties)))
                        .append(',').append(m[0]).append(",2015-").append(month < 10 ? "0" : "").append(month)
                        .append(",host-system,oa-export,2015-").append(month < 10 ? "0" : "").append(month)
                        .append("-20 09:30,").append(value).append(',').append(m[1]).append(',')
                        .append(m[2] != null ? Integer.toString(base) : "").append('\n');
            }
            Files.write(exports.resolve("metric_value-" + (f < 10 ? "0" : "") + f + ".csv"),
                    s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String county(int c) {
        return "c" + (c < 10 ? "00" : c < 100 ? "0" : "") + c;
    }

    private static void collect(Criterion c, List<String[]> out) {
        if (c.rule().isPresent()) {
            rule(c.rule().get(), out);
        }
        for (Criterion child : c.children()) {
            collect(child, out);
        }
    }

    private static void rule(Rule r, List<String[]> out) {
        if (r instanceof AtLeastRule) {
            out.add(new String[] {((AtLeastRule) r).metric(), ((AtLeastRule) r).unit(), null});
        } else if (r instanceof RateAtLeastRule) {
            out.add(new String[] {((RateAtLeastRule) r).metric(), "人", "rate"});
        } else if (r instanceof TrendRule) {
            out.add(new String[] {((TrendRule) r).metric(), "件", null});
        } else if (r instanceof CompositeRule) {
            for (Rule c : ((CompositeRule) r).conditions()) {
                rule(c, out);
            }
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The anchor: every file of the folder read and parsed once, nothing stored. */
    @Benchmark
    public int parseOnly() {
        FolderImport all = FolderEvidenceSource.builder(dir.resolve("exports")).failOnBadFile(true).build().readAll();
        if (!all.isOk()) {
            throw new IllegalStateException(all.problems().toString());
        }
        return all.evidence().size();
    }

    /**
     * The folder source alone, paged at the SDK's default batch of 500 from cursor to cursor as the importer pages it
     * (the cursor by content and the one-file cache included), nothing stored: what the source adds to parsing.
     */
    @Benchmark
    public int fetchOnly() {
        FolderEvidenceSource source = FolderEvidenceSource.builder(dir.resolve("exports")).failOnBadFile(true).build();
        String cursor = EvidenceSource.START;
        int n = 0;
        EvidenceBatch b;
        do {
            b = source.fetch(cursor, 500);
            n += b.evidence().size();
            cursor = b.nextCursor();
        } while (b.hasMore());
        return n;
    }

    /** Import alone, through the gate into the in-memory store, without scoring. */
    @Benchmark
    public int importOnly() {
        return kaoping().importEvidence(FolderEvidenceSource.builder(dir.resolve("exports")).failOnBadFile(true).build())
                .added();
    }

    private Kaoping kaoping() {
        AssessmentPlan plan = AssessmentPlan.builder().id("city-from-files").year(2015)
                .putRubric(OrgKind.COUNTY_DISTRICT, Beihai2015.county()).build();
        return Kaoping.builder().rubricProvider(new Beihai2015RubricProvider())
                .orgDirectory(CsvOrgDirectory.of(unitsFile)).store(new InMemoryAssessmentStore()).plan(plan)
                .cityOffice("fzb").build();
    }

    /** The path a city office takes: import the folder in batches through the gate, score, rank. */
    @Benchmark
    public int importScoreRank() {
        Kaoping k = kaoping();
        ImportResult imported = k.importEvidence(FolderEvidenceSource.builder(dir.resolve("exports")).failOnBadFile(true)
                .build());
        if (imported.added() != files * rows) {
            throw new IllegalStateException("imported " + imported.added() + " of " + files * rows);
        }
        Map<String, ?> ranked = k.rank();
        return imported.added() + ranked.size();
    }
}
