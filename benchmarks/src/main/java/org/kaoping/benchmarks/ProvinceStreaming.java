package org.kaoping.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.runtime.Kaoping;

/**
 * Issue 14, goal 4: a province scored from PostgreSQL in a fixed heap. Loads the synthetic nation at {@code scale}
 * (0.0142: about 10^4 units and 1.5 M facts; 0.142 is the province of 10^5 units and 15 M facts) into PostgreSQL once,
 * through {@code JdbcAssessmentStore.submitAll} (COPY) in batches, then alternates, {@code runs} times each, the anchor,
 * a plain {@code SELECT id, unit_id, content ... ORDER BY unit_id, seq} of the same rows through the same cursor
 * (fetch size 2,000) that only reads the text, and {@code Kaoping.scoreStreaming} over the store, which parses,
 * checks and scores every unit while keeping only each unit's total. Prints the heap ceiling ({@code -Xmx}) it ran
 * under, the peak of the heap pools during each streaming run (the sum of the pools' peaks: an upper bound, garbage
 * included), the times and their ratio per run, and one table row with the best time of each.
 *
 * <p>Options: {@code scale}, {@code seed}, {@code runs} (2), {@code batch} (20,000 per submitAll), {@code keep=true}
 * leaves the tables, {@code prefix=kpp_..._} reuses tables a kept run loaded (no load).
 *
 * <p>{@code java -Xmx2g -cp benchmarks.jar org.kaoping.benchmarks.ProvinceStreaming scale=0.0142 runs=2}; the server is
 * {@code KAOPING_BENCH_POSTGRES_URL}, else {@code KAOPING_TEST_POSTGRES_URL}, else
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=root}. Tables {@code kpp_<random>_*}, dropped at the end.
 */
public final class ProvinceStreaming {
    private static final String OFFICE = "PM000000";

    private ProvinceStreaming() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = MainArgs.parse(args);
        double scale = Double.parseDouble(opt.getOrDefault("scale", "0.0142"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "20151201"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "2"));
        int batchSize = Integer.parseInt(opt.getOrDefault("batch", "20000"));
        String url = System.getenv().getOrDefault("KAOPING_BENCH_POSTGRES_URL",
                System.getenv().getOrDefault("KAOPING_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=root"));
        boolean reuse = opt.containsKey("prefix");
        String prefix = opt.getOrDefault("prefix", String.format(Locale.ROOT, "kpp_%08x_", ThreadLocalRandom.current().nextInt()));
        long ceiling = Runtime.getRuntime().maxMemory();
        NationalReport.say("java %s, %d cpus, heap ceiling (-Xmx) %d MiB; tables %s*", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ceiling >> 20, prefix);
        Nation nation = NationGenerator.nation(scale, seed);
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(url);
        JdbcAssessmentStore store = JdbcAssessmentStore.open(pg, prefix);
        try {
            store.createSchema();
            long t = System.nanoTime();
            long facts = 0;
            if (reuse) {
                facts = plainSelect(url, prefix);
            } else {
                List<Evidence> batch = new ArrayList<>(batchSize);
                for (Evidence e : NationGenerator.evidence(nation, NationGenerator.Style.IMMUTABLES, 0, nation.size())) {
                    batch.add(e);
                    if (batch.size() == batchSize) {
                        facts += store.submitAll(batch).size();
                        batch.clear();
                    }
                }
                facts += store.submitAll(batch).size();
            }
            double load = reuse ? Double.NaN : NationalReport.secs(t);
            NationalReport.say("loaded %d units, %,d facts in %.1f s (%,.0f rows/s, submitAll by COPY in batches of %d)",
                    nation.size(), facts, load, facts / load, batchSize);
            Kaoping kaoping = Kaoping.builder().orgDirectory(nation.directory()).store(store).plan(nation.plan).cityOffice(OFFICE).parallelism(1)
                    .clock(Clock.fixed(Instant.parse("2025-12-31T00:00:00Z"), ZoneOffset.UTC)).build();
            double[] select = new double[runs];
            double[] stream = new double[runs];
            long peak = 0;
            long selected = 0;
            int scored = 0;
            for (int r = 0; r < runs; r++) {
                t = System.nanoTime();
                selected = plainSelect(url, prefix);
                select[r] = NationalReport.secs(t);
                resetPeaks();
                t = System.nanoTime();
                Map<String, Long> totals = new HashMap<>();
                Map<String, String> left = kaoping.scoreStreaming(c -> totals.put(c.unitId(), c.finalTotal().units()));
                stream[r] = NationalReport.secs(t);
                peak = Math.max(peak, heapPeak());
                scored = totals.size();
                NationalReport.say("run %d: plain SELECT %,d rows %.1f s; scoreStreaming %d units (%d not scorable) %.1f s"
                        + " (%.2f×); heap peak %d MiB of %d MiB", r + 1, selected, select[r], scored, left.size(), stream[r],
                        stream[r] / select[r], heapPeak() >> 20, ceiling >> 20);
            }
            kaoping.close();
            double s = Arrays.stream(select).min().getAsDouble();
            double k = Arrays.stream(stream).min().getAsDouble();
            System.out.println();
            System.out.println("| scale | units | facts | load s (rows/s) | plain SELECT s | scoreStreaming s | ratio | heap ceiling | heap peak |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f (%.0f) | %.1f | %.1f | %.2f× | %d MiB | %d MiB |%n", scale,
                    nation.size(), facts, load, facts / load, s, k, k / s, ceiling >> 20, peak >> 20);
        } finally {
            store.close();
            if (!reuse && !Boolean.parseBoolean(opt.getOrDefault("keep", "false"))) {
                try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                    for (String table : new String[] {"evidence", "scorecard", "audit", "counter", "meta"}) {
                        st.execute("DROP TABLE IF EXISTS " + prefix + table);
                    }
                }
            }
        }
    }

    /** The anchor: the same rows in the same order through the same kind of cursor, text read and nothing else. */
    static long plainSelect(String url, String prefix) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long rows = 0;
            long chars = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT id, unit_id, content FROM " + prefix
                    + "evidence ORDER BY unit_id, seq")) {
                ps.setFetchSize(2_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chars += rs.getString(1).length() + rs.getString(2).length() + rs.getString(3).length();
                        rows++;
                    }
                }
            }
            c.commit();
            if (chars == 0 && rows > 0) {
                throw new IllegalStateException("no text read");
            }
            return rows;
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap used at once. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
