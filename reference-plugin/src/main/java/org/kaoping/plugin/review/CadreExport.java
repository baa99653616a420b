package org.kaoping.plugin.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kaoping.core.api.API;
import org.kaoping.core.org.LeadingCadre;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationStatus;
import org.kaoping.plugin.imports.TextEncoding;
import org.kaoping.plugin.report.SafeText;
import org.kaoping.spi.Publication;
import org.kaoping.spi.PublishedResult;

/**
 * The export for the organization department (组织部, 述职考核): one row per assessed unit of a {@link Publication} with its
 * total, grade, rank and vetoes beside the leading cadres the host's directory names ({@link OrgUnit#leadingCadres()}), as
 * CSV (UTF-8 with a byte-order mark, what Excel opens) and as a one-sheet workbook. The unit's rectification items (整改)
 * not yet verified are a column too: they are not part of a publication, so the caller passes the items it has
 * ({@code Kaoping.rectifications()}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CadreExport {
    /** The file names, without the plan id and extension. */
    public static final String BASE_NAME = "干部述职考核-考评结果";

    /** The columns, in order. */
    public static final List<String> COLUMNS = Collections.unmodifiableList(Arrays.asList("单位编码", "单位名称", "考评标准", "名次",
            "总分", "等次", "可否评先", "一票否决", "未完成整改", "领导干部"));

    private CadreExport() {}

    /**
     * The rows of {@code publication}, each assessed unit once, in the publication's order: cells as {@link #COLUMNS};
     * veto categories by their names in {@code labels} (the id where none); the unit's items of {@code rectifications} not
     * yet verified counted in 未完成整改, with how many are overdue.
     */
    public static List<List<String>> rows(Publication publication, OrgTree tree, Map<String, String> labels,
            java.util.Collection<Rectification> rectifications) {
        List<List<String>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PublishedResult r : publication.results()) {
            if (!seen.add(r.unitId())) {
                throw new IllegalArgumentException("publication of plan " + publication.planId() + " lists unit [" + r.unitId() + "] twice");
            }
            List<String> vetoes = new ArrayList<>();
            for (String v : r.vetoes()) {
                vetoes.add(labels.containsKey(v) ? labels.get(v) : v);
            }
            List<String> cadres = new ArrayList<>();
            if (tree.contains(r.unitId())) {
                for (LeadingCadre c : tree.unit(r.unitId()).leadingCadres()) {
                    cadres.add(c.toString());
                }
            }
            out.add(Arrays.asList(r.unitId(), r.unitName(), r.rubricId(), Integer.toString(r.rank()), r.total().toString(),
                    r.grade(), r.commendable() ? "是" : "否", vetoes.isEmpty() ? "无" : String.join("；", vetoes),
                    openRectifications(r.unitId(), rectifications),
                    cadres.isEmpty() ? "（单位目录未列领导干部）" : String.join("；", cadres)));
        }
        return out;
    }

    /** 无, or how many of the unit's items are not yet verified and how many of those are overdue. */
    static String openRectifications(String unitId, java.util.Collection<Rectification> items) {
        int open = 0;
        int overdue = 0;
        for (Rectification item : items) {
            if (item.unitId().equals(unitId) && item.status() != RectificationStatus.VERIFIED) {
                open++;
                if (item.status() == RectificationStatus.OVERDUE) {
                    overdue++;
                }
            }
        }
        return open == 0 ? "无" : open + " 项" + (overdue == 0 ? "" : "（其中逾期 " + overdue + " 项）");
    }

    /** The title line: the plan, and 示例数据 when {@code synthetic}. */
    static String title(Publication p, boolean synthetic) {
        return (synthetic ? "【示例数据】" : "") + "法治城市创建考评结果（供组织部门述职考核） 考评方案 " + p.planId();
    }

    /** The CSV: a title line, the header and the rows; UTF-8 with a byte-order mark, CRLF. */
    public static byte[] toCsv(Publication publication, OrgTree tree, Map<String, String> labels,
            java.util.Collection<Rectification> rectifications, boolean synthetic) {
        StringBuilder s = new StringBuilder();
        s.append(cell(title(publication, synthetic))).append("\r\n");
        line(s, COLUMNS);
        for (List<String> row : rows(publication, tree, labels, rectifications)) {
            line(s, row);
        }
        return TextEncoding.encode(s.toString(), StandardCharsets.UTF_8);
    }

    /** The workbook: one sheet, a title row, a frozen header row, ids and names as text, totals as numbers. */
    public static byte[] toXlsx(Publication publication, OrgTree tree, Map<String, String> labels,
            java.util.Collection<Rectification> rectifications, boolean synthetic) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
        try {
            Workbook wb = new Workbook(bytes, "Kaoping", "1.0");
            Worksheet ws = wb.newWorksheet("干部述职考核");
            ws.value(0, 0, safe(title(publication, synthetic)));
            ws.style(0, 0).bold().fontSize(14).set();
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(1, c, COLUMNS.get(c));
                ws.style(1, c).bold().fillColor("EEEEEE").set();
            }
            ws.freezePane(0, 2);
            int r = 2;
            for (List<String> row : rows(publication, tree, labels, rectifications)) {
                for (int c = 0; c < row.size(); c++) {
                    if (c == 3) {
                        ws.value(r, c, Integer.parseInt(row.get(c)));
                    } else if (c == 4) {
                        ws.value(r, c, new java.math.BigDecimal(row.get(c)));
                        ws.style(r, c).format("0.00").set();
                    } else {
                        ws.value(r, c, safe(row.get(c)));
                    }
                }
                r++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the cadre export workbook: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** {@link SafeText#of(String)}: a unit name cannot reorder what the reader sees. */
    static String safe(String s) {
        return SafeText.of(s);
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            s.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        s.append("\r\n");
    }

    private static String cell(String v) {
        String t = safe(v);
        if (t.indexOf(',') < 0 && t.indexOf('"') < 0 && t.indexOf('\n') < 0 && t.indexOf('\r') < 0) {
            return t;
        }
        return "\"" + t.replace("\"", "\"\"") + "\"";
    }
}
