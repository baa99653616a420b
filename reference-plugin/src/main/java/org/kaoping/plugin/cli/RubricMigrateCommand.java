package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.migrate.CriterionMapping;
import org.kaoping.plugin.migrate.MigrationPlan;
import org.kaoping.plugin.migrate.RubricMigration;
import org.kaoping.plugin.plan.PlanResolver;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kaoping rubric migrate}: carries the evidence filed against the items of an older standard over to a newer one
 * through a declared mapping of criterion ids, as new evidence of the newer cycle through its gate ({@link RubricMigration}),
 * and lists in Chinese what is carried, what is not and why, and the newer items that receive nothing (issue 16, across years).
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Carry the evidence filed against the items of rubric A (the previous year's) over to rubric B (this year's) through a "
                + "mapping file of criterion ids, as new evidence of B's cycle passing its gate, all or nothing; list in Chinese the items carried, "
                + "the items of A not carried (with the reason) and the items of B with no source. --dry-run only lists. Exit code 1 if refused.")
final class RubricMigrateCommand extends RubricCommand.Sub {
    @Option(names = "--from", paramLabel = "A", required = true, description = "The older rubric: an id or a rubric JSON file.")
    String from;

    @Option(names = "--to", paramLabel = "B", required = true, description = "The newer rubric: an id or a rubric JSON file.")
    String to;

    @Option(names = "--mapping", paramLabel = "FILE", required = true,
            description = "The mapping CSV: columns 原条目编号/from, 新条目编号/to (empty: not carried) and 说明/note (why, when not carried). "
                    + "One-to-many and many-to-one are refused; an id not in its rubric refuses the whole file.")
    Path mapping;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The journal store holding the older cycle's evidence; the new records are added to it.")
    Path store;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The newer cycle's plan file (考评方案), scoring B's kinds of unit by B; its gate checks every new record. Required unless --dry-run.")
    Path plan;

    @Option(names = "--year", paramLabel = "YEAR", description = "With --dry-run and no --plan: the newer cycle's year (records of the year before are carried).")
    Integer year;

    @Option(names = "--org", paramLabel = "FILE", description = "The units CSV file; default: the Beihai sample city.")
    Path org;

    @Option(names = "--city-office", paramLabel = "ID", description = "With --org: the city office's unit id (default: the plan's).")
    String cityOffice;

    @Option(names = "--dry-run", description = "Only list what would be carried and left; nothing is written.")
    boolean dryRun;

    @Option(names = "--records", description = "Also list every record carried (source record id → new record id, items) and every record left with its reason.")
    boolean records;

    @Override
    public Integer call() {
        Rubric a = RubricSources.byIdOrFile(registry(), from);
        Rubric b = RubricSources.byIdOrFile(registry(), to);
        CriterionMapping m = CriterionMapping.read(mapping, a, b);
        if (!Files.isDirectory(store)) {
            throw new ConfigurationException("--store " + store + ": no journal store there (找不到考评存储目录)");
        }
        OrgTree tree = org == null ? BeihaiSampleCity.tree() : CsvOrgDirectory.of(org, null).tree();
        CycleSetup setup = null;
        if (plan != null) {
            setup = PlanResolver.resolve(PlanJson.read(plan), registry(), plan.toAbsolutePath().getParent()).setup(tree, cityOffice);
        } else if (!dryRun) {
            throw new ConfigurationException("rubric migrate writes new evidence of the newer cycle through its gate: give --plan FILE (or --dry-run to list only)");
        } else if (year == null) {
            throw new ConfigurationException("rubric migrate --dry-run without --plan: give --year YEAR, the newer cycle's year");
        }
        int toYear = setup != null ? setup.plan().year() : year;
        if (setup != null && year != null && year != toYear) {
            throw new ConfigurationException("--year " + year + " differs from the plan's year " + toYear);
        }
        RubricMigration migration = RubricMigration.of(m, tree, toYear);
        MigrationPlan result;
        try (JournalAssessmentStore s = JournalAssessmentStore.open(store)) {
            if (dryRun) {
                result = migration.plan(s.allEvidence());
            } else {
                try (Kaoping k = CycleRun.runtime(setup, CycleRun.directory(tree), s)) {
                    result = migration.apply(k);
                } catch (RefusedInputException e) {
                    out().println("结转未完成：" + setup.plan().year() + " 年考评提交关口拒收，全部不写，未写入任何证据（拒收已记入审计记录）。");
                    out().println("原因（技术细节）：" + e.getMessage());
                    out().flush();
                    return 1;
                }
            }
        }
        print(out(), result, dryRun);
        if (records) {
            printRecords(out(), result);
        }
        return 0;
    }

    /** The listing, in Chinese for the office. */
    static void print(PrintWriter out, MigrationPlan p, boolean dryRun) {
        CriterionMapping m = p.mapping();
        if (synthetic(p)) {
            out.println(BeihaiDemo.SYNTHETIC + "：本次结转涉及示例标准或示例证据，不是真实考评数据。");
        }
        out.println((dryRun ? "标准结转（试运行，仅列出，未写入任何内容）：" : "标准结转：") + "[" + m.from().id() + "] " + m.from().version() + " 《"
                + m.from().title() + "》 → [" + m.to().id() + "] " + m.to().version() + " 《" + m.to().title() + "》；对应表 " + m.file() + "；"
                + p.fromYear() + " 年证据 → " + p.toYear() + " 年");
        int carriedItems = 0;
        for (MigrationPlan.Item i : p.items()) {
            carriedItems += i.toId().isPresent() ? 1 : 0;
        }
        out.println("结转条目（" + carriedItems + " 项）：");
        for (MigrationPlan.Item i : p.items()) {
            if (i.toId().isPresent()) {
                out.println("  " + i.fromId() + " → " + i.toId().get() + "：" + (dryRun ? "可结转" : "结转") + "证据 " + i.carried() + " 条"
                        + (i.left() > 0 ? "，另有 " + i.left() + " 条不结转（见下）" : "") + (i.note().isPresent() ? "（" + i.note().get() + "）" : ""));
            }
        }
        out.println("原标准中不结转的条目（" + (p.items().size() - carriedItems) + " 项）：");
        for (MigrationPlan.Item i : p.items()) {
            if (!i.toId().isPresent()) {
                out.println("  " + i.fromId() + "：" + (i.note().isPresent() ? "对应表声明不结转（" + i.note().get() + "）" : "对应表未列出")
                        + "，其证据 " + i.left() + " 条未结转");
            }
        }
        out.println("新标准中无来源的条目（" + p.newItemsWithoutSource().size() + " 项，须按新标准另行收集证据）：");
        for (String id : p.newItemsWithoutSource()) {
            out.println("  " + id + "：" + m.to().criterion(id).text());
        }
        Map<MigrationPlan.Reason, Integer> reasons = new EnumMap<>(MigrationPlan.Reason.class);
        for (MigrationPlan.Left l : p.leftOut()) {
            Integer n = reasons.get(l.reason());
            reasons.put(l.reason(), n == null ? 1 : n + 1);
        }
        out.println("未结转的证据（" + p.leftOut().size() + " 条）：");
        for (Map.Entry<MigrationPlan.Reason, Integer> e : reasons.entrySet()) {
            out.println("  " + e.getValue() + " 条：" + reason(e.getKey()));
        }
        out.println("与原标准条目无关的存储记录 " + p.otherRecords() + " 条（其他年度、其他标准的单位，或指标值、事件、加减分、自查报告等不按条目归档的记录），不涉及，未改动。");
        if (dryRun) {
            out.println("试运行：可结转 " + p.carried().size() + " 条，新证据编号为原编号加“@" + p.toYear() + "”；未写入任何内容。");
        } else if (p.imported().isPresent()) {
            out.println("已结转：新增 " + p.imported().get().added() + " 条，已存在 " + p.imported().get().duplicates() + " 条（此前已结转）；新证据编号为原编号加“@"
                    + p.toYear() + "”，注明来源记录，全部经 " + p.toYear() + " 年考评提交关口校验（全部写入或全部不写）。");
        } else {
            out.println("没有可结转的证据，未写入任何内容。");
        }
        out.flush();
    }

    /** Every record carried, with its source (provenance), and every record left with its reason. */
    static void printRecords(PrintWriter out, MigrationPlan p) {
        out.println("结转记录（" + p.carried().size() + " 条，来源记录 → 新记录）：");
        for (MigrationPlan.Carried c : p.carried()) {
            out.println("  " + c.source().id() + "（" + c.source().unitId() + "，条目 " + c.source().key() + "） → " + c.carried().id() + "（条目 "
                    + c.carried().key() + "，" + p.toYear() + " 年）");
        }
        out.println("未结转记录（" + p.leftOut().size() + " 条）：");
        for (MigrationPlan.Left l : p.leftOut()) {
            out.println("  " + l.source().id() + "（" + l.source().unitId() + "，条目 " + l.source().key() + "）：" + reason(l.reason()));
        }
        out.flush();
    }

    private static boolean synthetic(MigrationPlan p) {
        if (synthetic(p.mapping().from()) || synthetic(p.mapping().to())) {
            return true;
        }
        for (MigrationPlan.Carried c : p.carried()) {
            if (c.source().id().startsWith(BeihaiDemo.ID_PREFIX)) {
                return true;
            }
        }
        for (MigrationPlan.Left l : p.leftOut()) {
            if (l.source().id().startsWith(BeihaiDemo.ID_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** A standard labelled as synthetic (示例数据) in its title or source. */
    static boolean synthetic(Rubric r) {
        return r.title().contains(SAMPLE) || r.source().contains(SAMPLE);
    }

    private static final String SAMPLE = "示例数据";

    private static String reason(MigrationPlan.Reason r) {
        switch (r) {
            case NOT_IN_MAPPING:
                return "所属条目未列入对应表";
            case DECLARED_NOT_CARRIED:
                return "所属条目经对应表声明不结转";
            case DECISION_OF_OLDER_CYCLE:
                return "扣分、改分或不适用认定，属上一周期的考评决定，新周期另行认定";
            case UNIT_NOT_UNDER_NEWER_STANDARD:
                return "单位类型不适用新标准";
            case UNIT_NOT_IN_DIRECTORY:
                return "单位不在组织目录中，无法确定适用标准";
            default:
                return r.name();
        }
    }
}
