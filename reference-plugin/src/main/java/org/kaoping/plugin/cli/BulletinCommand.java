package org.kaoping.plugin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.plugin.bulletin.Bulletin;
import org.kaoping.plugin.report.RectificationSection;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.RectificationTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaoping bulletin --evidence DIR --out DIR [--store DIR] [--date YYYY-MM-DD]}: scores the cycle like {@code report} and
 * writes the 通报 (HTML and .docx), the 评先评优名单 (HTML and .docx) and the 绩效考评 export (xlsx and CSV) into {@code --out}.
 */
@Command(name = "bulletin", mixinStandardHelpOptions = true,
        description = {"Score every unit in scope from an evidence folder (as report does) and write the bulletin of results (通报: "
                + Bulletin.BULLETIN_HTML + ", " + Bulletin.BULLETIN_DOCX + "), the commendation list (评先评优名单: " + Bulletin.COMMENDATION_HTML
                + ", " + Bulletin.COMMENDATION_DOCX + ") by the plan's commendation rule, and the performance-appraisal export (绩效考评: "
                + Bulletin.APPRAISAL_XLSX + ", " + Bulletin.APPRAISAL_CSV + ") by its appraisal rule into --out.",
                "The rectification items (整改) come from the journal store given with --store (e.g. the demo's DIR/store); without it the "
                        + "bulletin lists none.", CycleCommands.SAMPLE_CITY})
final class BulletinCommand implements Callable<Integer> {
    @Mixin
    CycleOptions cycle;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The folder to write the documents to (created if needed).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR", description = "A journal store whose rectification items (整改) the bulletin reports.")
    Path store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of the documents (成文日期); default: today in Beijing time.")
    LocalDate date;

    @Override
    public Integer call() {
        List<Rectification> items = Collections.emptyList();
        if (store != null) {
            if (!Files.isDirectory(store)) {
                throw new org.kaoping.core.RefusedInputException("找不到考评存储目录 " + store + "（--store 应为日志存储的文件夹，例如示例运行的 DIR/store）");
            }
            try (JournalAssessmentStore s = JournalAssessmentStore.open(store)) {
                items = new ArrayList<>(RectificationTrail.replay(s.auditEvents(0)));
            }
        }
        CycleOptions.Ran ran = cycle.run(spec.commandLine().getErr());
        ReportData data = ran.result.reportData(CycleCommands.title(ran), ran.notices, ran.plan.categoryNames()).toBuilder()
                .synthetic(ran.synthetic).section(RectificationSection.of(items)).build();
        Bulletin b = Bulletin.builder().report(data).obligations(ran.result.obligations()).rectifications(items)
                .date(date != null ? date : LocalDate.now(ZoneId.of("Asia/Shanghai"))).build();
        for (Path p : b.writeAll(out)) {
            spec.commandLine().getOut().println("Wrote " + p);
        }
        spec.commandLine().getOut().println("评先评优：" + b.commended().size() + " 个单位（" + data.plan().commendation().describe() + "）；整改事项 "
                + items.size() + " 项。" + (data.isSynthetic() ? "（" + ReportData.SYNTHETIC_MARKER + "）" : ""));
        return 0;
    }
}
