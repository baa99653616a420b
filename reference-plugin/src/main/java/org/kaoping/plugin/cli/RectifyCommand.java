package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationRefusedException;
import org.kaoping.core.rectification.RectificationStatus;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.plan.BeihaiPlans;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanResolver;
import org.kaoping.plugin.plan.ResolvedPlan;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.RectificationTrail;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaoping rectify list|add|submit|verify --store DIR}: the rectification items (整改) of a journal store. */
@Command(name = "rectify",
        mixinStandardHelpOptions = true,
        description = "List the rectification items (整改) of a journal store, add one by hand as the assessor, submit a unit's fix, verify it as the assessor.",
        subcommands = {RectifyCommand.ListItems.class, RectifyCommand.Add.class, RectifyCommand.Submit.class, RectifyCommand.Verify.class},
        synopsisSubcommandLabel = "COMMAND")
final class RectifyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The journal store's folder. */
    static final class StoreOption {
        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The journal store's folder (e.g. the demo's DIR/store).")
        Path store;

        JournalAssessmentStore open() {
            if (!Files.isDirectory(store)) {
                throw new org.kaoping.core.RefusedInputException("找不到考评存储目录 " + store + "（--store 应为日志存储的文件夹，例如示例运行的 DIR/store）");
            }
            return JournalAssessmentStore.open(store);
        }
    }

    /** Who acts, and the units and plan the runtime checks the act against. */
    static final class Actor {
        @Option(names = "--actor", paramLabel = "NAME", required = true, description = "Who acts (the user name, recorded in the audit trail).")
        String actor;

        @Option(names = "--unit", paramLabel = "ID", required = true, description = "The unit the actor acts for: the item's unit to submit, its assessor to verify.")
        String unit;

        @Option(names = "--plan", paramLabel = "FILE", description = "The plan file; default: the Beihai 2015 default plan (" + BeihaiPlans.ID + ").")
        Path plan;

        @Option(names = "--org", paramLabel = "FILE", description = "The units CSV file; default: the Beihai sample city.")
        Path org;

        @Option(names = "--city-office", paramLabel = "ID", description = "With --org: the city office; default as for score and rank.")
        String cityOffice;

        @Option(names = "--rubrics", paramLabel = "DIR", description = RubricSources.HELP)
        Path rubrics;

        Kaoping runtime(JournalAssessmentStore store, PrintWriter err) {
            PlanDocument doc = plan == null ? BeihaiPlans.default2015() : PlanJson.read(plan);
            ResolvedPlan resolved = PlanResolver.resolve(doc, RubricSources.registry(rubrics, err), plan == null ? null : plan.toAbsolutePath().getParent());
            OrgTree tree = org == null ? BeihaiSampleCity.tree() : CsvOrgDirectory.of(org, null).tree();
            return CycleRun.runtime(resolved.setup(tree, cityOffice), CycleRun.directory(tree), store);
        }
    }

    static String line(Rectification r, OrgTree names) {
        String unit = names.find(r.unitId()).isPresent() ? names.unit(r.unitId()).name() + "（" + r.unitId() + "）" : r.unitId();
        return r.id() + "\n    单位：" + unit + "；指标：" + r.criterionId().orElse("—") + "；来源：" + r.origin().chineseName()
                + "\n    问题：" + r.finding()
                + "\n    整改期限：" + date(r.dueDate()) + "（含当日，北京时间）；状态：" + r.status().chineseName()
                + (r.wentOverdue() && r.status() != RectificationStatus.OVERDUE ? "（曾逾期）" : "")
                + (r.fixReference().isPresent() ? "；整改材料：" + r.fixReference().get() : "")
                + (r.note().isPresent() ? "；说明：" + r.note().get() : "");
    }

    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The refusal in the office's words, then the technical reason. */
    static int refused(PrintWriter err, RectificationRefusedException e) {
        String why;
        switch (e.reason()) {
            case UNKNOWN_ITEM:
                why = "没有这一整改事项";
                break;
            case NOT_PERMITTED:
                why = "无权办理：整改材料只能由被考评单位本身报送，验收只能由其考评单位办理";
                break;
            case WRONG_STATUS:
                why = "该整改事项当前状态不能办理此操作";
                break;
            default:
                why = "输入不符合要求";
                break;
        }
        err.println("kaoping: 不予受理（" + e.itemId() + "）：" + why + "。未作任何记录。");
        err.println("原因（技术细节）：" + e.getMessage());
        return 1;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every rectification item of the store, rebuilt from its audit trail: unit, criterion, finding, due date (Beijing time), status, evidence of the fix.")
    static final class ListItems implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--org", paramLabel = "FILE", description = "The units CSV file, for the units' names; default: the Beihai sample city.")
        Path org;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            OrgTree names = org == null ? BeihaiSampleCity.tree() : CsvOrgDirectory.of(org, null).tree();
            List<Rectification> items;
            try (JournalAssessmentStore s = store.open()) {
                items = RectificationTrail.replay(s.auditEvents(0));
            }
            int open = 0;
            int overdue = 0;
            for (Rectification r : items) {
                open += r.status().isUnresolved() ? 1 : 0;
                overdue += r.status() == RectificationStatus.OVERDUE ? 1 : 0;
            }
            out.println("整改事项：共 " + items.size() + " 项，未完成 " + open + " 项，其中逾期 " + overdue + " 项。");
            for (Rectification r : items) {
                out.println(line(r, names));
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a rectification item by hand (交办) for a unit, as its assessor (--unit is the assessor's unit). Exit 1 if refused (nothing recorded).")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Mixin
        Actor actor;

        @Option(names = "--for", paramLabel = "UNIT", required = true, description = "The unit that must rectify.")
        String forUnit;

        @Option(names = "--criterion", paramLabel = "ID", description = "The criterion concerned, e.g. 2.1.")
        String criterion;

        @Option(names = "--finding", paramLabel = "TEXT", required = true, description = "What was found.")
        String finding;

        @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "The last day of the fix (Beijing time); default: the plan's days from today.")
        LocalDate due;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalAssessmentStore s = store.open(); Kaoping k = actor.runtime(s, spec.commandLine().getErr())) {
                Rectification r = k.addRectification(actor.actor, actor.unit, forUnit, criterion, finding, due);
                spec.commandLine().getOut().println("已交办整改事项：" + line(r, k.orgTree()));
                return 0;
            } catch (RectificationRefusedException e) {
                return refused(spec.commandLine().getErr(), e);
            }
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = "The unit's fix of an open or overdue item, with its evidence by reference; only the unit itself submits (--unit is the item's unit). Exit 1 if refused (nothing recorded).")
    static final class Submit implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Mixin
        Actor actor;

        @Option(names = "--item", paramLabel = "ID", required = true, description = "The item's id (see rectify list).")
        String item;

        @Option(names = "--reference", paramLabel = "REF", required = true, description = "The evidence of the fix: a document number, URI or evidence id.")
        String reference;

        @Option(names = "--note", paramLabel = "TEXT", description = "What was done.")
        String note;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalAssessmentStore s = store.open(); Kaoping k = actor.runtime(s, spec.commandLine().getErr())) {
                Rectification r = k.submitRectification(actor.actor, actor.unit, item, reference, note);
                spec.commandLine().getOut().println("已报送整改材料：" + line(r, k.orgTree()));
                return 0;
            } catch (RectificationRefusedException e) {
                return refused(spec.commandLine().getErr(), e);
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "The assessor's verification of a submitted fix: --accept closes the item, --reject REASON returns it to the unit. Exit 1 if refused (nothing recorded).")
    static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Mixin
        Actor actor;

        @Option(names = "--item", paramLabel = "ID", required = true, description = "The item's id (see rectify list).")
        String item;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Decision decision;

        /** Accept, or reject with a reason. */
        static final class Decision {
            @Option(names = "--accept", required = true, description = "The fix is accepted: the item is closed (已验收).")
            boolean accept;

            @Option(names = "--reject", paramLabel = "REASON", required = true, description = "The fix is not accepted, for REASON: the item is open (or overdue) again.")
            String reject;
        }

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalAssessmentStore s = store.open(); Kaoping k = actor.runtime(s, spec.commandLine().getErr())) {
                Rectification r = k.verifyRectification(actor.actor, actor.unit, item, decision.accept, decision.reject);
                spec.commandLine().getOut().println((decision.accept ? "已验收：" : "未通过验收，已退回：") + line(r, k.orgTree()));
                return 0;
            } catch (RectificationRefusedException e) {
                return refused(spec.commandLine().getErr(), e);
            }
        }
    }
}
