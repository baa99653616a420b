package org.kaoping.plugin.review;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.review.ReviewTeam;
import org.kaoping.core.review.TeamMember;
import org.kaoping.core.review.UpperTarget;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.report.TargetComparison;
import org.kaoping.rubrics.beihai2015.Beihai2015Labels;
import org.kaoping.runtime.Standing;

/**
 * The office's page on how the review was run (Markdown, Chinese): the 考核小组 and its assignments, who rated whom, the
 * targets set by the higher level and the items they decide, the standing during the year with each unit's open
 * stage-target items, and what each annual self-report said with the missing sections flagged.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReviewReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReviewReport() {}

    /**
     * The page: {@code title}, then the sections above; {@code notes} (e.g. what the gate did) listed under the team;
     * {@code yearEnd} the year's final scorecards, beside the standing's.
     */
    public static String markdown(String title, AssessmentPlan plan, OrgTree tree, ReviewTeam team, List<? extends Evidence> evidence,
            Standing standing, List<Scorecard> yearEnd, List<String> notes) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(title).append("\n\n");
        s.append("示例数据，非真实考评结果。时间均为北京时间。\n\n");
        team(s, tree, team, evidence, notes);
        targets(s, plan, yearEnd, k -> Beihai2015Labels.all().containsKey(k) ? Beihai2015Labels.all().get(k) : k);
        standing(s, tree, standing, yearEnd);
        sections(s, plan, tree, evidence, yearEnd);
        return s.toString();
    }

    private static void team(StringBuilder s, OrgTree tree, ReviewTeam team, List<? extends Evidence> evidence, List<String> notes) {
        s.append("## 一、考核小组与分工\n\n");
        List<String> units = new ArrayList<>();
        for (String u : team.memberUnits()) {
            units.add(name(tree, u));
        }
        s.append("领导小组成员单位（抽调人员）：").append(String.join("、", units)).append("\n\n");
        s.append("| 考核组 | 成员（所在单位） | 负责考核的单位 |\n|---|---|---|\n");
        for (String g : team.groups()) {
            List<String> members = new ArrayList<>();
            for (TeamMember m : team.membersOf(g)) {
                members.add(m.name() + "（" + name(tree, m.homeUnitId()) + "）");
            }
            List<String> assigned = new ArrayList<>();
            Set<String> a = team.assignments().get(g);
            if (a != null) {
                for (String u : a) {
                    assigned.add(name(tree, u));
                }
            }
            s.append("| ").append(g).append(" | ").append(String.join("、", members)).append(" | ")
                    .append(assigned.isEmpty() ? "—" : String.join("、", assigned)).append(" |\n");
        }
        s.append("\n### 谁评了谁（按考核小组评议、核查的证据）\n\n");
        s.append("| 成员 | 所在考核组 | 评议的单位数 | 其中不在本组分工内的单位 |\n|---|---|---|---|\n");
        Map<String, Set<String>> rated = new TreeMap<>();
        for (Evidence e : evidence) {
            if (e.source() == SourceKind.PANEL && team.member(e.author()).isPresent()) {
                rated.computeIfAbsent(e.author(), k -> new TreeSet<>()).add(e.unitId());
            }
        }
        for (TeamMember m : team.members()) {
            Set<String> r = rated.containsKey(m.id()) ? rated.get(m.id()) : new TreeSet<String>();
            Set<String> mine = team.assignments().get(m.group());
            List<String> outside = new ArrayList<>();
            for (String u : r) {
                if (mine == null || !mine.contains(u)) {
                    outside.add(name(tree, u));
                }
            }
            s.append("| ").append(m.name()).append(" | ").append(m.group()).append(" | ").append(r.size()).append(" | ")
                    .append(outside.isEmpty() ? "无" : outside.size() + " 个：" + String.join("、", outside)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            s.append("\n考核小组把关（考评方案载明考核小组后，系统只接受本组负责单位的评议）：\n\n");
            for (String n : notes) {
                s.append("- ").append(n).append('\n');
            }
        }
        s.append('\n');
    }

    private static void targets(StringBuilder s, AssessmentPlan plan, List<Scorecard> yearEnd, Function<String, String> metricName) {
        s.append("## 二、上级下达的指标\n\n");
        if (plan.review().targets().isEmpty()) {
            s.append("考评方案未载明上级指标。\n\n");
            return;
        }
        s.append("| 指标 | 年度 | 指标值 | 下达单位 | 下达日期 | 文件 |\n|---|---|---|---|---|---|\n");
        for (UpperTarget t : plan.review().targets()) {
            s.append("| ").append(metricName.apply(t.key())).append(" | ").append(t.year()).append(" | ").append(t.rate().toPercentString()).append(" | ")
                    .append(t.setBy()).append(" | ").append(DAY.format(t.setOn())).append(" | ").append(t.document().isEmpty() ? "—" : t.document())
                    .append(" |\n");
        }
        s.append("\n| 单位 | 条目 | 得分 | 依据 |\n|---|---|---|---|\n");
        for (Scorecard c : yearEnd) {
            for (Criterion leaf : c.rubric().leaves()) {
                if (!leaf.rule().isPresent() || !usesTarget(leaf.rule().get())) {
                    continue;
                }
                // the same Chinese lines as the report's 指标比较, from the engine's inputs; never its English text
                List<String> why = TargetComparison.lines(c.node(leaf.id()).explanation().channels(), metricName, true);
                s.append("| ").append(c.unit().name()).append(" | ").append(leaf.id()).append(" | ").append(c.awarded(leaf.id())).append('/')
                        .append(leaf.points()).append(" | ").append(String.join("；", why)).append(" |\n");
            }
        }
        s.append('\n');
    }

    private static boolean usesTarget(org.kaoping.core.rule.Rule rule) {
        if (rule instanceof RateAtLeastRule) {
            return ((RateAtLeastRule) rule).targetKey().isPresent();
        }
        if (rule instanceof org.kaoping.core.rule.CompositeRule) {
            for (org.kaoping.core.rule.Rule r : ((org.kaoping.core.rule.CompositeRule) rule).conditions()) {
                if (usesTarget(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void standing(StringBuilder s, OrgTree tree, Standing standing, List<Scorecard> yearEnd) {
        s.append("## 三、平时考评：截至").append(DAY.format(standing.asOf())).append("的排名\n\n");
        s.append("只计入").append(DAY.format(standing.asOf())).append("24时前报送、录入的证据（按录入时间，不按所属期间）；"
                + "自查月报中考评方案指定的内容计为单位自查证据。\n\n");
        Map<String, Scorecard> end = new LinkedHashMap<>();
        for (Scorecard c : yearEnd) {
            end.put(c.unitId(), c);
        }
        for (RankingTable t : standing.rankings().values()) {
            s.append("### ").append(t.rubricId()).append("\n\n| 名次 | 单位 | 截至当日得分 | 年终得分 |\n|---|---|---|---|\n");
            for (RankedUnit u : t.entries()) {
                Scorecard c = end.get(u.unitId());
                s.append("| ").append(u.rank()).append(" | ").append(name(tree, u.unitId())).append(" | ").append(u.finalTotal().format(2)).append(" | ")
                        .append(c == null ? "—" : c.finalTotal().format(2)).append(" |\n");
            }
            s.append('\n');
        }
        s.append("### 未完成的阶段性目标\n\n");
        if (standing.openItems().isEmpty()) {
            s.append("无。\n\n");
            return;
        }
        for (Map.Entry<String, List<Standing.OpenItem>> e : standing.openItems().entrySet()) {
            List<String> items = new ArrayList<>();
            for (Standing.OpenItem i : e.getValue()) {
                items.add(i.criterionId() + "（" + i.awarded() + "/" + i.maximum() + " 分，" + DAY.format(i.due()) + "前应完成：" + i.description() + "）");
            }
            s.append("- ").append(name(tree, e.getKey())).append("：").append(String.join("；", items)).append('\n');
        }
        s.append('\n');
    }

    private static void sections(StringBuilder s, AssessmentPlan plan, OrgTree tree, List<? extends Evidence> evidence, List<Scorecard> yearEnd) {
        List<String> required = plan.review().annualSections();
        s.append("## 四、年度自查报告各部分\n\n| 单位 |");
        for (String r : required) {
            s.append(' ').append(r).append(" |");
        }
        s.append(" 缺少的部分 |\n|---|");
        for (int i = 0; i <= required.size(); i++) {
            s.append("---|");
        }
        s.append('\n');
        Map<String, SelfReport> reports = SelfReportSections.latestAnnual(evidence, plan.year());
        int flagged = 0;
        for (Scorecard c : yearEnd) {
            SelfReport r = reports.get(c.unitId());
            s.append("| ").append(c.unit().name()).append(" |");
            if (r == null) {
                for (int i = 0; i < required.size(); i++) {
                    s.append(" — |");
                }
                s.append(" **未报送年度自查报告** |\n");
                flagged++;
                continue;
            }
            for (String sec : required) {
                String text = r.sections().get(sec);
                s.append(' ').append(text == null || text.trim().isEmpty() ? "**缺**" : cell(text)).append(" |");
            }
            List<String> missing = SelfReportSections.missing(required, r);
            flagged += missing.isEmpty() ? 0 : 1;
            s.append(' ').append(missing.isEmpty() ? "无" : "**" + String.join("、", missing) + "**").append(" |\n");
        }
        s.append("\n共 ").append(flagged).append(" 个单位的年度自查报告缺少部分内容或未报送。\n");
    }

    private static String cell(String text) {
        String t = text.replace('|', '｜').replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static String name(OrgTree tree, String unitId) {
        return tree.contains(unitId) ? tree.unit(unitId).name() : unitId;
    }
}
