package org.kaoping.plugin.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.LeadingCadre;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.review.ReviewSettings;
import org.kaoping.core.review.ReviewTeam;
import org.kaoping.core.review.TeamMember;
import org.kaoping.plugin.imports.TextEncoding;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.review.CadreExportSink;
import org.kaoping.plugin.review.ReviewReport;
import org.kaoping.plugin.review.ReviewTeamCsv;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.runtime.EvidenceRefusedException;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.Standing;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/**
 * The demo's part of issue 17, the review as the office runs it, all on synthetic data (示例数据): the plan's targets set
 * by the higher level (county 九.4 and 九.6), a stage target for 30 June and the self-report sections that count as
 * evidence; the 考核小组 roster and assignments written as the office's CSV files and read back; the standing on 30 June;
 * what each unit's annual self-report said; and the organization department's export. Called from {@link BeihaiDemo}.
 */
final class DemoReview {
    /** The report file this part writes into the demo's folder. */
    static final String REPORT = "考评组织与平时考评-示例.md";
    static final String ROSTER_CSV = "考核小组名单-示例.csv";
    static final String ASSIGNMENTS_CSV = "考核小组分工-示例.csv";
    /** The day of the mid-year standing. */
    static final LocalDate MID_YEAR = LocalDate.of(BeihaiDemo.YEAR, 6, 30);

    private static final String[] GROUPS = {"第一考核组", "第二考核组", "第三考核组", "第四考核组"};

    private DemoReview() {}

    // ---------------------------------------------------------------- plan data

    /** The demo plan's review settings: two targets from above, one stage target, two section uses. */
    static ReviewSettings settings() {
        return org.kaoping.plugin.plan.BeihaiPlans.exampleReview();
    }

    /** The target-rate metric of {@code unitId}: {value, base}, reaching the plan's target when {@code met}; its own random numbers. */
    static long[] targetRate(String unitId, String metric, boolean met) {
        Random random = new Random(BeihaiDemo.SEED ^ (unitId + "/" + metric).hashCode());
        long base = 40 + random.nextInt(160);
        Ratio target = settings().target(metric, BeihaiDemo.YEAR).get().rate();
        long needed = (base * target.numerator() + target.denominator() - 1) / target.denominator();
        long value = met ? Math.min(base, needed + random.nextInt(3)) : Math.max(0, needed - 1 - random.nextInt(4));
        return new long[] {value, base};
    }

    /** A monthly report's content: 措施办法 always, 组织建设 from March on; its own random numbers. */
    static Map<String, String> monthlySections(OrgUnit unit, int month) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("措施办法", BeihaiDemo.LABEL + unit.name() + month + "月：对照工作标准和四定重点工作任务开展自查，落实法治建设意见");
        if (month >= 3) {
            s.put("组织建设", BeihaiDemo.LABEL + "创建工作领导小组按月召开会议");
        }
        return s;
    }

    /** The annual report's content: the four sections, one left out by about one unit in six; its own random numbers. */
    static Map<String, String> annualSections(OrgUnit unit) {
        Random random = new Random(BeihaiDemo.SEED ^ (unit.id() + "/annual-sections").hashCode());
        int missing = random.nextInt(6) == 0 ? random.nextInt(4) : -1;
        String[] text = {"领导小组及办公室健全，专人负责", "创建经费列入年度财政预算并足额到位", "制定年度创建方案，分解任务到部门",
            "依法治理水平提升，群众满意度提高"};
        Map<String, String> s = new LinkedHashMap<>();
        for (int i = 0; i < ReviewSettings.ANNUAL_SECTIONS.size(); i++) {
            if (i != missing) {
                s.put(ReviewSettings.ANNUAL_SECTIONS.get(i), BeihaiDemo.LABEL + text[i]);
            }
        }
        return s;
    }

    /** The demo's 考核小组: the eight raters of the demo's panel in four groups, each assigned the units it may review. */
    static ReviewTeam team(OrgTree tree, List<OrgUnit> assessed) {
        ReviewTeam.Builder b = ReviewTeam.builder();
        String[] names = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇"};
        List<List<String>> homes = new ArrayList<>();
        for (int i = 0; i < BeihaiDemo.RATERS.length; i++) {
            String group = GROUPS[i / 2];
            b.member(TeamMember.of(BeihaiDemo.RATERS[i], names[i] + "（示例）", BeihaiDemo.RATER_UNITS[i], group));
            b.memberUnit(BeihaiDemo.RATER_UNITS[i]);
            if (i % 2 == 0) {
                homes.add(new ArrayList<String>());
            }
            homes.get(i / 2).add(BeihaiDemo.RATER_UNITS[i]);
        }
        int next = 0;
        for (OrgUnit u : assessed) {
            for (int k = 0; k < GROUPS.length; k++) {
                int g = (next + k) % GROUPS.length;
                boolean conflict = false;
                for (String home : homes.get(g)) {
                    conflict |= home.equals(u.id()) || tree.isAncestor(home, u.id())
                            || u.leadDepartmentId().isPresent() && u.leadDepartmentId().get().equals(home);
                }
                if (!conflict) {
                    b.assign(GROUPS[g], u.id());
                    next = g + 1;
                    break;
                }
            }
        }
        return b.build();
    }

    /** The demo's leading cadres of a unit (示例), for the organization department's export. */
    static List<LeadingCadre> cadres(OrgUnit u) {
        String[] surnames = {"李", "王", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
        int h = Math.abs(u.id().hashCode());
        String post = u.kind() == OrgKind.COUNTY_DISTRICT ? "区（县）委书记" : u.kind() == OrgKind.ENTERPRISE_INSTITUTION ? "党委书记、董事长" : "党组书记、局长";
        return Arrays.asList(LeadingCadre.of(surnames[h % 10] + "某某（示例）", post),
                LeadingCadre.of(surnames[(h / 10) % 10] + "某（示例）", u.kind() == OrgKind.COUNTY_DISTRICT ? "区（县）长" : "副职"));
    }

    // ---------------------------------------------------------------- running it

    /** The cadre export of each demo output folder and the rectification items it counts (opened after publishing). */
    private static final Map<Path, CadreExportSink> CADRE_EXPORTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<Path, List<org.kaoping.core.rectification.Rectification>> RECTIFICATIONS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code sinks} with the organization department's export into {@code out} added. */
    static ResultSink[] withCadreExport(Path out, ResultSink... sinks) {
        Path key = out.toAbsolutePath().normalize();
        RECTIFICATIONS.put(key, Collections.<org.kaoping.core.rectification.Rectification>emptyList());
        // written once, by rewriteCadreExport with the 整改 items opened after publication (issue 14: not twice)
        CadreExportSink sink = CadreExportSink.openDeferred(out, DemoReview::cadreTree, BeihaiDemo.CATEGORY_LABELS, true,
                () -> RECTIFICATIONS.get(key));
        CADRE_EXPORTS.put(key, sink);
        List<ResultSink> all = new ArrayList<>(Arrays.asList(sinks));
        all.add(sink);
        return all.toArray(new ResultSink[0]);
    }

    /**
     * Writes the cadre export of {@code out} again with the rectification items (整改) opened after the results were
     * published, so that the organization department sees each unit's items not yet verified.
     */
    static void rewriteCadreExport(Path out, List<org.kaoping.core.rectification.Rectification> items) {
        Path key = out.toAbsolutePath().normalize();
        RECTIFICATIONS.put(key, new ArrayList<>(items));
        CadreExportSink sink = CADRE_EXPORTS.get(key);
        if (sink != null) {
            sink.rewrite();
        }
    }

    /** The sample city with each assessed unit's (synthetic) leading cadres, as the host's directory would name them. */
    static OrgTree cadreTree() {
        List<OrgUnit> units = new ArrayList<>();
        for (OrgUnit u : BeihaiSampleCity.units()) {
            boolean named = u.kind() != OrgKind.TOWNSHIP && u.kind() != OrgKind.VILLAGE_COMMUNITY && u.kind() != OrgKind.CITY;
            units.add(named ? OrgUnit.builder().from(u).leadingCadres(cadres(u)).build() : u);
        }
        return OrgTree.of(units);
    }

    /**
     * After the demo's run: writes the roster and assignments and reads them back (checked), shows the gate refusing a
     * rating from a member not assigned to the unit, and writes it with {@code standing} (30 June) and with the self-report sections and the targets into {@value #REPORT}.
     */
    static Path run(Path out, CycleResult result, List<Evidence> evidence, Standing standing) {
        OrgTree tree = BeihaiSampleCity.tree();
        List<OrgUnit> assessed = new ArrayList<>();
        for (org.kaoping.core.scoring.Scorecard c : result.scorecards()) {
            assessed.add(c.unit());
        }
        ReviewTeam written = team(tree, assessed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ROSTER_CSV, TextEncoding.encode(ReviewTeamCsv.rosterCsv(written), StandardCharsets.UTF_8));
        files.put(ASSIGNMENTS_CSV, TextEncoding.encode(ReviewTeamCsv.assignmentsCsv(written), StandardCharsets.UTF_8));
        Reports.writeFiles(out, files, false);
        ReviewTeam team = ReviewTeamCsv.read(out.resolve(ROSTER_CSV), out.resolve(ASSIGNMENTS_CSV), tree);
        List<String> gate = gate(team, tree);
        AssessmentPlan plan = BeihaiDemo.plan();
        String text = ReviewReport.markdown(BeihaiDemo.LABEL + "考评组织与平时考评（" + BeihaiDemo.YEAR + "年）", plan, tree, team, evidence,
                standing, result.scorecards(), gate);
        Reports.writeFiles(out, Collections.singletonMap(REPORT, text.getBytes(StandardCharsets.UTF_8)), false);
        return out.resolve(REPORT);
    }

    /** The standing on 30 June ({@link #MID_YEAR}) from the demo's store, still open after the run. */
    static Standing standing(org.kaoping.spi.AssessmentStore store) {
        try (Kaoping kaoping = CycleRun.runtime(BeihaiDemo.setup(), BeihaiSampleCity.directory(), store)) {
            return kaoping.standing(MID_YEAR);
        }
    }

    /** Two panel ratings through a runtime whose plan names the team: one by an assigned member, one by a member not assigned. */
    private static List<String> gate(ReviewTeam team, OrgTree tree) {
        AssessmentPlan plan = AssessmentPlan.builder().from(BeihaiDemo.plan())
                .review(BeihaiDemo.plan().review().toBuilder().team(team).build()).build();
        List<String> out = new ArrayList<>();
        out.add("示例的评议证据按固定轮换生成，早于上述分工：上表“不在本组分工内”的评议，在考评方案载明考核小组后会被拒绝。");
        try (Kaoping k = Kaoping.builder().orgDirectory(BeihaiSampleCity.directory()).store(new InMemoryAssessmentStore()).plan(plan)
                .cityOffice(BeihaiSampleCity.OFFICE_ID).notAssessed(OrgKind.TOWNSHIP, "示例").notAssessed(OrgKind.VILLAGE_COMMUNITY, "示例")
                .build()) {
            TeamMember m = team.members().get(0);
            String assigned = null;
            String other = null;
            for (Map.Entry<String, java.util.Set<String>> e : team.assignments().entrySet()) {
                for (String u : e.getValue()) {
                    if (tree.unit(u).kind() == OrgKind.COUNTY_DISTRICT) {
                        if (e.getKey().equals(m.group()) && assigned == null) {
                            assigned = u;
                        } else if (!e.getKey().equals(m.group()) && other == null) {
                            other = u;
                        }
                    }
                }
            }
            k.submit(m.id(), m.homeUnitId(), rating("gate-demo-1", m, assigned));
            out.add(m.name() + "（" + m.group() + "）评议 " + tree.unit(assigned).name() + "：已接受（本组负责）");
            try {
                k.submit(m.id(), m.homeUnitId(), rating("gate-demo-2", m, other));
                out.add(m.name() + " 评议 " + tree.unit(other).name() + "：竟被接受（不应如此）");
            } catch (EvidenceRefusedException e) {
                out.add(m.name() + "（" + m.group() + "）评议 " + tree.unit(other).name() + "：被拒绝并记入审计（该单位不由本组考核）");
            }
        }
        return out;
    }

    private static Judgement rating(String id, TeamMember m, String unitId) {
        return Judgement.builder().id(BeihaiDemo.ID_PREFIX + id).unitId(unitId).key("2.1").period(ReportingPeriod.year(BeihaiDemo.YEAR))
                .source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION).author(m.id()).authorUnitId(m.homeUnitId())
                .recordedAt(BeihaiDemo.at(BeihaiDemo.YEAR, 12, 18, 9)).level("好").build();
    }
}
