package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.org.OrgTree;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.imports.FolderImport;
import org.kaoping.plugin.imports.ParsedFile;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.plan.BeihaiPlans;
import org.kaoping.plugin.plan.PlanDocument;
import org.kaoping.plugin.plan.PlanResolver;
import org.kaoping.plugin.plan.PlanText;
import org.kaoping.plugin.plan.ResolvedPlan;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.plugin.run.Progress;
import org.kaoping.spi.RubricRegistry;
import picocli.CommandLine.Option;

/** The options {@code score}, {@code rank} and {@code report} share: where the evidence and the units are and what they are scored by. */
final class CycleOptions {
    @Option(names = {"-e", "--evidence"}, paramLabel = "DIR", required = true,
            description = "The folder of evidence exports: *.csv (UTF-8 with or without BOM, or GB18030/GBK) and *.json (a JSON array of evidence, UTF-8), read in file-name order; see the README.")
    Path evidence;

    @Option(names = "--charset", paramLabel = "CHARSET",
            description = "Read every file in CHARSET (e.g. GBK) instead of detecting it; a UTF-8 byte-order mark still means UTF-8.")
    Charset charset;

    @Option(names = "--skip-bad-files",
            description = "Score from the files that import, after printing the refused ones (by default a bad file is an error, exit code 1).")
    boolean skipBadFiles;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The assessment plan (考评方案), a plan JSON file (see plan export and plan check): rubric per kind of unit, units not assessed, "
                    + "source blend, raters, grade bands and quotas, tie-breaks, rounding, deadlines and their reading, self-report deductions, "
                    + "bonus/penalty categories and vetoes. Rubric files it names are read relative to it. Default: the Beihai 2015 default plan ("
                    + BeihaiPlans.ID + ").")
    Path plan;

    @Option(names = "--rubrics", paramLabel = "DIR", description = RubricSources.HELP)
    Path rubrics;

    @Option(names = "--org", paramLabel = "FILE",
            description = "The units to assess, from a units CSV file (columns 单位编码/unit_id, 单位名称/name, 单位类型/kind, 上级单位编码/parent_id, "
                    + "牵头部门编码/lead_department_id; UTF-8 with or without BOM, or GB18030/GBK, or --charset; see the README). "
                    + "The plan's rubrics apply by kind. Default: the Beihai sample city.")
    Path org;

    @Option(names = "--city-office", paramLabel = "ID",
            description = "With --org: the unit that runs the assessment (the top assessor, not assessed itself). "
                    + "Default: the plan's cityOffice (" + BeihaiPlans.CITY_OFFICE + " in the default plan) if the file lists it, else the file's only root unit.")
    String cityOffice;

    @Option(names = "--rubric", paramLabel = "ID",
            description = "Score only by this rubric (any rubric id offered, e.g. from --rubrics DIR): the units of the kinds it applies to, in place of "
                    + "the plan's rubric for those kinds (self-report deductions on the plan's criterion for the kind).")
    String rubric;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Score as of the end of DATE (Beijing time), e.g. 2015-06-30: only evidence filed by then counts (a standing during the year).")
    java.time.LocalDate asOf;

    @Option(names = "--previous-store", paramLabel = "DIR",
            description = "The journal store of the previous cycle (e.g. 2015's for a 2016 plan): its evidence of the previous year is offered to the "
                    + "trend rules (逐年提高/下降) through this run's gate; the store is only read, nothing is written to any store.")
    Path previousStore;

    @Option(names = "--previous-plan", paramLabel = "PLAN_ID",
            description = "With --previous-store, when that store holds several cycles (e.g. the 2015 and 2016 plans in one store): read only the previous "
                    + "year's values that plan PLAN_ID's published (公示) or final result counted; values of that year filed later are left out and counted.")
    String previousPlan;

    @Option(names = "--progress",
            description = "Print progress of long imports and scoring (counts and rate) on standard error even when it is not a terminal.")
    boolean progress;

    /** A run and what the console says about it. */
    static final class Ran {
        final CycleResult result;
        final PlanDocument plan;
        /** The notices every output of this run carries: 示例数据 first where the data is synthetic, then the plan's. */
        final List<String> notices;
        final boolean synthetic;

        Ran(CycleResult result, PlanDocument plan, List<String> notices, boolean synthetic) {
            this.result = result;
            this.plan = plan;
            this.notices = Collections.unmodifiableList(notices);
            this.synthetic = synthetic;
        }
    }

    /** Reads the plan and the units, imports the evidence and scores the cycle; refused files and progress go to {@code err}. */
    Ran run(PrintWriter err) {
        if (org == null && cityOffice != null) {
            throw new ConfigurationException("--city-office names the city office of the units given with --org; without --org the units are the"
                    + " Beihai sample city, whose office is " + BeihaiSampleCity.OFFICE_ID);
        }
        RubricRegistry registry = RubricSources.registry(rubrics, err);
        PlanDocument doc = plan == null ? BeihaiPlans.default2015() : PlanJson.read(plan);
        Path base = plan == null ? null : plan.toAbsolutePath().getParent();
        ResolvedPlan resolved = PlanResolver.resolve(doc, registry, base);
        if (rubric != null) {
            resolved = PlanResolver.restrict(resolved, registry.rubric(rubric));
            for (String w : resolved.warnings()) {
                err.println("kaoping: warning: " + w);
            }
            doc = resolved.document();
        }
        OrgTree tree = org == null ? BeihaiSampleCity.tree() : CsvOrgDirectory.of(org, charset).tree();
        CycleSetup setup = resolved.setup(tree, cityOffice);
        Progress p = Progress.forConsole(err, progress);
        FolderImport imported;
        try (Progress.Phase phase = p.start("读取证据文件", -1, "条")) {
            imported = FolderEvidenceSource.builder(evidence).charset(charset).build().readAll();
            phase.advance(imported.evidence().size());
        }
        for (ParsedFile f : imported.refused()) {
            err.println("kaoping: " + (skipBadFiles ? "warning" : "error") + ": " + f.file() + " refused, nothing imported from it:");
            for (org.kaoping.plugin.imports.ImportProblem problem : f.problems()) {
                err.println("  " + problem);
            }
        }
        if (!imported.isOk() && !skipBadFiles) {
            throw new RefusedInputException(imported.refused().size() + " evidence file(s) refused (see above); fix them or give --skip-bad-files");
        }
        List<String> notices = new ArrayList<>();
        boolean syntheticEvidence = false;
        for (Evidence e : imported.evidence()) {
            syntheticEvidence |= e.id().startsWith(BeihaiDemo.ID_PREFIX);
        }
        if (syntheticEvidence || org == null) {
            notices.add(BeihaiDemo.SYNTHETIC + "：" + (syntheticEvidence ? "证据为北海示例按固定种子生成的示例数据（编号以 " + BeihaiDemo.ID_PREFIX + " 开头）" : "")
                    + (syntheticEvidence && org == null ? "；" : "")
                    + (org == null ? "考评对象为北海示例城市（县（区）、乡镇、市级部门为真实名称，村（社区）与企事业单位为虚构）" : "") + "。");
        }
        notices.add(PlanText.notice(doc));
        List<Evidence> scored = imported.evidence();
        if (asOf != null) { // issue 17: the standing during the year
            scored = AsOf.filedBy(scored, AsOf.cutoff(asOf));
            setup = AsOf.at(setup, AsOf.cutoff(asOf));
            notices.add(AsOf.notice(asOf, scored.size(), imported.evidence().size()));
        }
        if (previousStore != null) { // issue 16: trend rules read the previous cycle's values
            PreviousStore previous = PreviousStore.read(previousStore, setup.plan(), previousPlan);
            List<Evidence> both = new ArrayList<>(previous.evidence);
            both.addAll(scored);
            scored = both;
            notices.add(previous.notice(previousStore));
        }
        if (previousPlan != null && previousStore == null) {
            throw new ConfigurationException("--previous-plan " + previousPlan + " names a cycle in the store given with --previous-store DIR; give it");
        }
        CycleResult result = CycleRun.score(setup, tree, scored, p);
        return new Ran(result, doc, notices, syntheticEvidence || org == null);
    }
}
