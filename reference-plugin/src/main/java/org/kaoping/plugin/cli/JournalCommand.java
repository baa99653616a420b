package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaoping.plugin.journal.JournalLockedException;
import org.kaoping.plugin.journal.JournalRepair;
import org.kaoping.plugin.store.JournalAssessmentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaoping journal …}: maintenance of a journal store. */
@Command(name = "journal",
        mixinStandardHelpOptions = true,
        description = "Maintain a journal store (the embedded default store).",
        subcommands = {JournalCommand.Repair.class},
        synopsisSubcommandLabel = "COMMAND")
final class JournalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code kaoping journal repair --store DIR}: the explicit repair of a store that refuses to open because of
     * damage. Moves the damaged bytes aside into side files (never deletes them) and says where, in Chinese.
     */
    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = {"Repair a journal store that refuses to open because of damage: the first damaged record of"
                    + " each journal and everything after it are moved into a side file beside it (never deleted),"
                    + " and the manifest is set to the last record kept. The store must not be open.",
                    "Exit code: 0 repaired or nothing to do, 1 the store is open elsewhere or cannot be repaired."})
    static final class Repair implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The journal store's directory.")
        Path store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!java.nio.file.Files.isDirectory(store)) {
                out.println("无法修复：找不到考评存储目录 " + store);
                return 1;
            }
            List<JournalRepair> repairs;
            try {
                repairs = JournalAssessmentStore.repair(store);
            } catch (JournalLockedException e) {
                out.println("无法修复：考评存储正被其他程序打开，请先关闭后再修复。（" + e.getMessage() + "）");
                return 1;
            }
            if (repairs.isEmpty()) {
                out.println("考评存储完好，无需修复：" + store);
                return 0;
            }
            for (JournalRepair r : repairs) {
                StringBuilder line = new StringBuilder(r.file().getFileName().toString()).append("：");
                r.found().ifPresent(f -> line.append("发现问题（").append(f).append("）；"));
                if (r.sideFile().isPresent()) {
                    line.append("已将自字节偏移 ").append(r.movedFromOffset()).append(" 起的 ").append(r.movedBytes())
                            .append(" 字节原样移至 ").append(r.sideFile().get()).append("（未删除）；");
                }
                line.append("保留 ").append(r.keptRecords()).append(" 条记录");
                if (r.acknowledgedBefore() > r.keptRecords()) {
                    line.append("（清单此前确认 ").append(r.acknowledgedBefore()).append(" 条）");
                }
                if (r.manifestRewritten()) {
                    line.append("；清单已重写").append(r.manifestSideFile().isPresent()
                            ? "，原清单保存为 " + r.manifestSideFile().get() : "");
                }
                out.println(line.append("。"));
            }
            out.println("修复完成，存储可以重新打开。移出的记录保存在上述文件中；证据按编号提交是幂等的，核实后可从中重新提交。");
            return 0;
        }
    }
}
