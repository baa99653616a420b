package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.kaoping.core.KaopingException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.imports.FolderImport;
import org.kaoping.plugin.imports.ParsedFile;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.spi.RubricRegistry;
import picocli.CommandLine.Option;

/** The options {@code score}, {@code rank} and {@code report} share: where the evidence is and what it is scored by. */
final class CycleOptions {
    @Option(names = {"-e", "--evidence"}, paramLabel = "DIR", required = true,
            description = "The folder of evidence CSV exports (UTF-8 with or without BOM, or GB18030/GBK; see the README for the columns).")
    Path evidence;

    @Option(names = "--charset", paramLabel = "CHARSET",
            description = "Read every file in CHARSET (e.g. GBK) instead of detecting it; a UTF-8 byte-order mark still means UTF-8.")
    Charset charset;

    @Option(names = "--skip-bad-files",
            description = "Score from the files that import, after printing the refused ones (by default a bad file is an error, exit code 1).")
    boolean skipBadFiles;

    @Option(names = "--plan", paramLabel = "ID", defaultValue = "beihai-2015-demo",
            description = "The assessment plan: beihai-2015-demo (the Beihai 2015 standards for the sample city; default).")
    String plan;

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
        CycleSetup setup = BeihaiDemo.setup(p);
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
        return CycleRun.score(setup, BeihaiSampleCity.tree(), imported.evidence());
    }
}
