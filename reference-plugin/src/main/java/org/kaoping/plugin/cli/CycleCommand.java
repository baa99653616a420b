package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.CycleStatus;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.LifecycleRefusedException;
import org.kaoping.runtime.ResultSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaoping cycle status|publish|finalize|reopen}: the cycle after the scores (公示, final results) on a journal store. */
@Command(name = "cycle", mixinStandardHelpOptions = true,
        description = "The cycle after the scores on a journal store: its state, publishing the results for notice (公示), finalizing them, re-opening.",
        subcommands = {CycleCommand.Status.class, CycleCommand.Publish.class, CycleCommand.Finalize.class, CycleCommand.Reopen.class},
        synopsisSubcommandLabel = "COMMAND")
final class CycleCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the status in Chinese. */
    static void print(PrintWriter out, Kaoping k) {
        CycleStatus s = k.cycleStatus();
        out.println("考评方案 " + s.planId() + "：" + s.state().chinese()
                + (s.since().isPresent() ? "（" + LifecycleOptions.shown(s.since().get()) + " 起，北京时间）" : "") + "。");
        if (s.noticeEnd().isPresent()) {
            out.println("公示期：" + LifecycleOptions.shown(s.noticeFrom().get()) + " 至 " + LifecycleOptions.DAY.format(s.noticeLastDay().get())
                    + " 24:00（北京时间；" + k.plan().noticePeriod().days() + " 个"
                    + (k.plan().noticePeriod().counting() == org.kaoping.core.plan.NoticePeriod.Counting.WORKING_DAYS ? "工作日" : "自然日")
                    + "，工作日按周一至周五计）。");
            out.println("申诉：" + s.appeals() + " 件，其中待复核 " + s.openAppeals() + " 件"
                    + (k.plan().noticePeriod().appealsBlockFinal() ? "（有待复核的申诉时不能定稿）" : "") + "。");
        }
        if (k.resultSnapshot().isPresent()) {
            ResultSnapshot r = k.resultSnapshot().get();
            out.println((r.state() == org.kaoping.runtime.CycleState.FINAL ? "定稿结果" : "公示结果") + "：" + r.units().size()
                    + " 个单位，快照存于审计记录第 " + r.sequence() + " 条（" + LifecycleOptions.shown(r.takenAt()) + "）。");
        }
    }

    /** A subcommand's shared frame: open the store, build the runtime, act, print. */
    abstract static class Act implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LifecycleOptions options;

        abstract String act();

        abstract void act(Kaoping k, PrintWriter out);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (JournalAssessmentStore store = options.open(); Kaoping k = options.runtime(store, spec.commandLine().getErr())) {
                try {
                    act(k, out);
                } catch (LifecycleRefusedException e) {
                    return LifecycleOptions.refused(out, act(), e);
                }
                print(out, k);
                return 0;
            }
        }
    }

    /** The actor option of the acts. */
    abstract static class OfficeAct extends Act {
        @Option(names = "--actor", paramLabel = "NAME", required = true, description = "Who acts for the city office (recorded in the audit trail).")
        String actor;

        String officeId(Kaoping k) {
            return k.delegation().cityOfficeId();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Print the cycle's state, notice window and appeals.")
    static final class Status extends Act {
        @Override
        String act() {
            return "查看状态";
        }

        @Override
        void act(Kaoping k, PrintWriter out) {
            // the status is printed by the frame
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Score, rank and publish the results for notice (公示) for the plan's notice period; the snapshot of results, rubric versions and evidence hashes is audited.")
    static final class Publish extends OfficeAct {
        @Override
        String act() {
            return "公示考评结果";
        }

        @Override
        void act(Kaoping k, PrintWriter out) {
            k.publishForNotice(actor, officeId(k));
            out.println("考评结果已进入公示。");
        }
    }

    @Command(name = "finalize", mixinStandardHelpOptions = true,
            description = "Finalize the results after the notice window (open appeals block it unless the plan says otherwise); evidence for the year is refused from then on.")
    static final class Finalize extends OfficeAct {
        @Override
        String act() {
            return "定稿考评结果";
        }

        @Override
        void act(Kaoping k, PrintWriter out) {
            k.finalizeCycle(actor, officeId(k));
            out.println("考评结果已定稿，此后该年度证据不再受理。");
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Re-open a final cycle (the city office only, with a reason; audited).")
    static final class Reopen extends OfficeAct {
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why the final result is re-opened.")
        String reason;

        @Override
        String act() {
            return "重新开启已定稿的考评";
        }

        @Override
        void act(Kaoping k, PrintWriter out) {
            k.reopenCycle(actor, officeId(k), reason);
            out.println("已重新开启，理由：" + reason);
        }
    }
}
