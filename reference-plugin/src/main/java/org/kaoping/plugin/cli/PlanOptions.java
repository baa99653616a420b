package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.kaoping.core.org.OrgTree;
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
import picocli.CommandLine.Option;

/** The plan and the units a command on a journal store builds its runtime from (a mixin; {@code rectify}, {@code tasks}). */
class PlanOptions {
    @Option(names = "--plan", paramLabel = "FILE", description = "The plan file; default: the Beihai 2015 default plan (" + BeihaiPlans.ID + ").")
    Path plan;

    @Option(names = "--org", paramLabel = "FILE", description = "The units CSV file; default: the Beihai sample city.")
    Path org;

    @Option(names = "--city-office", paramLabel = "ID", description = "With --org: the city office; default as for score and rank.")
    String cityOffice;

    @Option(names = "--rubrics", paramLabel = "DIR", description = RubricSources.HELP)
    Path rubrics;

    /** Whether the units are the Beihai sample city's (no {@code --org}), whose data is the demo's 示例数据. */
    boolean sampleCity() {
        return org == null;
    }

    Kaoping runtime(JournalAssessmentStore store, PrintWriter err) {
        PlanDocument doc = plan == null ? BeihaiPlans.default2015() : PlanJson.read(plan);
        ResolvedPlan resolved = PlanResolver.resolve(doc, RubricSources.registry(rubrics, err), plan == null ? null : plan.toAbsolutePath().getParent());
        OrgTree tree = org == null ? BeihaiSampleCity.tree() : CsvOrgDirectory.of(org, null).tree();
        return CycleRun.runtime(resolved.setup(tree, cityOffice), CycleRun.directory(tree), store);
    }
}
