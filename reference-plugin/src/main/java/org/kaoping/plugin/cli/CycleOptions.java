package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.kaoping.core.KaopingException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.imports.FolderImport;
import org.kaoping.plugin.imports.ParsedFile;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.run.CycleSetup;
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

    @Option(names = "--plan", paramLabel = "ID", defaultValue = "beihai-2015-demo",
            description = "The assessment plan: beihai-2015-demo (the Beihai 2015 standards, a rubric per kind of unit, for the sample city or the units of --org; default).")
    String plan;

    @Option(names = "--org", paramLabel = "FILE",
            description = "The units to assess, from a units CSV file (columns 单位编码/unit_id, 单位名称/name, 单位类型/kind, 上级单位编码/parent_id, "
                    + "牵头部门编码/lead_department_id; UTF-8 with or without BOM, or GB18030/GBK, or --charset; see the README). "
                    + "The plan's rubrics apply by kind. Default: the Beihai sample city.")
    Path org;

    @Option(names = "--city-office", paramLabel = "ID",
            description = "With --org: the unit that runs the assessment (the top assessor, not assessed itself). "
                    + "Default: " + BeihaiSampleCity.OFFICE_ID + " if the file lists it, else the file's only root unit.")
    String cityOffice;

    @Option(names = "--rubric", paramLabel = "ID",
            description = "Score only by this rubric (any discovered rubric id): the units of the kinds it applies to.")
    String rubric;

    /** Imports the evidence and scores the cycle; refused files are printed to {@code err}. */
    CycleResult run(PrintWriter err) {
        if (!"beihai-2015-demo".equals(plan)) {
            throw new KaopingException("Unknown plan [" + plan + "]; known: beihai-2015-demo");
        }
        AssessmentPlan p = BeihaiDemo.plan();
        if (rubric != null) {
            Rubric r = RubricRegistry.discover().rubric(rubric);
            Map<OrgKind, Rubric> only = new EnumMap<>(OrgKind.class);
            for (OrgKind k : r.appliesTo()) {
                only.put(k, r);
            }
            if (only.isEmpty()) {
                throw new KaopingException("Rubric [" + rubric + "] applies to no kind of unit, so it scores nobody");
            }
            p = AssessmentPlan.builder().from(p).rubrics(only).build();
        }
        if (org == null && cityOffice != null) {
            throw new KaopingException("--city-office names the city office of the units given with --org; without --org the units are the"
                    + " Beihai sample city, whose office is " + BeihaiSampleCity.OFFICE_ID);
        }
        OrgTree tree = org == null ? BeihaiSampleCity.tree() : CsvOrgDirectory.of(org, charset).tree();
        CycleSetup setup = org == null ? BeihaiDemo.setup(p) : forUnits(BeihaiDemo.setup(p), tree);
        FolderImport imported = FolderEvidenceSource.builder(evidence).charset(charset).build().readAll();
        for (ParsedFile f : imported.refused()) {
            err.println("kaoping: " + (skipBadFiles ? "warning" : "error") + ": " + f.file() + " refused, nothing imported from it:");
            for (org.kaoping.plugin.imports.ImportProblem problem : f.problems()) {
                err.println("  " + problem);
            }
        }
        if (!imported.isOk() && !skipBadFiles) {
            throw new KaopingException(imported.refused().size() + " evidence file(s) refused (see above); fix them or give --skip-bad-files");
        }
        return CycleRun.score(setup, tree, imported.evidence());
    }

    /**
     * The demo's setup (cycle, deadlines, obligation effects, kinds not assessed) for the units of {@code tree}: the
     * city office from --city-office, or the sample city's office if listed, or the only root; the units the demo leaves
     * out by id only when listed.
     */
    private CycleSetup forUnits(CycleSetup demo, OrgTree tree) {
        CycleSetup.Builder b = CycleSetup.builder(demo.plan()).cycle(demo.cycle()).asOf(demo.asOf());
        java.util.Set<String> rubricIds = new java.util.LinkedHashSet<>();
        for (Rubric r : demo.plan().rubrics().values()) {
            rubricIds.add(r.id());
        }
        for (String id : rubricIds) {
            for (org.kaoping.core.cycle.ObligationEffect e : demo.effects(id)) {
                b.effect(id, e);
            }
        }
        for (Map.Entry<OrgKind, String> e : demo.excludedKinds().entrySet()) {
            b.exclude(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : demo.excludedUnits().entrySet()) {
            if (tree.contains(e.getKey())) {
                b.exclude(e.getKey(), e.getValue());
            }
        }
        String office = cityOffice;
        if (office == null) {
            if (tree.contains(BeihaiSampleCity.OFFICE_ID)) {
                office = BeihaiSampleCity.OFFICE_ID;
            } else if (tree.roots().size() == 1) {
                office = tree.roots().get(0).id();
            } else {
                throw new KaopingException("The units file " + org + " has " + tree.roots().size() + " root units; name the city office"
                        + " (the unit that runs the assessment) with --city-office ID");
            }
        } else if (!tree.contains(office)) {
            throw new KaopingException("--city-office [" + office + "] is not a unit of " + org + "; expected the 单位编码/unit_id of a listed unit");
        }
        return b.cityOffice(office).build();
    }
}
