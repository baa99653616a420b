package org.kaoping.plugin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.org.OrgTree;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.directory.CsvOrgDirectory;
import org.kaoping.plugin.json.PlanJson;
import org.kaoping.plugin.plan.PlanResolver;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.LifecycleRefusedException;
import org.kaoping.spi.AssessmentStore;
import picocli.CommandLine.Option;

/**
 * The options {@code cycle}, {@code appeal} and {@code verify-result} share: the journal store to work on, the plan and
 * units it was assessed under (by default those of {@code kaoping demo}), and the time to act at.
 */
final class LifecycleOptions {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter GIVEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--store", paramLabel = "DIR", required = true,
            description = "The journal store's directory, e.g. kaoping-demo/store written by kaoping demo.")
    Path store;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "The plan file (考评方案) the store was assessed under; default: the plan of kaoping demo (beihai-2015-demo).")
    Path plan;

    @Option(names = "--rubrics", paramLabel = "DIR", description = RubricSources.HELP)
    Path rubrics;

    @Option(names = "--org", paramLabel = "FILE", description = "The units CSV file; default: the Beihai sample city.")
    Path org;

    @Option(names = "--city-office", paramLabel = "ID", description = "With --org: the city office's unit id (default: the plan's).")
    String cityOffice;

    @Option(names = "--previous-plan", paramLabel = "PLAN_ID",
            description = "The plan of the previous cycle in the same store (e.g. the 2015 plan for a 2016 --plan): trend rules (逐年提高/下降) read the "
                    + "previous year's values its published or final result counted, and no other value of that year.")
    String previousPlan;

    @Option(names = "--at", paramLabel = "TIME",
            description = "Act as of this Beijing time, yyyy-MM-dd HH:mm (e.g. to replay the demo's 2016 dates); default: now. Audited with that time.")
    String at;

    /** The instant to act at. */
    Instant now() {
        if (at == null) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(at.trim(), GIVEN).atZone(SHANGHAI).toInstant();
        } catch (DateTimeParseException e) {
            throw new RefusedInputException("--at expects a Beijing time as yyyy-MM-dd HH:mm, e.g. 2016-01-11 09:00; got \"" + at + "\"");
        }
    }

    /** Opens the journal store, refusing a directory that is not there (a journal store is never created by these commands). */
    JournalAssessmentStore open() {
        if (!Files.isDirectory(store)) {
            throw new ConfigurationException("no journal store at " + store + " (找不到考评存储目录); run kaoping demo first or give --store");
        }
        return JournalAssessmentStore.open(store);
    }

    /** The runtime over {@code store} for the plan and units, its clock fixed at {@link #now()}. */
    Kaoping runtime(AssessmentStore s, PrintWriter err) {
        CycleSetup setup;
        OrgTree tree = org == null ? BeihaiSampleCity.tree() : CsvOrgDirectory.of(org, null).tree();
        if (plan == null) {
            if (org != null || cityOffice != null) {
                throw new ConfigurationException("--org and --city-office go with --plan; without --plan the store is the demo's (the Beihai sample city)");
            }
            setup = BeihaiDemo.setup();
        } else {
            setup = PlanResolver.resolve(PlanJson.read(plan), RubricSources.registry(rubrics, err), plan.toAbsolutePath().getParent())
                    .setup(tree, cityOffice);
        }
        if (!setup.cityOffice().isPresent()) {
            throw new ConfigurationException("the plan names no city office; give --city-office");
        }
        Kaoping.Builder b = CycleRun.builder(setup, CycleRun.directory(tree), s, Clock.fixed(now(), SHANGHAI));
        if (previousPlan != null) { // issue 16: the previous cycle by plan, in the same store
            b.previousCycle(previousPlan);
        }
        return b.build();
    }

    static String shown(Instant i) {
        return SHOWN.format(ZonedDateTime.ofInstant(i, SHANGHAI));
    }

    /** Prints a refusal in the office's words, the runtime's reason as technical detail; exit code 1. */
    static int refused(PrintWriter out, String act, LifecycleRefusedException e) {
        out.println("未受理：" + act + "。当前状态：" + e.state().chinese() + "。");
        out.println("原因（技术细节）：" + e.reason());
        return 1;
    }
}
