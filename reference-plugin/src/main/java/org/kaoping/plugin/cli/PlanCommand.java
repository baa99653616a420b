package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.GradeBand;
import org.kaoping.core.plan.GradeQuota;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.json.JsonFormatException;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.plan.BeihaiPlans;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanResolver;
import org.kaoping.plugin.plan.PlanText;
import org.kaoping.plugin.plan.ResolvedPlan;
import org.kaoping.plugin.plan.RubricChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kaoping plan …}: check a plan file (考评方案), export the Beihai 2015 default plan, print the plan file's JSON Schema. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        description = "Check, export and describe assessment plans (考评方案) as files: what score, rank and report take with --plan FILE.",
        subcommands = {PlanCommand.Check.class, PlanCommand.Export.class, PlanCommand.Schema.class},
        synopsisSubcommandLabel = "COMMAND")
final class PlanCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Read a plan file, find and validate every rubric it names (by id, from --rubrics DIR, or as a file relative to the plan), check "
                    + "every criterion and grade it names, and print what the plan declares. An error names the file, line, column and JSON path. "
                    + "Exit code 1 if the plan cannot be used, 0 otherwise.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The plan JSON file (UTF-8).")
        Path file;

        @Option(names = "--rubrics", paramLabel = "DIR", description = RubricSources.HELP)
        Path rubrics;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ResolvedPlan resolved;
            try {
                PlanDocument doc = PlanJson.read(file);
                resolved = PlanResolver.resolve(doc, RubricSources.registry(rubrics, spec.commandLine().getErr()), file.toAbsolutePath().getParent());
            } catch (JsonFormatException e) {
                out.println(e.getMessage());
                out.println("FAILED：考评方案不能用于评分，请先改正上述错误。");
                return 1;
            }
            describe(out, resolved);
            out.println("OK：考评方案可用于评分。");
            return 0;
        }
    }

    /** What a resolved plan declares, in Chinese, one line a setting. */
    static void describe(PrintWriter out, ResolvedPlan resolved) {
        PlanDocument doc = resolved.document();
        AssessmentPlan plan = resolved.plan();
        out.println("考评方案 " + doc.id() + (doc.title().isEmpty() ? "" : "《" + doc.title() + "》") + "，" + doc.year() + "年度"
                + (doc.cityOffice().isPresent() ? "，考评机构 " + doc.cityOffice().get() : ""));
        for (RubricChoice c : doc.rubrics()) {
            Rubric r = plan.rubricFor(c.kind());
            out.println("  " + c.kind().chineseName() + "：" + r.id() + " " + r.version() + "《" + r.title() + "》"
                    + (c.file().isPresent() ? "（文件 " + c.file().get() + "）" : "")
                    + (c.selfReportCriterion().isPresent() ? "；自查报告迟报、漏报扣分计入 " + c.selfReportCriterion().get() : "；不扣自查报告迟报、漏报分"));
        }
        for (Map.Entry<OrgKind, String> e : doc.notAssessedKinds().entrySet()) {
            out.println("  不参加考评：" + e.getKey().chineseName() + "（" + e.getValue() + "）");
        }
        for (Map.Entry<String, String> e : doc.notAssessedUnits().entrySet()) {
            out.println("  不参加考评：" + e.getKey() + "（" + e.getValue() + "）");
        }
        StringBuilder bands = new StringBuilder();
        for (GradeBand b : plan.gradeBands().bands()) {
            bands.append(bands.length() == 0 ? "" : "，").append(b.grade().name()).append(" ≥ ").append(b.minimum().toBigDecimal().stripTrailingZeros().toPlainString());
        }
        out.println("  等次：" + bands);
        for (GradeQuota q : plan.quotas()) {
            out.println("  名额：" + q.grade().name() + "至多占排名单位的 " + q.maxShare().numerator() + "/" + q.maxShare().denominator() + "（向下取整）");
        }
        out.println("  截止：" + PlanText.deadlines(doc.cycle()));
        out.println("  " + PlanText.notice(doc));
        out.println("  计分：各项得分保留 " + plan.leafScale() + " 位小数、折算总分保留 " + plan.totalScale() + " 位小数，四舍五入；评委评分" + PlanText.raters(plan.raters()));
        out.println("  来源：" + PlanText.blend(plan.blend()));
        java.util.Map<org.kaoping.core.plan.SourceBlend, java.util.List<String>> groups = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, org.kaoping.core.plan.SourceBlend> e : plan.criterionBlends().entrySet()) {
            groups.computeIfAbsent(e.getValue(), k -> new java.util.ArrayList<>()).add(e.getKey());
        }
        for (Map.Entry<org.kaoping.core.plan.SourceBlend, java.util.List<String>> e : groups.entrySet()) {
            out.println("  来源（第 " + String.join("、", e.getValue()) + " 项）：" + PlanText.blend(e.getKey()));
        }
        out.println("  加减分类别 " + plan.adjustments().size() + " 个，一票否决 " + plan.vetoRules().size() + " 项，并列名次处理 " + plan.tieBreaks().size() + " 项");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the Beihai 2015 default plan (" + BeihaiPlans.ID + ", what score, rank and report use without --plan) as a plan file, "
                    + "every setting spelled out, to standard output or to a file (written atomically): the start of an office's own plan.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path outFile;

        @Override
        public Integer call() {
            PlanDocument doc = BeihaiPlans.default2015();
            if (outFile == null) {
                spec.commandLine().getOut().print(PlanJson.toJson(doc));
                spec.commandLine().getOut().flush();
            } else {
                PlanJson.export(doc, outFile);
                spec.commandLine().getOut().println("Wrote plan [" + doc.id() + "] to " + outFile);
            }
            return 0;
        }
    }

    @Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON Schema (draft 2020-12) of plan files.")
    static final class Schema implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(PlanJson.schema());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
