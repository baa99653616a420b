package org.kaoping.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 14 goal 7's demo, whole process: {@code java -jar <cli jar> demo --out <temporary folder>} timed from start to
 * exit, alternated round by round with its anchor {@code java -version} (the figures at filing: 2.8 s against
 * 0.06 s, 1.5 s wanted, i.e. 25 × {@code java -version}), and optionally with other jars (an earlier build) and the
 * same jar under other JVM options, so that every figure is a ratio within one loop on a shared, noisy machine. Each
 * demo run must exit 0. Prints every run, then medians, each variant's ratio to {@code java -version} and its paired
 * ratio to the first (the median over rounds of the two runs' quotient, which cancels the machine's drift between
 * rounds), and writes the medians as JMH-style JSON for {@link BenchmarkSummary}'s table.
 *
 * <p>{@code java -cp benchmarks.jar org.kaoping.benchmarks.DemoWall cli=cli/target/kaoping-cli-0.1.0-SNAPSHOT.jar
 * runs=15 [jars=base.jar,...] [options=-XX:+UseSerialGC;-XX:TieredStopAtLevel=1] [json=demo-wall.json]}
 *
 * <p>CPU time (user + system of the child, from {@code /proc/self/stat}'s reaped-children fields) is shown where the
 * machine has {@code /proc}; it is blank elsewhere.
 */
public final class DemoWall {
    /** One thing timed each round: a jar's demo under some JVM options, or {@code java -version}. */
    record Variant(String name, List<String> command) {}

    private DemoWall() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = MainArgs.parse(args);
        Path cli = Paths.get(required(opt, "cli"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "15"));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("java -version", List.of(java, "-version")));
        variants.add(demo(java, cli, ""));
        for (String jar : list(opt.get("jars"), ",")) {
            variants.add(demo(java, Paths.get(jar), ""));
        }
        for (String options : list(opt.get("options"), ";")) {
            variants.add(demo(java, cli, options));
        }
        Path work = Files.createTempDirectory("kaoping-demo-wall");
        long[][] wall = new long[variants.size()][runs];
        long[][] cpu = new long[variants.size()][runs];
        System.out.println("# demo wall (issue 14 goal 7), " + runs + " rounds; machine: " + Runtime.getRuntime().availableProcessors()
                + " cores, java " + System.getProperty("java.version"));
        for (int r = 0; r < runs; r++) {
            for (int v = 0; v < variants.size(); v++) {
                Path out = work.resolve("out");
                deleteTree(out);
                List<String> command = new ArrayList<>(variants.get(v).command());
                if (v > 0) {
                    command.addAll(List.of("demo", "--out", out.toString()));
                }
                long cpuBefore = childrenCpuMillis();
                long start = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                int exit = p.waitFor();
                wall[v][r] = (System.nanoTime() - start) / 1_000_000;
                long cpuAfter = childrenCpuMillis();
                cpu[v][r] = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
                if (exit != 0) {
                    throw new IllegalStateException(variants.get(v).name() + " exited with " + exit + ": " + String.join(" ", command));
                }
                System.out.println("round " + (r + 1) + " | " + variants.get(v).name() + " | " + wall[v][r] + " ms"
                        + (cpu[v][r] >= 0 ? " | cpu " + cpu[v][r] + " ms" : ""));
            }
        }
        deleteTree(work);
        double anchor = median(wall[0]);
        StringBuilder table = new StringBuilder("\n| what | median wall (ms) | median cpu (ms) | × java -version | paired × first demo |\n|---|---:|---:|---:|---:|\n");
        for (int v = 0; v < variants.size(); v++) {
            double m = median(wall[v]);
            double c = cpu[v][0] < 0 ? Double.NaN : median(cpu[v]);
            table.append("| ").append(variants.get(v).name()).append(" | ").append(num(m)).append(" | ").append(Double.isNaN(c) ? "—" : num(c))
                    .append(" | ").append(v == 0 ? "1" : String.format(Locale.ROOT, "%.1f", m / anchor)).append(" | ")
                    .append(v < 2 ? "—" : String.format(Locale.ROOT, "%.3f", pairedRatio(wall[v], wall[1]))).append(" |\n");
        }
        System.out.print(table);
        String json = opt.get("json");
        if (json != null) {
            Files.write(Paths.get(json), jmhJson(variants, wall).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Variant demo(String java, Path jar, String options) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(list(options, " "));
        command.addAll(List.of("-jar", jar.toString()));
        String name = "demo " + jar.getFileName() + (options.isEmpty() ? "" : " [" + options + "]");
        return new Variant(name, command);
    }

    /**
     * The medians as JMH writes its results ({@code DemoWall.demo} and {@code DemoWall.javaVersion} for the first jar
     * without options, {@code DemoWall.demoVariant} with a {@code variant} parameter for the others), in ms/op.
     */
    static String jmhJson(List<Variant> variants, long[][] wall) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode results = json.createArrayNode();
        for (int v = 0; v < variants.size(); v++) {
            ObjectNode r = results.addObject();
            r.put("benchmark", "org.kaoping.benchmarks.DemoWall." + (v == 0 ? "javaVersion" : v == 1 ? "demo" : "demoVariant"));
            r.put("mode", "ss");
            ObjectNode params = r.putObject("params");
            if (v >= 2) {
                params.put("variant", variants.get(v).name());
            }
            ObjectNode metric = r.putObject("primaryMetric");
            metric.put("score", median(wall[v]));
            metric.put("scoreError", Double.NaN);
            metric.put("scoreUnit", "ms/op");
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(results);
    }

    /** The median over rounds of {@code a[r] / b[r]}. */
    static double pairedRatio(long[] a, long[] b) {
        double[] q = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            q[r] = (double) a[r] / b[r];
        }
        return NationalReport.median(q);
    }

    static double median(long[] values) {
        return NationalReport.median(Arrays.stream(values).asDoubleStream().toArray());
    }

    /** User and system time of this process's reaped children, from {@code /proc/self/stat}; -1 without {@code /proc}. */
    private static long childrenCpuMillis() {
        try {
            String stat = new String(Files.readAllBytes(Paths.get("/proc/self/stat")), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
            // after the command name: field 3 is f[0], so cutime (16) and cstime (17) are f[13] and f[14], in clock ticks
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 1000 / 100;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static List<String> list(String value, String separator) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(separator)) {
                if (!s.trim().isEmpty()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private static String required(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("argument " + name + "=... is required, e.g. cli=cli/target/kaoping-cli-0.1.0-SNAPSHOT.jar");
        }
        return v;
    }

    private static String num(double ms) {
        return String.format(Locale.ROOT, "%.0f", ms);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(q);
            }
        }
    }
}
