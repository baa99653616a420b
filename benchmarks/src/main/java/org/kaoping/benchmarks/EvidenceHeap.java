package org.kaoping.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.scoring.NationalScoring;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;
import org.kaoping.plugin.imports.EvidenceCsv;
import org.kaoping.plugin.imports.EvidenceCsvWriter;
import org.kaoping.plugin.imports.ParsedFile;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * Issue 14, goal 2: the heap each path holds per fact, measured in one run. Generates the synthetic nation's facts at
 * {@code scale} (0.01: 7,064 units, 1.09 M facts of the national mix: judgements, ticks, metrics, ratings, incidents,
 * self-reports) as the SDK's immutable values, unit by unit, and loads them into each holder in turn, holding a
 * reference while the used heap is read after several full GCs (the before/after difference over the facts):
 * <ul>
 *   <li>anchor: the representation the in-memory store held before the columns (immutable values in a
 *       {@code LinkedHashMap} by id and a {@code HashMap} of lists by unit);
 *   <li>{@link EvidenceColumns} alone;
 *   <li>{@link InMemoryAssessmentStore} after {@code submitAll} in batches of 2,000;
 *   <li>{@link JournalAssessmentStore} reopened from its snapshot ({@code journal=false} skips it: writing takes a
 *       while);
 *   <li>with {@code parsed=true} (the default), the anchor, the columns and the in-memory store again, fed values read
 *       back from their JSON text, as an import, a JDBC read or a journal replay makes them (every string and time its
 *       own object, where the generator shares them).
 * </ul>
 * Also {@code ParsedFile}s of the same facts as one CSV file per kind ({@code csv=false} skips them), and
 * {@code JdbcAssessmentStore.allEvidence()} on PostgreSQL at {@code jdbcScale} (0.001) when {@code jdbc=URL},
 * {@code KAOPING_BENCH_POSTGRES_URL} or {@code KAOPING_TEST_POSTGRES_URL} names a server ({@code jdbc=none} skips it).
 * Each line reads {@code <path>: heap held <bytes> bytes, <b> B per fact (<n> facts)}, so that BenchmarkSummary lists it.
 *
 * <p>{@code java -Xmx4g -cp benchmarks.jar org.kaoping.benchmarks.EvidenceHeap scale=0.01}
 */
public final class EvidenceHeap {
    private EvidenceHeap() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = MainArgs.parse(args);
        double scale = Double.parseDouble(opt.getOrDefault("scale", "0.01"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "20151201"));
        boolean journal = Boolean.parseBoolean(opt.getOrDefault("journal", "true"));
        boolean parsed = Boolean.parseBoolean(opt.getOrDefault("parsed", "true"));
        boolean csv = Boolean.parseBoolean(opt.getOrDefault("csv", "true"));
        Nation nation = NationGenerator.nation(scale, seed);
        System.out.printf(Locale.ROOT, "nation at scale %s: %,d units; -Xmx %d MiB%n", scale, nation.size(),
                Runtime.getRuntime().maxMemory() >> 20);

        if (Boolean.parseBoolean(opt.getOrDefault("scoreOnly", "false"))) {
            // the scoring comparison alone (profiling, repeated timing): no heap measurements, stores or JDBC
            score(nation, Integer.parseInt(opt.getOrDefault("scoreRuns", "3")));
            return;
        }
        long facts = 0;
        for (Evidence e : facts(nation, false)) {
            facts++;
        }
        final long n = facts;
        measure("immutable values in maps (the in-memory store before, anchor)", n, () -> maps(facts(nation, false)));
        measure("immutable values in one list (anchor)", n, () -> list(facts(nation, false)));
        measure("EvidenceColumns", n, () -> EvidenceColumns.of(facts(nation, false)));
        measure("InMemoryAssessmentStore", n, () -> load(new InMemoryAssessmentStore(), nation, false));
        // scoring's input when a whole cycle is indexed at once (streaming scoring holds one unit's index at a time)
        measure("EvidenceIndex over immutable values (values + index, anchor)", n, () -> {
            List<Evidence> values = list(facts(nation, false));
            return new Object[] {values, EvidenceIndex.of(values)};
        });
        measure("EvidenceIndex over EvidenceColumns (columns + index of row numbers, views made on access)", n, () -> {
            EvidenceColumns c = EvidenceColumns.of(facts(nation, false));
            return new Object[] {c, EvidenceIndex.of(c.asList())};
        });
        if (parsed) {
            // as an import, a JDBC read or a journal replay gives them: every string and time its own object
            measure("parsed values in maps (the in-memory store before, fed parsed values, anchor)", n,
                    () -> maps(facts(nation, true)));
            measure("EvidenceColumns of parsed values", n, () -> EvidenceColumns.of(facts(nation, true)));
            measure("InMemoryAssessmentStore fed parsed values", n, () -> load(new InMemoryAssessmentStore(), nation, true));
        }
        if (parsed) {
            measure("parsed values in one list (what an import or a JDBC read held before, anchor)", n,
                    () -> list(facts(nation, true)));
        }
        if (csv) {
            // one CSV file per kind, as an office's exports come; the bytes exist before the measurement starts
            Map<EvidenceKind, List<Evidence>> byKind = new EnumMap<>(EvidenceKind.class);
            for (Evidence e : facts(nation, false)) {
                byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Map.Entry<EvidenceKind, List<Evidence>> k : byKind.entrySet()) {
                files.put(EvidenceCsvWriter.fileName(k.getKey(), "heap"),
                        EvidenceCsvWriter.toBytes(k.getKey(), k.getValue(), StandardCharsets.UTF_8));
            }
            byKind = null;
            measure("ParsedFile (CSV parsed)", n, () -> {
                List<ParsedFile> parsedFiles = new ArrayList<>();
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    parsedFiles.add(EvidenceCsv.read(f.getKey(), f.getValue(), StandardCharsets.UTF_8).throwIfProblems());
                }
                return parsedFiles;
            });
        }
        int scoreRuns = Integer.parseInt(opt.getOrDefault("scoreRuns", "3"));
        if (scoreRuns > 0) {
            score(nation, scoreRuns);
        }
        String url = opt.containsKey("jdbc") ? opt.get("jdbc") : System.getenv("KAOPING_BENCH_POSTGRES_URL");
        if (url == null || url.isEmpty()) {
            url = System.getenv("KAOPING_TEST_POSTGRES_URL");
        }
        if (url != null && !url.isEmpty() && !"none".equals(url)) {
            jdbc(url, Double.parseDouble(opt.getOrDefault("jdbcScale", "0.001")), seed);
        }
        if (journal) {
            Path dir = Files.createTempDirectory("kaoping-evidence-heap");
            try {
                try (JournalAssessmentStore store = JournalAssessmentStore.open(dir)) {
                    load(store, nation, false);
                }
                measure("JournalAssessmentStore after a snapshot reopen", n, () -> JournalAssessmentStore.open(dir));
            } finally {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /**
     * JdbcAssessmentStore.allEvidence() held, on a smaller nation (loading a million rows through submitAll takes
     * minutes), against the same facts parsed from their JSON text in one list, in the same run.
     */
    private static void jdbc(String url, double scale, long seed) {
        Nation small = NationGenerator.nation(scale, seed);
        String prefix = "kph_" + Long.toHexString(System.nanoTime() & 0xFFFFFFL) + "_";
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(url);
        try (JdbcAssessmentStore store = JdbcAssessmentStore.open(ds, prefix)) {
            store.createSchema();
            load(store, small, false);
            long n = store.allEvidence().size();
            measure("parsed values in one list (JDBC anchor, scale " + scale + ")", n, () -> list(facts(small, true)));
            measure("JdbcAssessmentStore.allEvidence() (PostgreSQL, scale " + scale + ")", n, store::allEvidence);
        } finally {
            // pg_tables by prefix, not DatabaseMetaData.getTables with a LIKE pattern ('_' is a wildcard there): that
            // query once led to a DROP TABLE of kph_…_audit_pk, which is not a table, and a misleading message
            try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement();
                    java.sql.PreparedStatement q = c.prepareStatement("SELECT tablename FROM pg_tables"
                            + " WHERE schemaname = current_schema() AND starts_with(tablename, ?)")) {
                q.setString(1, prefix);
                List<String> tables = new ArrayList<>();
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String t : tables) {
                    st.execute("DROP TABLE IF EXISTS " + t + " CASCADE");
                }
            } catch (java.sql.SQLException e) {
                System.out.println("could not drop the tables " + prefix + "*: " + e.getMessage());
            }
        }
    }

    /**
     * Indexing and scoring the nation (2 threads) from the immutable values and from {@link EvidenceColumns} views of
     * the same facts, alternately, {@code runs} times each: the time a store's views cost the scoring against the
     * values, and that the totals agree.
     */
    private static void score(Nation nation, int runs) {
        List<Evidence> values = list(facts(nation, false));
        List<Evidence> views = EvidenceColumns.of(values).asList();
        // the same views in a plain list: EvidenceIndex.of takes its general path (as every list did before it
        // recognised a whole EvidenceColumns snapshot)
        List<Evidence> copied = new ArrayList<>(views);
        Scorer scorer = Scorer.of(nation.plan);
        String[] names = {"immutable values", "EvidenceColumns views", "views in a plain list"};
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long[] bestIndex = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long[] bestScore = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        String[] totals = new String[3];
        for (int r = 0; r < runs + 1; r++) {
            for (int which = 0; which < 3; which++) {
                long t0 = System.nanoTime();
                EvidenceIndex index = EvidenceIndex.of(which == 0 ? values : which == 1 ? views : copied);
                long t1 = System.nanoTime();
                Scorecard[] cards = NationalScoring.scoreAll(scorer, nation, index, 2);
                long t2 = System.nanoTime();
                if (r > 0) { // the first round warms up
                    best[which] = Math.min(best[which], t2 - t0);
                    bestIndex[which] = Math.min(bestIndex[which], t1 - t0);
                    bestScore[which] = Math.min(bestScore[which], t2 - t1);
                }
                org.kaoping.core.points.Points sum = org.kaoping.core.points.Points.ZERO;
                for (Scorecard c : cards) {
                    sum = sum.plus(c.finalTotal());
                }
                totals[which] = sum.toString();
            }
        }
        System.out.printf(Locale.ROOT, "index+score from immutable values: best %.3f s (anchor); from EvidenceColumns views:"
                + " best %.3f s; ratio %.2f; sum of totals %s vs %s (%s)%n", best[0] / 1e9, best[1] / 1e9,
                (double) best[1] / best[0], totals[0], totals[1], totals[0].equals(totals[1]) ? "equal" : "DIFFERENT");
        for (int which = 0; which < 3; which++) {
            System.out.printf(Locale.ROOT, "  %s: index+score best %.3f s (ratio %.2f), index alone best %.3f s (ratio %.2f),"
                    + " score alone best %.3f s (ratio %.2f); sum of totals %s%n", names[which], best[which] / 1e9,
                    (double) best[which] / best[0], bestIndex[which] / 1e9, (double) bestIndex[which] / bestIndex[0],
                    bestScore[which] / 1e9, (double) bestScore[which] / bestScore[0], totals[which]);
        }
    }

    /** What {@link #measure} holds while it reads the heap; a static field, so no stack slot keeps anything else alive. */
    private static Object held;

    private static void measure(String path, long facts, Supplier<Object> make) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        held = make.get();
        long after = usedAfterGc(memory);
        report(path, after - before, facts);
        if (held instanceof AutoCloseable) {
            try {
                ((AutoCloseable) held).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        held = null;
    }

    private static Object maps(Iterable<Evidence> facts) {
        Map<String, Evidence> byId = new LinkedHashMap<>();
        Map<String, List<Evidence>> byUnit = new HashMap<>();
        for (Evidence e : facts) {
            byId.put(e.id(), e);
            byUnit.computeIfAbsent(e.unitId(), k -> new ArrayList<>()).add(e);
        }
        return new Object[] {byId, byUnit};
    }

    private static List<Evidence> list(Iterable<Evidence> facts) {
        List<Evidence> list = new ArrayList<>();
        for (Evidence e : facts) {
            list.add(e);
        }
        return list;
    }

    /** The nation's facts as immutable values; {@code parsed}: each read back from its JSON text, as stores read them. */
    private static Iterable<Evidence> facts(Nation nation, boolean parsed) {
        Iterable<Evidence> values = NationGenerator.evidence(nation, NationGenerator.Style.IMMUTABLES, 0, nation.size());
        if (!parsed) {
            return values;
        }
        return () -> new Iterator<Evidence>() {
            private final Iterator<Evidence> it = values.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Evidence next() {
                return EvidenceJson.parse(EvidenceJson.toJson(it.next()), "generated");
            }
        };
    }

    private static <S extends AssessmentStore> S load(S store, Nation nation, boolean parsed) {
        List<Evidence> batch = new ArrayList<>(2000);
        for (Evidence e : facts(nation, parsed)) {
            batch.add(e);
            if (batch.size() == 2000) {
                store.submitAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.submitAll(batch);
        }
        return store;
    }

    private static void report(String path, long bytes, long facts) {
        System.out.printf(Locale.ROOT, "%s: heap held %,d bytes, %.1f B per fact (%,d facts)%n", path, bytes,
                (double) bytes / facts, facts);
    }

    static long usedAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
