package org.kaoping.plugin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.RubricAmendment;
import org.kaoping.runtime.RubricAmendmentRefusedException;
import org.kaoping.spi.AuditEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaoping amend add|list}: ad-hoc deployments (临时部署, issue 16) on a journal store. {@code add} amends the plan's
 * rubrics with a scored task as an audited amendment and prints the new version; {@code --export DIR} writes the amended
 * rubrics as JSON, so that {@code kaoping rubric diff <id> DIR/<file>} shows the amendment. {@code list} prints the
 * amendments recorded for the plan.
 */
@Command(name = "amend", mixinStandardHelpOptions = true,
        description = "Ad-hoc deployments (临时部署): add a scored task to the plan's rubrics during the cycle (a new rubric version, audited), or list them.",
        subcommands = {AmendCommand.Add.class, AmendCommand.ListAmendments.class},
        synopsisSubcommandLabel = "COMMAND")
final class AmendCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a task: its title, points (on top of the rubric's 100), the kinds of unit it applies to, its deadline and rule. "
                    + "Refused once the results are published for notice (公示) or final. Exit code 1 if refused.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LifecycleOptions options;

        @Option(names = "--actor", paramLabel = "NAME", required = true, description = "Who adds it, for the office.")
        String actor;

        @Option(names = {"-u", "--unit"}, paramLabel = "ID", required = true,
                description = "The office acting: the city office or the plan's assessing office.")
        String unit;

        @Option(names = "--title", paramLabel = "TEXT", required = true, description = "What the task asks, as the office writes it.")
        String title;

        @Option(names = "--points", paramLabel = "POINTS", required = true, description = "The task's points, e.g. 2 or 1.5 (above 0, at most 100).")
        String points;

        @Option(names = "--kind", paramLabel = "KIND", required = true,
                description = "A kind of unit it applies to, by its Chinese name (e.g. 县（区）) or its name (COUNTY_DISTRICT); repeatable.")
        List<String> kinds;

        @Option(names = "--deadline", paramLabel = "DATE", required = true, description = "The day it is due, yyyy-MM-dd (Beijing time).")
        String deadline;

        @Option(names = "--done-by-deadline",
                description = "Score it done by the deadline = full points, else none (a checklist tick); default: the office's judgement.")
        boolean doneByDeadline;

        @Option(names = "--export", paramLabel = "DIR", description = "Also write each amended rubric as JSON into DIR, for rubric diff.")
        Path export;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            RubricAmendment amendment = amendment();
            try (JournalAssessmentStore store = options.open(); Kaoping k = options.runtime(store, spec.commandLine().getErr())) {
                java.util.Map<String, Rubric> before = new java.util.HashMap<>();
                for (Rubric r : k.plan().rubrics().values()) {
                    before.put(r.id(), r); // the runtime uses the amended version at once: keep the versions before it
                }
                List<Rubric> amended;
                try {
                    amended = k.amendRubric(actor, unit, amendment);
                } catch (RubricAmendmentRefusedException e) {
                    out.println("未受理：临时部署「" + amendment.title() + "」。");
                    out.println("原因（技术细节）：" + e.reason());
                    return 1;
                }
                out.println("已增加临时部署（方案 " + k.plan().id() + "，" + LifecycleOptions.shown(options.now()) + "，北京时间，已记入审计记录）：");
                for (Rubric r : amended) {
                    Criterion task = r.criteria().get(r.criteria().size() - 1);
                    Rubric was = before.get(r.id());
                    out.println("  《" + r.title() + "》[" + r.id() + "] " + was.version() + " → " + r.version() + "，满分 " + was.points()
                            + " → " + r.points());
                    out.println("    + " + task.id() + " " + task.label() + "（" + task.points() + " 分）：" + task.text() + "；计分："
                            + (amendment.scoring() == RubricAmendment.Scoring.DONE_BY_DEADLINE ? "按期完成得满分，否则不得分" : "考评组评定"));
                    if (export != null) {
                        Path file = export.resolve(r.id().replace('/', '_') + "-" + r.version() + ".json");
                        Files.createDirectories(export);
                        try (OutputStream o = Files.newOutputStream(file)) {
                            RubricJson.write(r, o);
                        }
                        out.println("    已导出：" + file + "（kaoping rubric diff " + r.id() + " " + file + " 可查看差异）");
                    }
                }
                out.println("此后评分使用新版本；此前已存的评分表保留原版本，重新评分后改为新版本。");
                out.flush();
                return 0;
            }
        }

        private RubricAmendment amendment() {
            Set<OrgKind> set = EnumSet.noneOf(OrgKind.class);
            for (String k : kinds) {
                set.add(kind(k));
            }
            Points p;
            try {
                p = Points.parse(points.trim());
            } catch (IllegalArgumentException e) {
                throw new RefusedInputException("--points expects points such as 2 or 1.5; got \"" + points + "\"");
            }
            LocalDate due;
            try {
                due = LocalDate.parse(deadline.trim());
            } catch (DateTimeParseException e) {
                throw new RefusedInputException("--deadline expects a day as yyyy-MM-dd, e.g. 2015-09-30; got \"" + deadline + "\"");
            }
            try {
                RubricAmendment a = RubricAmendment.of(title, p, set, due);
                return doneByDeadline ? a.scoredBy(RubricAmendment.Scoring.DONE_BY_DEADLINE) : a;
            } catch (IllegalArgumentException e) {
                throw new RefusedInputException("the ad-hoc deployment is not valid: " + e.getMessage());
            }
        }

        private static OrgKind kind(String given) {
            String k = given.trim();
            for (OrgKind o : OrgKind.values()) {
                if (o.name().equals(k) || o.chineseName().equals(k)) {
                    return o;
                }
            }
            StringBuilder known = new StringBuilder();
            for (OrgKind o : OrgKind.values()) {
                known.append(known.length() == 0 ? "" : ", ").append(o.chineseName()).append(" (").append(o.name()).append(')');
            }
            throw new RefusedInputException("--kind expects a kind of unit, one of " + known + "; got \"" + given + "\"");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the plan's ad-hoc deployments, from the audit trail, with the versions in force.")
    static final class ListAmendments implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LifecycleOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (JournalAssessmentStore store = options.open(); Kaoping k = options.runtime(store, spec.commandLine().getErr())) {
                int n = 0;
                for (AuditEvent e : store.auditEvents(0)) {
                    if (e.action() == AuditEvent.Action.RUBRIC_AMENDED && k.plan().id().equals(e.subject().orElse(null))) {
                        n++;
                        out.println("记录 " + n + "：" + LifecycleOptions.shown(e.at()) + "（北京时间），" + e.actor() + "（" + e.actorUnitId().orElse("") + "），审计记录第 "
                                + e.sequence() + " 条");
                    }
                }
                out.println(n == 0 ? "方案 " + k.plan().id() + " 没有临时部署。" : "方案 " + k.plan().id() + " 共 " + n + " 条临时部署记录（每条对应一个工作标准）。");
                for (Rubric r : new java.util.LinkedHashSet<>(k.plan().rubrics().values())) {
                    out.println("  现行版本：《" + r.title() + "》[" + r.id() + "] " + r.version() + "，满分 " + r.points());
                    for (Criterion c : r.criteria()) {
                        if (c.label().startsWith("临时部署")) {
                            out.println("    + " + c.id() + " " + c.label() + "（" + c.points() + " 分）：" + c.text());
                        }
                    }
                }
                out.flush();
                return 0;
            }
        }
    }
}
