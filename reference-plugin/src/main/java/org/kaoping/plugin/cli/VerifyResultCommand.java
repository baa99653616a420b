package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.LifecycleRefusedException;
import org.kaoping.runtime.ResultVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kaoping verify-result --store DIR}: re-scores the published (or final) result from the store and compares it with
 * the stored snapshot, naming every difference in Chinese. Exit 0 the result is re-derived exactly, 1 it differs.
 */
@Command(name = "verify-result", mixinStandardHelpOptions = true,
        description = {"Re-score the published (公示) or final result from the store and compare it with the snapshot stored when it was published: "
                + "evidence rows changed, removed or added (by content hash), rubric versions, totals, grades and ranks.",
                "Exit code: 0 the result is re-derived exactly, 1 a difference (or nothing published)."})
final class VerifyResultCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LifecycleOptions options;

    static String kind(ResultVerification.Difference d) {
        switch (d.kind()) {
            case EVIDENCE_CHANGED:
                return "证据内容被改动";
            case EVIDENCE_REMOVED:
                return "证据已不在存储中（或不再计入）";
            case EVIDENCE_ADDED:
                return "新增计入的证据";
            case RUBRIC_CHANGED:
                return "评分标准或其版本变化";
            case TOTAL_CHANGED:
                return "总分不同";
            case GRADE_CHANGED:
                return "等次不同";
            case RANK_CHANGED:
                return "名次不同";
            default:
                return "单位未能重新评分或排名";
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (JournalAssessmentStore store = options.open(); Kaoping k = options.runtime(store, spec.commandLine().getErr())) {
            ResultVerification v;
            try {
                v = k.verifyResult();
            } catch (LifecycleRefusedException e) {
                return LifecycleOptions.refused(out, "核验考评结果", e);
            }
            String which = v.snapshot().state() == org.kaoping.runtime.CycleState.FINAL ? "定稿结果" : "公示结果";
            if (v.matches()) {
                out.println("核验一致：" + which + "（" + v.snapshot().units().size() + " 个单位，" + LifecycleOptions.shown(v.snapshot().takenAt())
                        + "）由存储中的证据重新评分、排名，结果完全相同。");
                return 0;
            }
            out.println("核验不一致：" + which + "（" + LifecycleOptions.shown(v.snapshot().takenAt()) + "）与由存储重新评分的结果有 "
                    + v.differences().size() + " 处不同：");
            for (ResultVerification.Difference d : v.differences()) {
                String name = k.orgTree().contains(d.unitId()) ? k.orgTree().unit(d.unitId()).name() : d.unitId();
                out.println("　" + name + "（" + d.unitId() + "）：" + kind(d) + "　[" + d.subject() + "] 原为 " + (d.expected().isEmpty() ? "（无）" : d.expected())
                        + "，现为 " + (d.actual().isEmpty() ? "（无）" : d.actual()));
            }
            out.println("请保留现场并核查改动来源（kaoping audit verify --store " + options.store + " 检查审计链）。");
            return 1;
        }
    }
}
