package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.kaoping.plugin.journal.Journal;
import org.kaoping.plugin.journal.JournalCheck;
import org.kaoping.plugin.store.JournalAssessmentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaoping audit …}: checks the tamper-evident trail of a journal store. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check the tamper-evident audit trail (审计链) of a store.",
        subcommands = {AuditCommand.Verify.class},
        synopsisSubcommandLabel = "COMMAND")
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code kaoping audit verify --store DIR}: walks the hash chains of the journal store read-only (it may be open
     * elsewhere, or refused on open) and prints, in Chinese, that the chain is intact over N records, or the first
     * record that does not match. Exit 0 intact, 1 broken.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the hash chain of every record of a journal store (evidence, audit events, scorecards)"
                    + " and name the first record that does not match.",
                    "Exit code: 0 the chain is intact, 1 it is broken (or the store cannot be read)."})
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The journal store's directory.")
        Path store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!java.nio.file.Files.isDirectory(store)) {
                out.println("无法校验：找不到考评存储目录 " + store);
                return 1;
            }
            long checked = 0;
            String when = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")));
            for (String name : new String[] {JournalAssessmentStore.EVIDENCE, JournalAssessmentStore.AUDIT,
                    JournalAssessmentStore.SCORECARDS}) {
                JournalCheck c = Journal.verify(store, name);
                checked += c.recordsChecked();
                if (!c.isIntact()) {
                    out.println("审计链在 " + c.file().getFileName() + " 第 " + c.line() + " 行（序号 " + c.line()
                            + (c.offset() >= 0 ? "，字节偏移 " + c.offset() : "") + "）处断开：该记录与链不符。");
                    out.println("原因（技术细节）：" + c.problem().get());
                    out.println("此前共 " + checked + " 条记录校验一致。校验时间：" + when + "（北京时间）");
                    out.println("请保留现场并核查改动来源；如需恢复使用，运行 kaoping journal repair --store " + store
                            + "（损坏处及其后的字节移至旁边的文件，不删除）。");
                    return 1;
                }
            }
            out.println("审计链完整：共校验 " + checked + " 条记录（证据、审计事件、评分卡）。校验时间：" + when + "（北京时间）");
            return 0;
        }
    }
}
