package org.kaoping.plugin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.kaoping.core.cycle.AssessmentCycle;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricVariants;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.RollUpRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.report.ReportSection;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.report.SafeText;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.plugin.run.CycleSetup;
import org.kaoping.plugin.run.Timings;
import org.kaoping.rubrics.beihai2015.Beihai2015;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;

/**
 * The demo's plans below the city (属地逐级分类考核制, issue 16), run in the city's store before the city's plan: every
 * township's plan for its villages and communities (by the village standard file {@value #VILLAGE_RUBRIC}), 海城区's
 * plan for its townships (by its own standard file {@value #TOWNSHIP_RUBRIC}), and, after the city's, 市教育局's plan for
 * its affiliated units (归口单位, by the Beihai enterprise standard, over the evidence the city's spot check filed). The city's county standard derives 六.2's coverage condition
 * ("民主法治村（社区）创建覆盖率达到100％") from the villages' results. All evidence is synthetic, seeded, and authored by the
 * office that assesses (its 示例考核组), or a host system for metric values.
 */
final class DemoLevels {
    /** The county whose office (依法治理办, the county unit itself) runs a plan for its townships. */
    static final String COUNTY_OFFICE = "beihai/haicheng";
    /** The lead department that runs a plan for its affiliated units. */
    static final String LEAD_DEPARTMENT = "beihai/education";
    static final String TOWNSHIP_PLAN = "beihai-2015-demo-haicheng-townships";
    static final String LEAD_PLAN = "beihai-2015-demo-education-affiliates";
    static final String TOWNSHIP_RUBRIC = "haicheng-township-2015.json";
    static final String VILLAGE_RUBRIC = "village-2015.json";
    /** The county item derived from the villages' results, and the host-supplied metric it replaces. */
    static final String COVERAGE_ITEM = "6.2";
    static final String COVERAGE_METRIC = "democratic-rule-of-law-village-coverage";
    private DemoLevels() {}

    /** One plan below the city and its result. */
    static final class Level {
        final String officeId;
        final String officeName;
        final CycleResult result;

        Level(String officeId, String officeName, CycleResult result) {
            this.officeId = officeId;
            this.officeName = officeName;
            this.result = result;
        }
    }

    // ---------------------------------------------------------------- standards and plans

    static Rubric townshipStandard() {
        return rubric(TOWNSHIP_RUBRIC);
    }

    static Rubric villageStandard() {
        return rubric(VILLAGE_RUBRIC);
    }

    private static Rubric rubric(String file) {
        try (InputStream in = DemoLevels.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("The demo's standard " + file + " is missing from the jar");
            }
            return RubricJson.read(in, file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo's standard " + file + ": " + e, e);
        }
    }

    /**
     * The county standard with 六.2's coverage condition derived from the villages' results: the share of the county's
     * villages and communities rated at least 合格 must reach 100%, with the policy of the rate it replaces.
     */
    static Rubric derivedCounty(Rubric county) {
        Criterion item = county.criterion(COVERAGE_ITEM);
        CompositeRule all = (CompositeRule) item.rule().get();
        List<Rule> conditions = new ArrayList<>();
        for (Rule r : all.conditions()) {
            boolean coverage = r.kind() == RuleKind.RATE_AT_LEAST && ((RateAtLeastRule) r).metric().equals(COVERAGE_METRIC);
            conditions.add(coverage ? RollUpRule.shareAtLeast(OrgKind.VILLAGE_COMMUNITY, Grade.PASS, ((RateAtLeastRule) r).minimum(),
                    ((RateAtLeastRule) r).policy()) : r);
        }
        return RubricVariants.withRule(county, COVERAGE_ITEM, CompositeRule.of(all.policy(), all.conditionCredit(), conditions),
                county.version() + "+六.2逐级汇总");
    }

    /** The plan of township {@code townshipId} for its villages and communities. */
    static String villagePlanId(String townshipId) {
        return "beihai-2015-demo-villages-" + townshipId.substring("beihai/".length()).replace('/', '-');
    }

    /** Every township's village plan, in the tree's order: the plans the city's 六.2 reads. */
    static List<String> villagePlanIds() {
        List<String> out = new ArrayList<>();
        for (OrgUnit t : BeihaiSampleCity.tree().unitsOfKind(OrgKind.TOWNSHIP)) {
            out.add(villagePlanId(t.id()));
        }
        return out;
    }

    /** The city setup's part: 六.2 read from the village plans. */
    static CycleSetup.Builder cityPart(CycleSetup.Builder b) {
        return b.subordinatePlans(villagePlanIds());
    }

    private static AssessmentPlan plan(String id, OrgKind kind, Rubric rubric) {
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        rubrics.put(kind, rubric);
        return AssessmentPlan.builder().id(id).year(BeihaiDemo.YEAR).rubrics(rubrics).build();
    }

    private static CycleSetup setup(AssessmentPlan plan, String office) {
        return CycleSetup.builder(plan).cycle(AssessmentCycle.of(BeihaiDemo.YEAR)).asOf(BeihaiDemo.REVIEW_DATE)
                .cityOffice(BeihaiSampleCity.OFFICE_ID).assessingOffice(office).build();
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs the plans below the city on {@code store}, lowest level first: the villages' plans (one per township), then
     * 海城区's townships. The city's plan then reads the villages' results for 六.2.
     */
    static List<Level> runBelow(AssessmentStore store, Timings timings) {
        final OrgTree tree = BeihaiSampleCity.tree();
        final Rubric villages = villageStandard();
        final List<OrgUnit> townships = tree.unitsOfKind(OrgKind.TOWNSHIP);
        // The village plans are independent of each other (disjoint units, evidence and plans): two threads take them in
        // turn, the results keep the tree's order. Only the interleaving of their records in the store varies.
        final Level[] done = new Level[townships.size()];
        final AtomicInteger next = new AtomicInteger();
        final java.util.function.Consumer<Timings> villagePlans = t -> {
            for (int i = next.getAndIncrement(); i < done.length; i = next.getAndIncrement()) {
                OrgUnit township = townships.get(i);
                done[i] = run(store, t, tree, plan(villagePlanId(township.id()), OrgKind.VILLAGE_COMMUNITY, villages), township.id(), 400);
            }
        };
        FutureTask<Void> second = new FutureTask<>(() -> villagePlans.accept(new Timings()), null);
        Thread helper = new Thread(second, "kaoping-demo-village-plans");
        helper.setDaemon(true);
        helper.start();
        try {
            villagePlans.accept(timings);
        } catch (RuntimeException | Error e) {
            next.set(done.length); // the helper stops after its current plan, before the caller closes the store
            awaitAfter(second, e);
            throw e;
        }
        await(second, "the village plans on the demo's second thread");
        List<Level> out = new ArrayList<>(Arrays.asList(done));
        out.add(run(store, timings, tree, plan(TOWNSHIP_PLAN, OrgKind.TOWNSHIP, townshipStandard()), COUNTY_OFFICE, 600));
        return out;
    }

    /** Waits for {@code task} ({@code what} it does, for the message), rethrowing what it threw. */
    static void await(FutureTask<?> task, String what) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException("Failed: " + what + ": " + c, c);
        }
    }

    /** Waits for {@code task} after {@code failure} of its caller, adding what the task threw to it as suppressed. */
    static void awaitAfter(FutureTask<?> task, Throwable failure) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
        } catch (ExecutionException e) {
            failure.addSuppressed(e.getCause());
        }
    }

    /**
     * Runs 市教育局's plan for its affiliated units (归口单位) on {@code store}, after the city's: the same enterprise
     * standard and settings as the city's plan, over the evidence already filed about them (the city office spot-checks
     * them too), ranked among themselves only.
     */
    static Level runLead(AssessmentStore store, Timings timings) {
        AssessmentPlan city = BeihaiDemo.plan();
        Map<OrgKind, Rubric> enterprise = Collections.singletonMap(OrgKind.ENTERPRISE_INSTITUTION, city.rubricFor(OrgKind.ENTERPRISE_INSTITUTION));
        return run(store, timings, BeihaiSampleCity.tree(), AssessmentPlan.builder().from(city).id(LEAD_PLAN).rubrics(enterprise).build(),
                LEAD_DEPARTMENT, 0);
    }

    private static Level run(AssessmentStore store, Timings timings, OrgTree tree, AssessmentPlan plan, String office, int floor) {
        List<Evidence> evidence = new ArrayList<>();
        Rubric rubric = plan.rubrics().values().iterator().next();
        OrgKind kind = plan.rubrics().keySet().iterator().next();
        OrgUnit officeUnit = tree.unit(office);
        for (OrgUnit u : tree.units()) {
            if (u.kind() == kind && assessedBy(tree, u, office) && kind != OrgKind.ENTERPRISE_INSTITUTION) {
                new Generator(u, rubric, officeUnit, plan.id(), floor, evidence).generate();
            }
        }
        InMemoryEvidenceSource source = new InMemoryEvidenceSource("demo-evidence-" + plan.id()).append(evidence);
        CycleResult r = CycleRun.run(setup(plan, office), BeihaiSampleCity.directory(), store, source, timings);
        return new Level(office, officeUnit.name(), r);
    }

    /** Whether {@code office} assesses {@code u}: its territory for a township or county, its affiliates for a lead department. */
    private static boolean assessedBy(OrgTree tree, OrgUnit u, String office) {
        return u.leadDepartmentId().isPresent() ? u.leadDepartmentId().get().equals(office) : tree.isAncestor(office, u.id());
    }

    // ---------------------------------------------------------------- reports

    /** The township whose village plan is shown in full, with the county's and the lead department's plans. */
    static final String SHOWCASE_TOWNSHIP = "beihai/haicheng/t1";

    /** Whether a level's full reports are written: 海城区's, 中街街道's and 市教育局's plans (the others are in report.html only). */
    static boolean showcased(Level l) {
        String id = l.result.setup().plan().id();
        return id.equals(TOWNSHIP_PLAN) || id.equals(LEAD_PLAN) || id.equals(villagePlanId(SHOWCASE_TOWNSHIP));
    }

    /** The folder of the levels' own reports under the demo's output folder. */
    static Path folder(Path out, Level level) {
        return out.resolve("levels").resolve(level.result.setup().plan().id());
    }

    /**
     * Writes the {@linkplain #showcased showcased} levels' reports (HTML, CSV, xlsx, JSON, each row naming its plan and
     * 考评机构) into {@code out/levels/<plan>/}, and returns the section of the city's report with a part per assessing
     * office and its ranking, added to the city's {@code ReportData} before it is written (writing all thirty-odd levels'
     * reports in full would double the demo's time).
     */
    static ReportSection writeReports(List<Level> levels, Path out) {
        StringBuilder h = new StringBuilder("<section class=\"levels\" id=\"levels\">\n<h2>属地逐级考评：各考评机构的考评方案与结果</h2>\n"
                + "<p>考核实行属地逐级分类考核制：市依法治市办考评各县（区）并抽查市级单位（见上文），各县（区）依法治理办考评辖区内乡镇、街道，"
                + "各乡镇、街道考评所辖村、社区，市级牵头部门考评归口单位。各方案的排名只在本方案内进行。县（区）标准第六部分第2项的覆盖率由下列村（社区）考评结果汇总得出。</p>\n");
        for (Level l : levels) {
            ReportData data = l.result.reportData(BeihaiDemo.TITLE.replace("考评结果", "考评结果·" + l.officeName), BeihaiDemo.notices().subList(0, 1),
                    BeihaiDemo.CATEGORY_LABELS);
            boolean full = showcased(l);
            if (full) {
                Reports.writeAll(data, folder(out, l));
            }
            h.append("<section class=\"office\" id=\"level-").append(esc(l.result.setup().plan().id())).append("\">\n<h3>考评机构：")
                    .append(esc(l.officeName)).append("</h3>\n");
            for (RankingTable t : l.result.rankings().values()) {
                Rubric r = data.rubric(t);
                h.append("<p>").append(esc(r.title())).append("（").append(esc(r.version())).append("），共 ")
                        .append(t.entries().size()).append(" 个单位").append(full ? "；<a href=\"levels/" + esc(l.result.setup().plan().id()) + "/report.html\">完整报告</a>" : "").append("。</p>\n")
                        .append("<table class=\"ranking\"><thead><tr><th>名次</th><th>单位</th><th>得分</th><th>等次</th></tr></thead><tbody>\n");
                for (RankedUnit u : t.entries()) {
                    h.append("<tr><td>").append(u.rank()).append("</td><td>").append(esc(data.unitName(u.unitId())))
                            .append("</td><td class=\"num\">").append(u.finalTotal().format(2)).append("</td><td>")
                            .append(esc(u.grade().name())).append("</td></tr>\n");
                }
                h.append("</tbody></table>\n");
            }
            h.append("</section>\n");
        }
        h.append("</section>\n");
        final String section = h.toString();
        return new ReportSection() {
            @Override
            public void appendHtml(StringBuilder html, ReportData data) {
                html.append(section);
            }

            @Override
            public List<String> consoleLines(ReportData data) {
                return Collections.singletonList("属地逐级考评：" + levels.size() + " 个下级考评方案，见报告“属地逐级考评”一节。");
            }
        };
    }

    /** {@code raw} neutralized and escaped for HTML ({@link SafeText#html}), as every report does. */
    private static String esc(String raw) {
        return SafeText.html(raw);
    }

    // ---------------------------------------------------------------- evidence

    /**
     * Draws from {@code random} what the host-supplied coverage rate a roll-up replaces drew (a base, a chance, an
     * offset, an evidence id), so that every other item of the unit keeps its synthetic evidence.
     */
    static Void drawInPlaceOfRate(Random random, BooleanSupplier chance, Runnable nextId) {
        random.nextInt(800);
        if (chance.getAsBoolean()) {
            random.nextInt(3);
        } else {
            random.nextInt(5);
        }
        nextId.run();
        return null;
    }

    /** One unit's synthetic evidence under a level's plan: the office's judgements and ticks, a host system's metrics. */
    private static final class Generator implements RuleVisitor<Void> {
        private final OrgUnit unit;
        private final Rubric rubric;
        private final OrgUnit office;
        private final String planId;
        private final List<Evidence> out;
        private final Random random;
        private final int quality;
        private final Set<String> metricsDone = new HashSet<>();
        private Criterion leaf;
        private int sequence;

        Generator(OrgUnit unit, Rubric rubric, OrgUnit office, String planId, int floor, List<Evidence> out) {
            this.unit = unit;
            this.rubric = rubric;
            this.office = office;
            this.planId = planId;
            this.out = out;
            this.random = new Random(BeihaiDemo.SEED ^ unit.id().hashCode() ^ planId.hashCode());
            this.quality = floor + random.nextInt(990 - floor);
        }

        void generate() {
            for (Criterion c : rubric.leaves()) {
                leaf = c;
                if (c.rule().isPresent()) {
                    c.rule().get().accept(this);
                }
            }
        }

        private boolean chance() {
            return random.nextInt(1000) < quality;
        }

        private String id(String kind) {
            return BeihaiDemo.evidenceId(unit.id(), planId, kind, ++sequence);
        }

        private String rater() {
            return office.name() + "示例考核组";
        }

        @Override
        public Void visitJudgement(JudgementRule rule) {
            int level = 0;
            while (level < rule.levels().size() - 1 && !chance()) {
                level++;
            }
            out.add(Judgement.builder().id(id("judgement")).unitId(unit.id()).key(leaf.id()).period(ReportingPeriod.year(BeihaiDemo.YEAR))
                    .source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION).author(rater()).authorUnitId(office.id())
                    .recordedAt(BeihaiDemo.at(BeihaiDemo.YEAR, 12, 8, 10)).level(rule.levels().get(level).name()).build());
            return null;
        }

        @Override
        public Void visitChecklist(ChecklistRule rule) {
            for (int q = 1; q <= rule.requirements().size(); q++) {
                out.add(ChecklistTick.builder().id(id("checklist")).unitId(unit.id()).key(leaf.id()).period(ReportingPeriod.year(BeihaiDemo.YEAR))
                        .source(SourceKind.PANEL).step(ReviewStep.REVIEW_ARCHIVES).author(rater()).authorUnitId(office.id())
                        .recordedAt(BeihaiDemo.at(BeihaiDemo.YEAR, 12, 8, 9)).requirement(q).met(chance()).build());
            }
            return null;
        }

        @Override
        public Void visitAtLeast(AtLeastRule rule) {
            if (!metricsDone.add(rule.metric())) {
                return null;
            }
            long min = rule.minimum().setScale(0, java.math.RoundingMode.CEILING).longValueExact();
            if (rule.period() == Period.MONTH || rule.period() == Period.QUARTER) {
                int step = rule.period() == Period.MONTH ? 1 : 3;
                for (int m = step; m <= 12; m += step) {
                    metric(rule.metric(), ReportingPeriod.month(BeihaiDemo.YEAR, m), chance() ? min : Math.max(0, min - 1), null, rule.unit());
                }
            } else {
                metric(rule.metric(), ReportingPeriod.year(BeihaiDemo.YEAR), chance() ? min + random.nextInt(3) : Math.max(0, min - 1), null, rule.unit());
            }
            return null;
        }

        @Override
        public Void visitRateAtLeast(RateAtLeastRule rule) {
            if (!metricsDone.add(rule.metric())) {
                return null;
            }
            long base = 100 + random.nextInt(300);
            Ratio min = rule.minimum();
            long needed = (base * min.numerator() + min.denominator() - 1) / min.denominator();
            metric(rule.metric(), ReportingPeriod.year(BeihaiDemo.YEAR), chance() ? Math.min(base, needed + 1) : Math.max(0, needed - 2), base, "人次");
            return null;
        }

        @Override
        public Void visitTrend(TrendRule rule) {
            if (!metricsDone.add(rule.metric())) {
                return null;
            }
            long before = 10 + random.nextInt(20);
            boolean up = rule.direction() == TrendRule.Direction.INCREASE;
            long now = chance() == up ? before + 2 : Math.max(0, before - 2);
            metric(rule.metric(), ReportingPeriod.year(BeihaiDemo.YEAR - 1), before, null, "件");
            metric(rule.metric(), ReportingPeriod.year(BeihaiDemo.YEAR), now, null, "件");
            return null;
        }

        @Override
        public Void visitNoIncident(NoIncidentRule rule) {
            return null;
        }

        @Override
        public Void visitComposite(CompositeRule rule) {
            for (Rule r : rule.conditions()) {
                r.accept(this);
            }
            return null;
        }

        @Override
        public Void visitCustom(CustomRule rule) {
            return null;
        }

        @Override
        public Void visitRollUp(RollUpRule rule) {
            return null; // derived by the runtime from the level below
        }

        private void metric(String key, ReportingPeriod period, long value, Long outOf, String measure) {
            out.add(MetricValue.builder().id(id("metric")).unitId(unit.id()).key(key).period(period).source(SourceKind.HOST_SYSTEM)
                    .author("示例业务系统").recordedAt(period.isWholeYear() ? BeihaiDemo.at(period.year(), 12, 5, 10)
                            : BeihaiDemo.at(period.year(), period.month(), 20, 10))
                    .value(BigDecimal.valueOf(value)).outOf(outOf == null ? java.util.Optional.<BigDecimal>empty()
                            : java.util.Optional.of(BigDecimal.valueOf(outOf))).unit(measure).build());
        }
    }

    static Map<String, Level> byPlan(List<Level> levels) {
        Map<String, Level> out = new LinkedHashMap<>();
        for (Level l : levels) {
            out.put(l.result.setup().plan().id(), l);
        }
        return out;
    }
}
