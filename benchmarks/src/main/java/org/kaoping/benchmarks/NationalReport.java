package org.kaoping.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kaoping.benchmarks.nation.Nation;
import org.kaoping.benchmarks.nation.NationGenerator;
import org.kaoping.benchmarks.nation.NationGenerator.Style;
import org.kaoping.benchmarks.nation.UnitFacts;
import org.kaoping.benchmarks.peers.SqlPeer;
import org.kaoping.benchmarks.scoring.NationalScoring;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.Scorer;

/**
 * The national run behind the README's table, in one process: generates the nation at a scale, streams
 * its evidence into the core index (heap per unit and per fact measured as GC-settled used heap before and
 * after), times full scoring and ranking on N threads (warm-up runs, then timed runs, min and median),
 * then loads each SQL peer (load timed apart) and times its roll-up, checking its totals and ranks against
 * Kaoping's on a sample of units and failing loudly on any disagreement.
 *
 * <p>{@code java -Xmx16g -cp benchmarks.jar org.kaoping.benchmarks.NationalReport scale=1.0 peers=duckdb runs=3}
 * Options: {@code scale} (0.01), {@code seed}, {@code style} (COLUMNS, COMPACT or IMMUTABLES, or several with commas: each is indexed and
 * scored in turn, its totals and ranks checked equal to the first's, and the peers' ratio is taken against the first), {@code threads} (2),
 * {@code warmups} (2, at least), {@code warmupSeconds} (4: warm-up rounds go on until this much time has passed), {@code runs} (3),
 * {@code peers} (duckdb,h2; {@code none}), {@code peerWarmups} (1), {@code peerRuns} (3),
 * {@code sample} (every n-th unit checked, 97), {@code kaoping} (true; false runs only the peers, checking them against the
 * sample file {@code expect} that a Kaoping run wrote), {@code kaopingMedian} (for the ratio when Kaoping is not run).
 */
public final class NationalReport {
    private NationalReport() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = MainArgs.parse(args);
        double scale = Double.parseDouble(opt.getOrDefault("scale", "0.01"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "20151201"));
        List<Style> styles = new ArrayList<>();
        for (String name : opt.getOrDefault("style", "COLUMNS").split(",")) {
            styles.add(Style.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        }
        int threads = Integer.parseInt(opt.getOrDefault("threads", "2"));
        int warmups = Integer.parseInt(opt.getOrDefault("warmups", "2"));
        double warmupSeconds = Double.parseDouble(opt.getOrDefault("warmupSeconds", "4"));
        int peerWarmups = Integer.parseInt(opt.getOrDefault("peerWarmups", "1"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "3"));
        int peerRuns = Integer.parseInt(opt.getOrDefault("peerRuns", "3"));
        int sample = Integer.parseInt(opt.getOrDefault("sample", "97"));
        String peers = opt.getOrDefault("peers", "duckdb,h2");
        boolean withKaoping = Boolean.parseBoolean(opt.getOrDefault("kaoping", "true"));
        java.nio.file.Path expectFile = java.nio.file.Paths.get(opt.getOrDefault("expect",
                "target/kaoping-sample-" + scale + "-" + seed + ".txt"));

        say("java %s, %s, %d cpus, max heap %d MiB", System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long h0 = settledHeap();
        long t = System.nanoTime();
        Nation nation = NationGenerator.nation(scale, seed);
        double genUnits = secs(t);
        long h1 = settledHeap();
        List<String> rows = new ArrayList<>();
        Map<Integer, long[]> expected = new HashMap<>();
        Scorecard[] firstCards = null;
        Map<String, Integer> firstRank = null;
        if (withKaoping) {
            for (Style style : styles) {
                // a later style's heap is counted from what is held before it (the first style's scorecards stay held)
                long before = style == styles.get(0) ? h1 : settledHeap();
                Kaoping k = kaoping(nation, style, threads, warmups, warmupSeconds, runs, h0, h1, before, genUnits, scale, seed);
                rows.add(k.row);
                if (style != styles.get(0)) {
                    for (int u = 0; u < nation.size(); u++) {
                        long[] e = {k.cards[u].finalTotal().units(), k.rank.get(nation.units[u].id())};
                        long[] first = {firstCards[u].finalTotal().units(), firstRank.get(nation.units[u].id())};
                        if (e[0] != first[0] || e[1] != first[1]) {
                            throw new IllegalStateException("style " + style + " disagrees with " + styles.get(0) + " on unit "
                                    + nation.units[u].id() + ": total/rank " + e[0] + "/" + e[1] + " against " + first[0] + "/" + first[1]);
                        }
                    }
                    say("style %s: every unit's total and rank equal to style %s's", style, styles.get(0));
                    continue;
                }
                firstCards = k.cards;
                firstRank = k.rank;
                StringBuilder out = new StringBuilder();
                for (int u = 0; u < nation.size(); u += sample) {
                    long[] e = {k.cards[u].finalTotal().units(), k.rank.get(nation.units[u].id())};
                    expected.put(u, e);
                    out.append(u).append(' ').append(e[0]).append(' ').append(e[1]).append('\n');
                }
                java.nio.file.Files.createDirectories(expectFile.toAbsolutePath().getParent());
                java.nio.file.Files.write(expectFile, out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                say("sampled Kaoping totals and ranks written to %s", expectFile);
            }
            firstCards = null;
            firstRank = null;
        } else {
            for (String line : java.nio.file.Files.readAllLines(expectFile)) {
                String[] f = line.trim().split(" ");
                expected.put(Integer.parseInt(f[0]), new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
            say("Kaoping not run here: checking against %d sampled totals and ranks from %s", expected.size(), expectFile);
        }
        double kaopingMedian = withKaoping ? Double.parseDouble(rows.get(0).split("\\|")[5].trim()) : Double.parseDouble(opt.getOrDefault("kaopingMedian", "NaN"));
        long facts = 0;
        UnitFacts buf = new UnitFacts();
        for (int u = 0; u < nation.size(); u++) {
            NationGenerator.fill(nation, u, buf);
            facts += buf.size;
        }
        if (!peers.equals("none")) {
            for (String p : peers.split(",")) {
                SqlPeer.Engine engine = SqlPeer.Engine.valueOf(p.trim().toUpperCase(Locale.ROOT));
                try (SqlPeer peer = SqlPeer.open(engine)) {
                    long s = System.nanoTime();
                    long rowsLoaded = peer.load(nation);
                    double load = secs(s);
                    if (rowsLoaded != facts) {
                        throw new IllegalStateException(engine + " loaded " + rowsLoaded + " facts, Kaoping holds " + facts);
                    }
                    say("%s loaded %,d facts in %.2f s", engine, rowsLoaded, load);
                    double[] q = new double[peerRuns];
                    // warm-up rounds for the peer too, as for Kaoping (the JDBC driver's Java side is JIT-compiled as well)
                    for (int r = -peerWarmups; r < peerRuns; r++) {
                        s = System.nanoTime();
                        long n = peer.rollUp();
                        double took = secs(s);
                        if (n != nation.size()) {
                            throw new IllegalStateException(engine + " ranked " + n + " units of " + nation.size());
                        }
                        if (r >= 0) {
                            q[r] = took;
                        }
                        say("%s roll-up %.3f s%s", engine, took, r < 0 ? " (warm-up)" : "");
                    }
                    int checked = 0;
                    for (int u = 0; u < nation.size(); u += sample) {
                        long[] res = peer.result(u);
                        long total = expected.get(u)[0];
                        long rk = expected.get(u)[1];
                        if (res == null || res[0] != total || res[1] != rk) {
                            throw new IllegalStateException(engine + " DISAGREES with Kaoping on " + nation.units[u].id() + ": SQL "
                                    + (res == null ? "no row" : "total " + res[0] + " rank " + res[1]) + ", Kaoping total " + total + " rank " + rk);
                        }
                        checked++;
                    }
                    say("%s agrees with Kaoping on %d sampled units (totals and ranks)", engine, checked);
                    say("%s scale=%s load %.2f s, roll-up min %.3f s median %.3f s; Kaoping is %.2fx faster (median)", engine, scale, load,
                            min(q), median(q), median(q) / kaopingMedian);
                    rows.add(String.format(Locale.ROOT, "| %s | %s | %.1f s load | %.3f | %.3f | ratio %.2f |", scale, engine, load, min(q),
                            median(q), median(q) / kaopingMedian));
                }
            }
        }
        rows.forEach(System.out::println);
    }


    /** What the Kaoping half of the run leaves for the peers' half. */
    private static final class Kaoping {
        Scorecard[] cards;
        Map<String, Integer> rank;
        String row;
    }

    private static Kaoping kaoping(Nation nation, Style style, int threads, int warmups, double warmupSeconds, int runs, long h0, long h1,
            long before, double genUnits, double scale, long seed) throws InterruptedException {
        long t = System.nanoTime();
        EvidenceIndex index = NationGenerator.index(nation, style);
        double indexSecs = secs(t);
        long h2 = settledHeap();
        long facts = index.size();
        say("scale %s seed %d style %s: %,d units, %,d facts (%.1f per unit)", scale, seed, style, nation.size(), facts,
                (double) facts / nation.size());
        say("units built in %.2f s: %,d bytes of heap per unit (org units, ids, names)", genUnits, (h1 - h0) / nation.size());
        say("evidence generated and indexed in %.2f s: %,d MiB, %.1f bytes of heap per fact held (%,d per unit)", indexSecs,
                (h2 - before) >> 20, (double) (h2 - before) / facts, (h2 - before) / nation.size());

        Scorer scorer = Scorer.of(nation.plan);
        double[] kaoping = new double[runs];
        double[] scoreOnly = new double[runs];
        double[] scoreCpu = new double[runs];
        Scorecard[] cards = null;
        Map<String, RankingTable> tables = null;
        // Warm-up lasts at least `warmups` rounds and at least `warmupSeconds` (JMH's national benchmark warms up for
        // 2 x 2 s): at 1 % two rounds are 0.3 s, before the JIT has compiled the scoring loop, so the timed rounds
        // measured compilation as much as scoring. The first (cold) round is printed apart, as what a one-off run costs.
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int round = 0;
        for (int r = -warmups; r < runs; r++, round++) {
            if (r == -1 && System.nanoTime() < warmupEnd) {
                r--; // one more warm-up round
            }
            cards = null;
            tables = null;
            long s = System.nanoTime();
            cards = NationalScoring.scoreAll(scorer, nation, index, threads);
            double sc = secs(s);
            double cpu = NationalScoring.lastCpuNanos() / 1e9;
            tables = Rankings.rank(Arrays.asList(cards), nation.plan);
            double all = secs(s);
            say("%s kaoping score %.3f s (%.3f s cpu) + rank %.3f s = %.3f s (%d threads)", round == 0 ? "first (cold)" : r < 0 ? "warm-up" : "run",
                    sc, cpu, all - sc, all, threads);
            if (r >= 0) {
                kaoping[r] = all;
                scoreOnly[r] = sc;
                scoreCpu[r] = cpu;
            }
        }
        long h3 = settledHeap();
        say("scorecards and ranking tables held: %,d MiB, %,d bytes per unit", (h3 - h2) >> 20, (h3 - h2) / nation.size());
        say("KAOPING scale=%s score+rank min %.3f s median %.3f s (scoring alone median %.3f s wall, %.3f s cpu of all threads)", scale,
                min(kaoping), median(kaoping), median(scoreOnly), median(scoreCpu));

        Map<String, Integer> rank = new HashMap<>();
        for (RankingTable tb : tables.values()) {
            for (RankedUnit u : tb.entries()) {
                rank.put(u.unitId(), u.rank());
            }
        }
        Kaoping k = new Kaoping();
        k.cards = cards;
        k.rank = rank;
        k.row = String.format(Locale.ROOT, "| %s | Kaoping (%d threads, %s) | %.1f s index | %.3f | %.3f | %.1f B/fact |", scale, threads, style,
                indexSecs, min(kaoping), median(kaoping), (double) (h2 - before) / facts);
        return k;
    }

    static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(150);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElse(Double.NaN);
    }

    /** The median of {@code a} (the mean of the middle two for an even count), NaN for none; also {@link DemoWall}'s. */
    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static void say(String fmt, Object... args) {
        System.out.println(String.format(Locale.ROOT, fmt, args));
        System.out.flush();
    }
}
