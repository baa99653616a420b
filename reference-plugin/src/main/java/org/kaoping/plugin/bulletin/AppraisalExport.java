package org.kaoping.plugin.bulletin;

import org.kaoping.plugin.report.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kaoping.core.api.API;
import org.kaoping.plugin.report.ReportData;

/**
 * The performance-appraisal export (绩效考评计分): one row per ranked unit in a fixed, documented shape a host appraisal
 * system imports — as CSV (UTF-8 with BOM, CRLF, header row first, columns {@link #COLUMNS}) and as an Excel sheet
 * (a title row with 示例数据 where it applies, the same header row frozen, unit codes as text, points as numbers with
 * two decimals shown). Columns are only ever added at the end. Stateless.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AppraisalExport {
    /** The columns, in order: the export's stable shape. */
    public static final List<String> COLUMNS = Collections.unmodifiableList(Arrays.asList(
            "单位编码", "单位名称", "考评类别", "标准编号", "名次", "考评总分", "等次", "绩效考评计分", "计分办法", "备注"));

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AppraisalExport() {}

    /** How the contribution is computed, in the office's words; says so when the plan declares nothing. */
    static String method(ReportData data) {
        return data.plan().appraisal().isPresent() ? data.plan().appraisal().get().describe() : "考评方案未规定绩效考评计分办法";
    }

    /** The CSV file: UTF-8 with BOM, CRLF line ends, a leading formula character defused. */
    public static byte[] toCsv(ReportData data, List<AppraisalRow> rows) {
        StringBuilder s = new StringBuilder();
        line(s, COLUMNS);
        String note = data.isSynthetic() ? ReportData.SYNTHETIC_NOTICE : "";
        String method = method(data);
        for (AppraisalRow r : rows) {
            line(s, Arrays.asList(r.unitId(), r.unitName(), r.category(), r.rubricId(), Integer.toString(r.rank()),
                    r.total().format(data.scale()), r.grade(), r.contribution().isPresent() ? r.contribution().get().format(scale(data)) : "",
                    method, note));
        }
        byte[] body = s.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    private static int scale(ReportData data) {
        return data.plan().appraisal().isPresent() ? data.plan().appraisal().get().scale() : data.scale();
    }

    /** The workbook: one sheet 绩效考评计分. */
    public static byte[] toXlsx(ReportData data, List<AppraisalRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
        try {
            Workbook wb = new Workbook(bytes, "Kaoping", "1.0");
            Worksheet ws = wb.newWorksheet("绩效考评计分");
            String title = data.plan().year() + "年度考评结果 — 绩效考评计分（" + method(data) + "）"
                    + (data.isSynthetic() ? " 【" + ReportData.SYNTHETIC_NOTICE + "】" : "");
            ws.value(0, 0, SafeText.of(title));
            ws.style(0, 0).bold().fontSize(14).fontColor(data.isSynthetic() ? "C62828" : "000000").set();
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(1, c, COLUMNS.get(c));
                ws.style(1, c).bold().fillColor("EEEEEE").set();
            }
            ws.freezePane(0, 2);
            String pointsFormat = "0.00##";
            String method = method(data);
            int row = 2;
            for (AppraisalRow r : rows) {
                ws.value(row, 0, SafeText.of(r.unitId()));
                ws.style(row, 0).format("@").set();
                ws.value(row, 1, SafeText.of(r.unitName()));
                ws.value(row, 2, SafeText.of(r.category()));
                ws.value(row, 3, SafeText.of(r.rubricId()));
                ws.value(row, 4, r.rank());
                ws.value(row, 5, r.total().toBigDecimal());
                ws.style(row, 5).format(pointsFormat).set();
                ws.value(row, 6, r.grade());
                if (r.contribution().isPresent()) {
                    ws.value(row, 7, r.contribution().get().toBigDecimal());
                    ws.style(row, 7).format(pointsFormat).set();
                }
                ws.value(row, 8, method);
                ws.value(row, 9, data.isSynthetic() ? ReportData.SYNTHETIC_MARKER : "");
                row++;
            }
            ws.width(0, 24);
            ws.width(1, 30);
            ws.width(2, 30);
            ws.width(8, 40);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the appraisal workbook: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String t = SafeText.of(cells.get(i));
            if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 && !t.matches("[+-]?\\d+(\\.\\d+)?")) {
                t = "'" + t;
            }
            if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
                t = '"' + t.replace("\"", "\"\"") + '"';
            }
            s.append(t);
        }
        s.append("\r\n");
    }

}
