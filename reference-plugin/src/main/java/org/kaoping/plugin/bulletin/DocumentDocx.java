package org.kaoping.plugin.bulletin;

import org.kaoping.plugin.report.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an {@link OfficialDocument} as a Word document (.docx, Office Open XML WordprocessingML), by hand: the few
 * parts Word, WPS and LibreOffice need ({@code [Content_Types].xml}, the package and document relationships,
 * {@code word/document.xml}, styles, settings and two footers) in a ZIP. Written by hand rather than with Apache POI,
 * whose {@code poi-ooxml} 5.x brings about 18 MB of transitive jars (poi, poi-ooxml-lite, xmlbeans, commons-compress,
 * commons-io, commons-collections4, commons-math3, SparseBitSet, log4j-api) that would have to be shaded and relocated
 * into the CLI, and xmlbeans resists relocation; a document of paragraphs and tables needs none of it.
 *
 * <p>Layout per GB/T 9704-2012: A4 (11906 × 16838 twips); top margin 37 mm (2098), binding (left) 28 mm (1587), right
 * 26 mm (1474), bottom 35 mm (1984), so the type area is 156 × 225 mm; 22 lines a page (an exact line pitch of 579
 * twips); body 3号 仿宋 (16 pt), title 2号 小标宋 (22 pt, bold 宋体 as the fallback font), 一、 in 黑体 and （一） in 楷体;
 * page numbers in 4号 as "— 1 —" at the outside edge (odd pages right, even pages left); attachments from a new page.
 * Stateless; the bytes are the same for the same document (fixed ZIP entry times).
 */
final class DocumentDocx {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** 2 January 1980, the earliest ZIP time: fixed, so that equal documents give equal bytes. */
    private static final long ENTRY_TIME = 315964800000L;

    private DocumentDocx() {}

    static byte[] render(OfficialDocument doc) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
                + "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", XML + "<Relationships xmlns=\"" + REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        parts.put("docProps/core.xml", XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + esc(doc.name()) + "</dc:title><dc:creator>Kaoping</dc:creator>"
                + "</cp:coreProperties>");
        parts.put("word/_rels/document.xml.rels", XML + "<Relationships xmlns=\"" + REL + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + R + "/footer\" Target=\"footer2.xml\"/>"
                + "</Relationships>");
        parts.put("word/styles.xml", styles());
        parts.put("word/settings.xml", XML + "<w:settings xmlns:w=\"" + W + "\"><w:evenAndOddHeaders/>"
                + "<w:defaultTabStop w:val=\"640\"/></w:settings>");
        parts.put("word/footer1.xml", footer("right"));
        parts.put("word/footer2.xml", footer("left"));
        parts.put("word/document.xml", document(doc));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                ZipEntry e = new ZipEntry(p.getKey());
                e.setTime(ENTRY_TIME);
                zip.putNextEntry(e);
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word document " + doc.name() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static String styles() {
        return XML + "<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts("仿宋", "FangSong") + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:line=\"579\" w:lineRule=\"exact\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:jc w:val=\"center\"/><w:ind w:firstLine=\"0\"/><w:spacing w:before=\"579\" w:after=\"579\" w:line=\"700\" w:lineRule=\"exact\"/></w:pPr>"
                + "<w:rPr>" + fonts("方正小标宋简体", "SimSun") + "<w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>" + fonts("黑体", "SimHei") + "</w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr>" + fonts("楷体", "KaiTi") + "</w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"NoIndent\"><w:name w:val=\"No Indent\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Banner\"><w:name w:val=\"Banner\"/><w:basedOn w:val=\"NoIndent\"/>"
                + "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr>" + fonts("黑体", "SimHei") + "<w:b/><w:color w:val=\"C62828\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Cell\"><w:name w:val=\"Table Cell\"/><w:basedOn w:val=\"NoIndent\"/>"
                + "<w:pPr><w:jc w:val=\"center\"/><w:spacing w:line=\"360\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Copies\"><w:name w:val=\"Copies\"/><w:basedOn w:val=\"NoIndent\"/>"
                + "<w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr>"
                + "<w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
                + "</w:styles>";
    }

    private static String fonts(String eastAsia, String latin) {
        return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + eastAsia + "\" w:cs=\"" + latin + "\"/>";
    }

    private static String footer(String align) {
        String run = "<w:r><w:rPr><w:rFonts w:ascii=\"SimSun\" w:hAnsi=\"SimSun\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/></w:rPr>";
        return XML + "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:jc w:val=\"" + align + "\"/><w:ind w:firstLine=\"0\"/></w:pPr>"
                + run + "<w:t xml:space=\"preserve\">— </w:t></w:r>"
                + run + "<w:fldChar w:fldCharType=\"begin\"/></w:r>" + run + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + run + "<w:fldChar w:fldCharType=\"separate\"/></w:r>" + run + "<w:t>1</w:t></w:r>" + run + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
                + run + "<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
    }

    private static String document(OfficialDocument doc) {
        StringBuilder d = new StringBuilder(1 << 14);
        d.append(XML).append("<w:document xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append("\"><w:body>");
        for (OfficialDocument.Block b : doc.blocks()) {
            switch (b.kind) {
                case BANNER:
                    paragraph(d, "Banner", null, b.text);
                    break;
                case TITLE:
                    paragraph(d, "Title", null, b.text);
                    break;
                case ADDRESSEE:
                case ATTACHMENT_LIST:
                    paragraph(d, "NoIndent", null, b.text);
                    break;
                case HEADING1:
                    paragraph(d, "Heading1", null, b.text);
                    break;
                case HEADING2:
                    paragraph(d, "Heading2", null, b.text);
                    break;
                case TABLE:
                    table(d, b.rows);
                    break;
                case SIGNATURE:
                case DATE:
                    paragraph(d, "NoIndent", "<w:jc w:val=\"right\"/><w:ind w:right=\"1280\" w:firstLine=\"0\"/>", b.text);
                    break;
                case ATTACHMENT:
                    d.append("<w:p><w:pPr><w:pStyle w:val=\"NoIndent\"/><w:pageBreakBefore/></w:pPr><w:r><w:rPr>").append(fonts("黑体", "SimHei"))
                            .append("</w:rPr><w:t xml:space=\"preserve\">").append(esc(b.text)).append("</w:t></w:r></w:p>");
                    break;
                case COPIES:
                    paragraph(d, "Copies", null, b.text);
                    break;
                default:
                    paragraph(d, null, null, b.text);
                    break;
            }
        }
        d.append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:footerReference w:type=\"even\" r:id=\"rId4\"/>")
                .append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
                .append("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>")
                .append("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"0\"/></w:sectPr>");
        return d.append("</w:body></w:document>").toString();
    }

    private static void paragraph(StringBuilder d, String style, String extra, String text) {
        d.append("<w:p>");
        if (style != null || extra != null) {
            d.append("<w:pPr>");
            if (style != null) {
                d.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            }
            if (extra != null) {
                d.append(extra);
            }
            d.append("</w:pPr>");
        }
        d.append("<w:r><w:t xml:space=\"preserve\">").append(esc(text)).append("</w:t></w:r></w:p>");
    }

    private static void table(StringBuilder d, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int width = 8845 / columns; // the type area's 156 mm in twips, shared equally
        d.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            d.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        d.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int i = 0; i < columns; i++) {
            d.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        d.append("</w:tblGrid>");
        boolean header = true;
        for (List<String> r : rows) {
            d.append("<w:tr>");
            if (header) {
                d.append("<w:trPr><w:tblHeader/></w:trPr>");
            }
            for (String c : r) {
                d.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Cell\"/></w:pPr><w:r>");
                if (header) {
                    d.append("<w:rPr>").append(fonts("黑体", "SimHei")).append("<w:sz w:val=\"24\"/></w:rPr>");
                }
                d.append("<w:t xml:space=\"preserve\">").append(esc(c)).append("</w:t></w:r></w:p></w:tc>");
            }
            d.append("</w:tr>");
            header = false;
        }
        d.append("</w:tbl>");
    }

    /** XML text: the five markup characters escaped, and characters XML 1.0 forbids (C0 controls but tab, LF, CR) shown as U+FFFD. */
    static String esc(String raw) {
        String s = SafeText.of(raw);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&apos;");
                    break;
                default:
                    boolean allowed = (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
                    out.append(allowed ? c : '\uFFFD');
                    break;
            }
        }
        return out.toString();
    }
}
