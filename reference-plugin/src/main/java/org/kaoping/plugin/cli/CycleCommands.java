package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import org.kaoping.core.KaopingException;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.report.ConsoleReport;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.run.CycleResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score}, {@code rank}, {@code report} and {@code demo}: thin commands over the library. */
final class CycleCommands {
    /** What score, rank and report say in --help about the units they know. */
    static final String SAMPLE_CITY = "Without --org, the units are those of the Beihai sample city (BeihaiSampleCity: 北海市, its four county-level units, townships, villages, city departments and sample enterprises), and the output is labelled 示例数据. "
            + "With --org FILE, they are read from a units CSV file (e.g. an OA export of 组织机构), and the plan's rubrics apply by kind. "
            + "Evidence about units not listed is refused, naming the record. Without --plan, the Beihai 2015 default plan (see plan export). "
            + "Synthetic evidence (the demo's) is labelled 示例数据 wherever it appears.";

    private CycleCommands() {}

    /** The title of reports made from an evidence folder: the plan's title as a result (…考评结果), marked 【示例数据】 when synthetic. */
    static String title(CycleOptions.Ran r) {
        String t = r.plan.title();
        String title = t.isEmpty() ? "考评结果 " + r.plan.id() + " " + r.plan.year()
                : t.endsWith("考评方案") ? t.substring(0, t.length() - "方案".length()) + "结果" : t + " 考评结果";
        return r.synthetic ? BeihaiDemo.LABEL + title : title;
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Score one unit, or every unit, from an evidence folder, through the runtime on an in-memory store (late and missing self-reports deducted as the plan declares), and print the scorecard(s).",
                CycleCommands.SAMPLE_CITY})
    static final class Score implements Callable<Integer> {
        @Mixin
        CycleOptions cycle;

        @Spec
        CommandSpec spec;

        @Option(names = {"-u", "--unit"}, paramLabel = "ID", description = "The unit to score, e.g. beihai/hepu (default: every unit in scope).")
        String unit;

        @Option(names = {"-x", "--explain"}, description = "Print every item's explanation: rule, evidence, raters, deductions, overrides.")
        boolean explain;

        @Option(names = "--trace", description = "With --explain, also print the scoring engine's own technical trace (English), "
                + "for developers checking a result.")
        boolean trace;

        @Option(names = "--language", paramLabel = "LANG", defaultValue = "zh-CN",
                description = "The language of the explanations: zh-CN (default) or en.")
        String language;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CycleOptions.Ran ran = cycle.run(spec.commandLine().getErr());
            CycleResult r = ran.result;
            int scale = r.setup().plan().leafScale();
            out.println(title(ran));
            for (String n : ran.notices) {
                out.println(n);
            }
            out.println();
            java.util.Map<String, String> labels = ran.plan.categoryNames();
            org.kaoping.plugin.report.Wording wording;
            if ("zh-CN".equalsIgnoreCase(language) || "zh".equalsIgnoreCase(language)) {
                wording = org.kaoping.plugin.report.Wording.ZH_CN;
            } else if ("en".equalsIgnoreCase(language)) {
                wording = org.kaoping.plugin.report.Wording.EN;
            } else {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--language takes zh-CN or en; got [" + language + "]");
            }
            if (unit != null) {
                Scorecard c = r.scorecard(unit);
                ConsoleReport.scorecard(out, c, scale, explain, labels, r.setup().plan(), wording, trace);
            } else {
                for (Scorecard c : r.scorecards()) {
                    ConsoleReport.scorecard(out, c, scale, explain, labels, r.setup().plan(), wording, trace);
                    out.println();
                }
            }
            // claims are not on any scorecard until approved: list them so that none is overlooked
            ConsoleReport.pendingClaims(out, r.reportData(title(ran), ran.notices, labels), unit);
            return 0;
        }
    }

    @Command(name = "rank", mixinStandardHelpOptions = true,
            description = {"Score every unit in scope from an evidence folder and print the ranking per rubric, with grades.", CycleCommands.SAMPLE_CITY})
    static final class Rank implements Callable<Integer> {
        @Mixin
        CycleOptions cycle;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CycleOptions.Ran ran = cycle.run(spec.commandLine().getErr());
            ConsoleReport.rankings(spec.commandLine().getOut(), ran.result.reportData(title(ran), ran.notices, ran.plan.categoryNames()));
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Score every unit in scope from an evidence folder and write " + Reports.HTML + ", " + Reports.CSV + " and "
                    + Reports.JSON + " to --out (written to temporary files first, then moved into place).", CycleCommands.SAMPLE_CITY})
    static final class Report implements Callable<Integer> {
        @Mixin
        CycleOptions cycle;

        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The folder to write the reports to (created if needed).")
        Path out;

        @Option(names = "--title", paramLabel = "TEXT", description = "The reports' title.")
        String title;

        @Option(names = "--notice", paramLabel = "TEXT", description = "A notice shown at the top of every report; repeatable.")
        java.util.List<String> notices = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            CycleOptions.Ran ran = cycle.run(spec.commandLine().getErr());
            java.util.List<String> all = new java.util.ArrayList<>(ran.notices);
            all.addAll(notices);
            String t = title == null ? title(ran) : ran.synthetic && !title.contains("示例") ? BeihaiDemo.LABEL + title : title;
            ReportData data = ran.result.reportData(t, all, ran.plan.categoryNames());
            for (Path p : Reports.writeAll(data, out)) {
                spec.commandLine().getOut().println("Wrote " + p);
            }
            return 0;
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = {"Run the Beihai 2015 demo end to end on SYNTHETIC data (示例数据，非真实考评结果): generate a year of evidence, "
                    + "write it as OA-style CSV exports to DIR/evidence (score, rank and report read that folder), then run the cycle through the "
                    + "runtime on the embedded journal store in DIR/store (emptied first if an earlier run left one): import the same evidence in batches, check the "
                    + "self-report deadlines (late and missing reports deducted, audited), score, rank and publish; print the rankings per "
                    + "category with grades, and write " + Reports.HTML + ", " + Reports.CSV + " and " + Reports.JSON + " to DIR, "
                    + "and the sample city's units to DIR/" + BeihaiDemo.UNITS_CSV + " (a units CSV file for --org).",
                "Townships, villages and the city office are not assessed; the reports say why."})
    static final class Demo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.ParentCommand
        KaopingCommand parent;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "kaoping-demo",
                description = "The folder to write the evidence and the reports to (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() {
            return run(spec.commandLine().getOut(), spec.commandLine().getErr(), out, parent != null && parent.verbose);
        }

        /**
         * The demo into {@code out}, printing to {@code o} (and the timings to {@code e} when {@code verbose}): what
         * {@link #call()} runs, and what {@link Main} runs without building picocli's model for the plain
         * {@code demo [--out DIR]} command line (issue 14).
         */
        static int run(PrintWriter o, PrintWriter e, Path out, boolean verbose) {
            org.kaoping.plugin.run.Timings timings = new org.kaoping.plugin.run.Timings();
            CycleResult r = BeihaiDemo.runAndWrite(out, timings);
            timings.run("print the rankings", () -> ConsoleReport.rankings(o, BeihaiDemo.report(r)));
            o.println();
            for (String line : BeihaiDemo.summary(r, out)) {
                o.println(line);
            }
            o.println("试一试：java -jar <本 jar> score --evidence " + Paths.get(out.toString(), "evidence") + " --unit beihai/hepu --explain");
            o.println("　　　　java -jar <本 jar> rank --evidence " + Paths.get(out.toString(), "evidence") + " --org "
                    + Paths.get(out.toString(), BeihaiDemo.UNITS_CSV));
            if (verbose) {
                e.println("Timings (wall clock, after JVM start):");
                for (String line : timings.lines()) {
                    e.println(line);
                }
                e.println("Runtime: " + r.runtimeSummary());
            }
            return 0;
        }
    }
}
