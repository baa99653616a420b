package org.kaoping.plugin.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.TriggeredVeto;

/**
 * The results as CSV for Excel: UTF-8 with a byte-order mark (so that Excel opens Chinese text correctly), CRLF
 * line ends, RFC 4180 quoting. One row per ranked unit, tables in report order and units in rank order; the
 * columns are {@link #HEADER} followed by one column per section ({@code 第1部分} …), left empty where a
 * rubric has fewer sections. {@code 分项合计} is exactly the sum of the section columns (points are exact, never rounded for display);
 * {@code 扣分} is every deduction ({@code Scorecard.allDeductions()}): those taken inside items and sections, already within
 * {@code 分项合计}, plus the penalty taken from the total; {@code 最终得分} is {@code 折算得分 + 加分 − penalty}, not below zero, or
 * zero under a zero-total veto.
 *
 * <p>The last column, {@code 数据说明}, says {@value ReportData#SYNTHETIC_NOTICE} on every row of synthetic data
 * ({@link ReportData#isSynthetic()}), so that a copied or filtered sheet still says it; it is empty otherwise. Text
 * from data is neutralized ({@link SafeText}).
 *
 * <p>A text cell that starts with {@code = + - @} would be read by Excel as a formula; it is written with a
 * leading apostrophe ({@code '=…}), as spreadsheet-injection guidance recommends.
 */
final class CsvReport {
    /** The fixed columns. */
    public static final List<String> HEADER = Collections.unmodifiableList(Arrays.asList(
            "考评标准编号", "考评标准", "名次", "单位编码", "单位名称", "单位类别", "上级单位", "分项合计", "适用满分", "折算得分",
            "加分", "扣分", "一票否决", "最终得分", "等次", "可评先", "评分完整", "备注", "缺少输入的条目", "未使用的证据（条）",
            "待审核的申报（条）", "考评方案", "考评机构", "考评标准版本"));

    /** The last column: {@value ReportData#SYNTHETIC_NOTICE} on every row of synthetic data, else empty. */
    public static final String DATA_NOTE = "数据说明";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvReport() {}

    /** The whole file: byte-order mark, header, rows. */
    public static byte[] toBytes(ReportData data) {
        int sections = 0;
        for (Scorecard c : data.scorecards()) {
            sections = Math.max(sections, c.sections().size());
        }
        StringBuilder s = new StringBuilder();
        List<String> header = new ArrayList<>(HEADER);
        for (int i = 1; i <= sections; i++) {
            header.add("第" + i + "部分");
        }
        header.add(DATA_NOTE);
        line(s, header);
        int scale = data.scale();
        for (RankingTable t : data.rankings()) {
            Rubric r = data.rubric(t);
            for (RankedUnit u : t.entries()) {
                Scorecard c = data.scorecard(u.unitId());
                OrgUnit unit = c.unit();
                List<String> vetoes = new ArrayList<>();
                for (TriggeredVeto v : c.vetoes()) {
                    vetoes.add(data.categoryName(v.rule().incidentCategory()) + "（" + Shown.effect(v) + "）");
                }
                List<String> row = new ArrayList<>(Arrays.asList(r.id(), r.title(), Integer.toString(u.rank()), unit.id(), unit.name(),
                        unit.kind().chineseName(), unit.parentId().isPresent() ? data.unitName(unit.parentId().get()) : "",
                        Shown.points(c.rawTotal(), scale), c.applicableMaximum().toString(),
                        Shown.points(Shown.itemTotal(c, scale), scale), Shown.points(c.bonus(), scale), Shown.points(c.allDeductions(), scale),
                        String.join("；", vetoes), Shown.points(c.finalTotal(), scale), u.grade().name(), c.isCommendable() ? "是" : "否",
                        c.isComplete() ? "是" : "否", String.join("；", Shown.remarks(c, u, data.categoryLabels())), Shown.missingInputs(c),
                        Integer.toString(c.unusedEvidence().size()), Integer.toString(data.pendingClaims(unit.id()).size()),
                        data.plan().id(), data.assessingOfficeName(), c.rubric().version())); // the version scored with (临时部署)
                List<Points> shown = Shown.sections(c, scale);
                for (int i = 0; i < sections; i++) {
                    row.add(i < shown.size() ? Shown.points(shown.get(i), scale) : "");
                }
                row.add(data.isSynthetic() ? ReportData.SYNTHETIC_NOTICE : "");
                line(s, row);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(BOM, 0, BOM.length);
        byte[] body = s.toString().getBytes(StandardCharsets.UTF_8);
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(cell(cells.get(i)));
        }
        s.append("\r\n");
    }

    /** One cell, quoted when it holds a comma, quote or line break; a leading formula character is defused. */
    static String cell(String v) {
        String t = SafeText.of(v);
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 && !isNumber(t)) {
            t = "'" + t;
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    private static boolean isNumber(String t) {
        return NUMBER.matcher(t).matches();
    }
}
