package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaoping.core.points.Points;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Appeal;
import org.kaoping.runtime.AppealDecision;
import org.kaoping.runtime.CriterionRef;
import org.kaoping.runtime.EvidenceRefusedException;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.LifecycleRefusedException;
import org.kaoping.runtime.OverrideRequest;
import org.kaoping.runtime.UnitRef;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kaoping appeal file|decide|list}: appeals (申诉) during the notice period, on a journal store. */
@Command(name = "appeal", mixinStandardHelpOptions = true,
        description = "Appeals (申诉) during the notice period (公示): a unit files one about its criteria; the city office or the unit's assessor upholds or rejects it.",
        subcommands = {AppealCommand.File.class, AppealCommand.Decide.class, AppealCommand.ListAppeals.class},
        synopsisSubcommandLabel = "COMMAND")
final class AppealCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One appeal in the office's words. */
    static void print(PrintWriter out, Kaoping k, Appeal a) {
        out.println(a.id() + "　" + k.orgTree().unit(a.unitId()).name() + "（" + a.unitId() + "）　" + org.kaoping.plugin.report.AppealsSection.status(a));
        out.println("　　申诉事项：" + String.join("、", a.criterionIds()) + "；理由：" + a.reason()
                + (a.evidenceIds().isEmpty() ? "" : "；佐证材料：" + String.join("、", a.evidenceIds())));
        out.println("　　提出：" + a.filedBy() + "，" + LifecycleOptions.shown(a.filedAt()) + "（北京时间）");
        if (a.decision().isPresent()) {
            AppealDecision d = a.decision().get();
            out.println("　　复核：" + d.decidedBy() + "（" + d.decidedByUnitId() + "），" + LifecycleOptions.shown(d.decidedAt()) + "；理由：" + d.reason());
            if (!d.resultChanges().isEmpty()) {
                out.println("　　结果调整：" + org.kaoping.plugin.report.AppealsSection.changes(d, k.orgTree()));
            }
        }
    }

    abstract static class Act implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LifecycleOptions options;

        abstract String act();

        abstract Appeal act(Kaoping k);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (JournalAssessmentStore store = options.open(); Kaoping k = options.runtime(store, spec.commandLine().getErr())) {
                Appeal a;
                try {
                    a = act(k);
                } catch (LifecycleRefusedException e) {
                    return LifecycleOptions.refused(out, act(), e);
                } catch (EvidenceRefusedException e) {
                    out.println("未受理：" + act() + "（改分未通过证据关口）。");
                    out.println("原因（技术细节）：" + e.reason());
                    return 1;
                }
                print(out, k, a);
                return 0;
            }
        }
    }

    @Command(name = "file", mixinStandardHelpOptions = true,
            description = "File an appeal for a unit, by a person of that unit, within the notice window (Beijing time).")
    static final class File extends Act {
        @Option(names = "--actor", paramLabel = "NAME", required = true, description = "Who files it for the unit.")
        String actor;

        @Option(names = {"-u", "--unit"}, paramLabel = "ID", required = true, description = "The unit appealing (only the unit itself may).")
        String unit;

        @Option(names = "--criterion", paramLabel = "ID", required = true, description = "A criterion of the unit's rubric, e.g. 2.1; repeatable.")
        List<String> criteria;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why the unit appeals.")
        String reason;

        @Option(names = "--evidence", paramLabel = "ID", description = "The id of stored evidence about the unit that supports it; repeatable.")
        List<String> evidence;

        @Override
        String act() {
            return "提出申诉";
        }

        @Override
        Appeal act(Kaoping k) {
            return k.fileAppeal(actor, unit, unit, criteria, reason, evidence == null ? Collections.<String>emptyList() : evidence);
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Uphold (--uphold, with --set CRITERION=POINTS overrides) or reject (--reject) an appeal, with a reason.")
    static final class Decide extends Act {
        @Option(names = "--actor", paramLabel = "NAME", required = true, description = "The assessor deciding.")
        String actor;

        @Option(names = "--as-unit", paramLabel = "ID", description = "The unit the assessor acts for (default: the city office).")
        String asUnit;

        @Option(names = "--appeal", paramLabel = "ID", required = true, description = "The appeal's id (see appeal list).")
        String appeal;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Verdict verdict;

        static final class Verdict {
            @Option(names = "--uphold", required = true, description = "复核成立: the unit is re-scored and re-ranked.")
            boolean uphold;

            @Option(names = "--reject", required = true, description = "驳回.")
            boolean reject;
        }

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why; shown to the unit.")
        String reason;

        @Option(names = "--set", paramLabel = "CRITERION=POINTS", description = "With --uphold: an override of a leaf criterion of the unit, e.g. 2.1=3.5; repeatable.")
        List<String> sets;

        @Override
        String act() {
            return verdict.uphold ? "申诉复核成立" : "驳回申诉";
        }

        @Override
        Appeal act(Kaoping k) {
            String office = asUnit == null ? k.delegation().cityOfficeId() : asUnit;
            if (!verdict.uphold) {
                if (sets != null && !sets.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--set goes with --uphold only");
                }
                return k.rejectAppeal(actor, office, appeal, reason);
            }
            String unit = null;
            for (Appeal a : k.appeals()) {
                if (a.id().equals(appeal)) {
                    unit = a.unitId();
                }
            }
            List<OverrideRequest> overrides = new ArrayList<>();
            if (sets != null) {
                for (String s : sets) {
                    int eq = s.indexOf('=');
                    if (eq <= 0 || unit == null) {
                        throw new ParameterException(spec.commandLine(), unit == null ? "no appeal " + appeal + " (see appeal list)"
                                : "--set expects CRITERION=POINTS, e.g. 2.1=3.5; got " + s);
                    }
                    overrides.add(OverrideRequest.of(UnitRef.of(unit), CriterionRef.of(s.substring(0, eq).trim()),
                            Points.parse(s.substring(eq + 1).trim()), reason));
                }
            }
            return k.upholdAppeal(actor, office, appeal, reason, overrides);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the appeals of the plan with their decisions.")
    static final class ListAppeals implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LifecycleOptions options;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (JournalAssessmentStore store = options.open(); Kaoping k = options.runtime(store, spec.commandLine().getErr())) {
                List<Appeal> all = k.appeals();
                out.println("申诉共 " + all.size() + " 件（时间为北京时间）。");
                for (Appeal a : all) {
                    print(out, k, a);
                }
                return 0;
            }
        }
    }
}
