package org.kaoping.plugin.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeBand;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.AppliedAdjustment;
import org.kaoping.core.scoring.AppliedDeduction;
import org.kaoping.core.scoring.ChannelResult;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.NodeState;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.TriggeredVeto;

/**
 * The results as an Excel workbook ({@value Reports#XLSX}), written with dhatim fastexcel (a small, Java 8
 * streaming writer, shaded into the plugin jar). Sheets: 说明 (title, notices, plan); one per standard, a row per unit
 * in rank order with the standard's own section titles as columns ({@code 推进依法行政(12分)}); one per-item matrix
 * per standard (逐项得分, a column per item); 问题清单 (every point a unit lost: the item, its points, what it got, the
 * reason in the office's words and the evidence ids); 加减分与否决 (bonuses, penalties, vetoes); the roll-ups by
 * section, by the plan's tasks and safeguards and by area; 等次分布.
 *
 * <p>Every sheet starts with a title row (campaign and year, the sheet's subject, and 【示例数据，非真实考评结果】 when the
 * data is synthetic) above a header row, and both stay frozen. Codes and ids are text cells (leading zeros kept);
 * points are numbers shown with two decimals (more where the exact points have more); text from data is always a
 * text cell, never a formula (a value starting with {@code = + - @} stays text), and neutralized ({@link SafeText}).
 * Sheet names are at most 31 characters without {@code : \ / ? * [ ]}.
 */
final class XlsxReport {
    /** The number format of points: two decimals, up to four when the exact points have them. */
    static final String POINTS_FORMAT = "0.00##";

    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;

    private XlsxReport() {}

    /** The whole workbook. */
    public static byte[] toBytes(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            Workbook wb = new Workbook(bytes, "Kaoping", "1.0");
            Set<String> names = new HashSet<>();
            overview(wb.newWorksheet(name("说明", names)), data);
            List<RankingTable> tables = data.rankings();
            for (RankingTable t : tables) {
                standard(wb.newWorksheet(name(data.rubric(t).title(), names)), data, t);
            }
            for (RankingTable t : tables) {
                matrix(wb.newWorksheet(name(data.rubric(t).title() + "-逐项得分", names)), data, t);
            }
            problems(wb.newWorksheet(name("问题清单", names)), data);
            adjustments(wb.newWorksheet(name("加减分与否决", names)), data);
            unused(wb.newWorksheet(name("未使用的证据", names)), data);
            claims(wb.newWorksheet(name("待审核的申报", names)), data);
            sectionAverages(wb.newWorksheet(name("汇总-分项平均", names)), data);
            tags(wb.newWorksheet(name("汇总-任务与保障措施", names)), data);
            areas(wb.newWorksheet(name("汇总-地区", names)), data);
            grades(wb.newWorksheet(name("等次分布", names)), data);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + Reports.XLSX + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** A sheet name: forbidden characters replaced, at most 31 characters, unique in the workbook. */
    static String name(String wanted, Set<String> taken) {
        String n = wanted.replaceAll("[:\\\\/?*\\[\\]]", "_");
        if (n.length() > 31) {
            n = n.substring(0, 31);
        }
        String base = n;
        for (int i = 2; !taken.add(n); i++) {
            String suffix = "-" + i;
            n = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return n;
    }

    /** The title row: campaign and year, subject, and the synthetic marker where it applies. */
    private static void title(Worksheet ws, ReportData data, String subject) {
        String t = data.title() + " — " + subject + (data.isSynthetic() ? " 【" + ReportData.SYNTHETIC_NOTICE + "】" : "");
        ws.value(TITLE_ROW, 0, SafeText.of(t));
        ws.style(TITLE_ROW, 0).bold().fontSize(14).set();
        if (data.isSynthetic()) {
            ws.style(TITLE_ROW, 0).bold().fontSize(14).fontColor("C62828").set();
        }
    }

    private static void header(Worksheet ws, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            ws.value(HEADER_ROW, c, columns.get(c));
            ws.style(HEADER_ROW, c).bold().fillColor("EEEEEE").wrapText(true).set();
        }
        ws.freezePane(0, HEADER_ROW + 1);
    }

    private static void text(Worksheet ws, int r, int c, String v) {
        ws.value(r, c, SafeText.of(v));
    }

    private static void points(Worksheet ws, int r, int c, Points p) {
        ws.value(r, c, p.toBigDecimal());
        ws.style(r, c).format(POINTS_FORMAT).set();
    }

    private static void number(Worksheet ws, int r, int c, long n) {
        ws.value(r, c, n);
    }

    private static void overview(Worksheet ws, ReportData data) {
        title(ws, data, "说明");
        header(ws, Arrays.asList("项目", "内容"));
        int r = HEADER_ROW + 1;
        text(ws, r, 0, "标题");
        text(ws, r++, 1, data.title());
        if (data.isSynthetic()) {
            text(ws, r, 0, "数据性质");
            text(ws, r++, 1, ReportData.SYNTHETIC_NOTICE);
        }
        for (String n : data.notices()) {
            text(ws, r, 0, "说明");
            text(ws, r++, 1, n);
        }
        text(ws, r, 0, "考评方案");
        text(ws, r++, 1, data.plan().id() + "，年度 " + data.plan().year());
        List<String> bands = new ArrayList<>();
        for (GradeBand b : data.plan().gradeBands().bands()) {
            bands.add(b.grade().name() + " ≥ " + b.minimum());
        }
        text(ws, r, 0, "等次划分");
        text(ws, r++, 1, String.join("，", bands));
        text(ws, r, 0, "评分人综合");
        text(ws, r++, 1, HtmlReport.ratersInChinese(data.plan().raters()));
        text(ws, r, 0, "分值");
        text(ws, r, 1, "保留 " + data.scale() + " 位小数（四舍五入），合计为各部分之和");
        ws.width(0, 14);
        ws.width(1, 120);
    }

    private static void standard(Worksheet ws, ReportData data, RankingTable t) {
        Rubric rubric = data.rubric(t);
        List<String> columns = new ArrayList<>(Arrays.asList("名次", "单位编码", "单位名称", "单位类别"));
        List<Criterion> sections = rubric.criteria();
        for (Criterion s : sections) {
            columns.add(RollUps.sectionTitle(s));
        }
        columns.addAll(Arrays.asList("分项合计", "适用满分", "折算得分", "加分", "扣分", "一票否决", "最终得分", "等次", "可评先", "备注",
                "考评方案", "考评机构", "考评标准版本"));
        title(ws, data, rubric.title() + "（" + rubric.id() + " " + rubric.version() + "）");
        header(ws, columns);
        int scale = data.scale();
        int r = HEADER_ROW + 1;
        for (RankedUnit u : t.entries()) {
            Scorecard c = data.scorecard(u.unitId());
            OrgUnit unit = c.unit();
            int col = 0;
            number(ws, r, col++, u.rank());
            text(ws, r, col++, unit.id());
            text(ws, r, col++, unit.name());
            text(ws, r, col++, unit.kind().chineseName());
            List<ScoreNode> nodes = c.sections();
            for (int i = 0; i < sections.size(); i++) {
                ScoreNode n = i < nodes.size() ? nodes.get(i) : null;
                if (n == null) {
                    col++;
                } else if (n.state() == NodeState.NOT_APPLICABLE) {
                    text(ws, r, col++, "不适用");
                } else {
                    points(ws, r, col++, n.awarded());
                }
            }
            points(ws, r, col++, c.rawTotal());
            points(ws, r, col++, c.applicableMaximum());
            points(ws, r, col++, Shown.itemTotal(c, scale));
            points(ws, r, col++, c.bonus());
            points(ws, r, col++, c.penalty());
            List<String> vetoes = new ArrayList<>();
            for (TriggeredVeto v : c.vetoes()) {
                vetoes.add(data.categoryName(v.rule().incidentCategory()) + "（" + Shown.effect(v) + "）");
            }
            text(ws, r, col++, String.join("；", vetoes));
            points(ws, r, col++, c.finalTotal());
            text(ws, r, col++, u.grade().name());
            text(ws, r, col++, c.isCommendable() ? "是" : "否");
            text(ws, r, col++, String.join("；", Shown.remarks(c, u, data.categoryLabels())));
            text(ws, r, col++, data.plan().id()); // 属地逐级 (issue 16): every row names its plan and 考评机构
            text(ws, r, col++, data.assessingOfficeName());
            text(ws, r, col, c.rubric().version()); // the version scored with (临时部署, issue 16)
            r++;
        }
        ws.width(1, 26);
        ws.width(2, 26);
    }

    private static void matrix(Worksheet ws, ReportData data, RankingTable t) {
        Rubric rubric = data.rubric(t);
        List<Criterion> leaves = new ArrayList<>();
        for (Criterion c : rubric.allCriteria()) {
            if (c.isLeaf()) {
                leaves.add(c);
            }
        }
        List<String> columns = new ArrayList<>(Arrays.asList("单位编码", "单位名称"));
        for (Criterion leaf : leaves) {
            String text = leaf.text().trim();
            columns.add(leaf.id() + " " + (text.length() > 12 ? text.substring(0, 12) + "…" : text) + "(" + leaf.points() + "分)");
        }
        columns.add("分项合计");
        title(ws, data, rubric.title() + " 逐项得分");
        header(ws, columns);
        int r = HEADER_ROW + 1;
        for (RankedUnit u : t.entries()) {
            Scorecard c = data.scorecard(u.unitId());
            text(ws, r, 0, c.unitId());
            text(ws, r, 1, c.unit().name());
            Map<String, ScoreNode> byId = new java.util.HashMap<>();
            for (ScoreNode n : c.nodes()) {
                byId.put(n.id(), n);
            }
            int col = 2;
            for (Criterion leaf : leaves) {
                ScoreNode n = byId.get(leaf.id());
                if (n == null) {
                    col++;
                } else if (n.state() == NodeState.NOT_APPLICABLE) {
                    text(ws, r, col++, "不适用");
                } else {
                    points(ws, r, col++, n.awarded());
                }
            }
            points(ws, r, col, c.rawTotal());
            r++;
        }
        ws.width(0, 26);
        ws.width(1, 26);
    }

    /** The columns of 问题清单. */
    static final List<String> PROBLEM_COLUMNS = Collections.unmodifiableList(Arrays.asList("考评标准", "单位编码", "单位名称", "条目编号",
            "条目内容", "分值", "得分", "失分", "失分原因", "证据编号"));

    private static void problems(Worksheet ws, ReportData data) {
        title(ws, data, "问题清单（各单位每一项失分、原因与证据）");
        header(ws, PROBLEM_COLUMNS);
        int r = HEADER_ROW + 1;
        for (RankingTable t : data.rankings()) {
            Rubric rubric = data.rubric(t);
            for (RankedUnit u : t.entries()) {
                Scorecard c = data.scorecard(u.unitId());
                for (ScoreNode n : nodesInOrder(c)) {
                    Points before;
                    String reason;
                    Explanation e;
                    if (n.isLeaf()) {
                        if (n.state() == NodeState.NOT_APPLICABLE || !n.awarded().isLessThan(n.maximum())) {
                            continue;
                        }
                        e = data.explanationOf(n, c.unitId());
                        before = n.maximum();
                        reason = lossReason(e, n, data);
                    } else if (n.sectionDeductions().isPositive()) {
                        // 扣分 filed against the section itself: taken from the sum of its items, listed once here
                        e = data.explanationOf(n, c.unitId());
                        before = n.awarded().plus(n.sectionDeductions());
                        reason = String.join("；", ChineseExplanation.sectionDeductionLines(n, e, data.wording()));
                    } else {
                        continue;
                    }
                    text(ws, r, 0, rubric.title());
                    text(ws, r, 1, c.unitId());
                    text(ws, r, 2, c.unit().name());
                    text(ws, r, 3, n.id());
                    text(ws, r, 4, n.criterion().label() + n.criterion().text());
                    points(ws, r, 5, before);
                    points(ws, r, 6, n.awarded());
                    points(ws, r, 7, before.minus(n.awarded()));
                    text(ws, r, 8, reason);
                    text(ws, r, 9, String.join(", ", e.evidenceIds()));
                    r++;
                }
            }
        }
        ws.width(2, 24);
        ws.width(4, 60);
        ws.width(8, 80);
        ws.width(9, 40);
    }

    /** Every node of the card in the rubric's order (a section before its items). */
    static List<ScoreNode> nodesInOrder(Scorecard c) {
        List<ScoreNode> out = new ArrayList<>();
        java.util.ArrayDeque<ScoreNode> stack = new java.util.ArrayDeque<>();
        List<ScoreNode> sections = new ArrayList<>(c.sections());
        Collections.reverse(sections);
        for (ScoreNode s : sections) {
            stack.push(s);
        }
        while (!stack.isEmpty()) {
            ScoreNode n = stack.pop();
            out.add(n);
            List<ScoreNode> kids = new ArrayList<>(n.children());
            Collections.reverse(kids);
            for (ScoreNode k : kids) {
                stack.push(k);
            }
        }
        return out;
    }

    /** Why a leaf lost points, in the office's words, from the explanation's structured parts. */
    static String lossReason(Explanation e, ScoreNode n, ReportData data) {
        Wording w = data.wording();
        List<String> parts = new ArrayList<>();
        if (e.state() == NodeState.MISSING_EVIDENCE) {
            parts.add("无证据判定本项，计 0 分");
        }
        if (e.override().isPresent()) {
            parts.add("人工改分（" + e.override().get().author() + "，" + w.time(e.override().get().at()) + "）：" + e.override().get().reason()
                    + "，原分 " + e.override().get().oldPoints() + " 分 → 新分 " + e.override().get().newPoints() + " 分");
        }
        if (e.blendedShare().isPresent() && !e.blendedShare().get().equals(Ratio.ONE) && e.state() != NodeState.OVERRIDDEN) {
            List<String> sources = new ArrayList<>();
            for (ChannelResult c : e.channels()) {
                if (c.used() && c.share().isPresent()) {
                    sources.add((c.channel().isPresent() ? w.channelName(c.channel().get()) : "全部来源") + " " + c.share().get().toPercentString());
                }
            }
            String rule = n.criterion().rule().isPresent() ? "（计分规则：" + w.rule(n.criterion().rule().get(), data::categoryName) + "）" : "";
            parts.add("得分率 " + e.blendedShare().get().toPercentString() + (sources.isEmpty() ? "" : "，" + String.join("，", sources)) + rule);
        }
        for (AppliedDeduction d : e.deductions()) {
            if (d.taken().isPositive()) {
                parts.add("扣 " + d.taken() + " 分：" + w.deductionReason(d.reason()));
            }
        }
        if (e.missingInputs()) {
            java.util.Set<String> missing = new java.util.LinkedHashSet<>();
            for (ChannelResult c : e.channels()) {
                if (c.used()) {
                    missing.addAll(w.missingInputs(c.inputs()));
                }
            }
            parts.add("缺少输入：" + (missing.isEmpty() ? "有未勾选的要求或无证据判定的条件，按未满足计" : String.join("；", missing)));
        }
        if (!e.missingChannels().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (org.kaoping.core.plan.Channel c : e.missingChannels()) {
                names.add(w.channelName(c));
            }
            parts.add("缺少来源：" + String.join("、", names));
        }
        return parts.isEmpty() ? "得分低于满分" : String.join("；", parts);
    }

    private static void adjustments(Worksheet ws, ReportData data) {
        List<String> columns = Arrays.asList("考评标准", "单位编码", "单位名称", "类型", "类别", "申报分值", "上限", "计分", "效果", "证据编号");
        title(ws, data, "加分、扣分与一票否决");
        header(ws, columns);
        int r = HEADER_ROW + 1;
        for (RankingTable t : data.rankings()) {
            Rubric rubric = data.rubric(t);
            for (RankedUnit u : t.entries()) {
                Scorecard c = data.scorecard(u.unitId());
                for (AppliedAdjustment a : c.adjustments()) {
                    text(ws, r, 0, rubric.title());
                    text(ws, r, 1, c.unitId());
                    text(ws, r, 2, c.unit().name());
                    text(ws, r, 3, a.direction() == AdjustmentRule.Direction.BONUS ? "加分" : "扣分");
                    text(ws, r, 4, data.categoryName(a.category()));
                    points(ws, r, 5, a.claimed());
                    points(ws, r, 6, a.cap());
                    points(ws, r, 7, a.granted());
                    text(ws, r, 9, String.join(", ", a.evidenceIds()));
                    r++;
                }
                for (TriggeredVeto v : c.vetoes()) {
                    text(ws, r, 0, rubric.title());
                    text(ws, r, 1, c.unitId());
                    text(ws, r, 2, c.unit().name());
                    text(ws, r, 3, "一票否决");
                    text(ws, r, 4, data.categoryName(v.rule().incidentCategory()));
                    text(ws, r, 8, Shown.effect(v));
                    text(ws, r, 9, String.join(", ", v.incidentIds()));
                    r++;
                }
            }
        }
        ws.width(2, 24);
        ws.width(9, 50);
    }

    /** The columns of 未使用的证据. */
    static final List<String> UNUSED_COLUMNS = Collections.unmodifiableList(Arrays.asList("考评标准", "单位编码", "单位名称", "证据编号",
            "证据类别", "所涉条目或类别", "未使用原因"));

    /** Every unit's evidence that affects no criterion, adjustment or veto of the plan, with the reason. */
    private static void unused(Worksheet ws, ReportData data) {
        title(ws, data, "未使用的证据（不影响任何条目、加减分或一票否决的证据及原因）");
        header(ws, UNUSED_COLUMNS);
        int r = HEADER_ROW + 1;
        for (RankingTable t : data.rankings()) {
            Rubric rubric = data.rubric(t);
            for (RankedUnit u : t.entries()) {
                Scorecard c = data.scorecard(u.unitId());
                for (String[] row : Shown.unused(data, c)) {
                    text(ws, r, 0, rubric.title());
                    text(ws, r, 1, c.unitId());
                    text(ws, r, 2, c.unit().name());
                    for (int i = 0; i < row.length; i++) {
                        text(ws, r, 3 + i, row[i]);
                    }
                    r++;
                }
            }
        }
        ws.width(2, 24);
        ws.width(3, 36);
        ws.width(6, 80);
    }

    /** The columns of 待审核的申报. */
    static final List<String> CLAIM_COLUMNS = Collections.unmodifiableList(Arrays.asList("单位编码", "单位名称", "证据编号", "申报内容",
            "申报人", "状态"));

    /** The claims waiting for an assessor: not counted until approved. */
    private static void claims(Worksheet ws, ReportData data) {
        title(ws, data, "待审核的申报（经考评办审核批准后方计分，目前未计入得分）");
        header(ws, CLAIM_COLUMNS);
        int r = HEADER_ROW + 1;
        for (org.kaoping.core.evidence.Evidence e : data.pendingClaims()) {
            text(ws, r, 0, e.unitId());
            text(ws, r, 1, data.unitName(e.unitId()));
            text(ws, r, 2, e.id());
            text(ws, r, 3, data.claimText(e));
            text(ws, r, 4, e.author());
            text(ws, r, 5, data.wording().word("待审核"));
            r++;
        }
        ws.width(1, 24);
        ws.width(2, 36);
        ws.width(3, 60);
    }

    private static void sectionAverages(Worksheet ws, ReportData data) {
        List<String> columns = Arrays.asList("考评标准", "部分", "单位数", "平均得分", "满分", "得分率");
        title(ws, data, "各标准分项平均得分");
        header(ws, columns);
        int r = HEADER_ROW + 1;
        for (RankingTable t : data.rankings()) {
            Rubric rubric = data.rubric(t);
            for (RollUps.Row row : data.rollUps().sectionAverages().get(rubric.id())) {
                text(ws, r, 0, rubric.title());
                text(ws, r, 1, row.title);
                number(ws, r, 2, row.units);
                points(ws, r, 3, row.awarded);
                points(ws, r, 4, row.maximum);
                text(ws, r, 5, row.share.toPercentString());
                r++;
            }
        }
        ws.width(1, 40);
    }

    private static void tags(Worksheet ws, ReportData data) {
        List<String> columns = new ArrayList<>(Arrays.asList("标签", "实施方案任务", "单位数", "得分合计", "满分合计", "得分率"));
        List<RankingTable> tables = data.rankings();
        for (RankingTable t : tables) {
            columns.add(data.rubric(t).title() + "得分率");
        }
        title(ws, data, "按实施方案主要任务与保障措施汇总");
        header(ws, columns);
        int r = HEADER_ROW + 1;
        for (RollUps.Row row : data.rollUps().byTag()) {
            text(ws, r, 0, row.key);
            text(ws, r, 1, HtmlReport.tagName(row));
            number(ws, r, 2, row.units);
            points(ws, r, 3, row.awarded);
            points(ws, r, 4, row.maximum);
            text(ws, r, 5, row.share.toPercentString());
            Map<String, Ratio> shares = data.rollUps().tagShareByRubric().get(row.key);
            int col = 6;
            for (RankingTable t : tables) {
                Ratio s = shares.get(data.rubric(t).id());
                if (s != null) {
                    text(ws, r, col, s.toPercentString());
                }
                col++;
            }
            r++;
        }
        ws.width(1, 40);
    }

    private static void areas(Worksheet ws, ReportData data) {
        List<String> columns = Arrays.asList("单位编码", "地区", "计分单位数", "最终得分合计", "平均得分", "得分率");
        title(ws, data, "按地区（县区）汇总");
        header(ws, columns);
        int r = HEADER_ROW + 1;
        for (RollUps.Row row : data.rollUps().byArea()) {
            text(ws, r, 0, row.key);
            text(ws, r, 1, row.title);
            number(ws, r, 2, row.units);
            points(ws, r, 3, row.awarded);
            points(ws, r, 4, RollUps.mean(row));
            text(ws, r, 5, row.share.toPercentString());
            r++;
        }
        ws.width(0, 24);
    }

    private static void grades(Worksheet ws, ReportData data) {
        Set<Grade> grades = new LinkedHashSet<>();
        for (GradeBand b : data.plan().gradeBands().bands()) {
            grades.add(b.grade());
        }
        List<Grade> ordered = new ArrayList<>(grades);
        Collections.sort(ordered);
        List<String> columns = new ArrayList<>(Collections.singletonList("考评标准"));
        for (Grade g : ordered) {
            columns.add(g.name());
        }
        columns.add("合计");
        title(ws, data, "等次分布");
        header(ws, columns);
        int r = HEADER_ROW + 1;
        for (RankingTable t : data.rankings()) {
            text(ws, r, 0, data.rubric(t).title());
            int col = 1;
            for (Grade g : ordered) {
                Integer n = t.gradeDistribution().get(g);
                number(ws, r, col++, n == null ? 0 : n);
            }
            number(ws, r, col, t.entries().size());
            r++;
        }
        ws.width(0, 28);
    }
}
