package org.kaoping.plugin.bulletin;

import org.kaoping.plugin.report.SafeText;
import java.util.List;

/**
 * Renders an {@link OfficialDocument} as a self-contained HTML page laid out as GB/T 9704 asks when printed: A4, top
 * margin 37 mm, binding margin 28 mm, type area 156 × 225 mm; body 3号 (16 pt) 仿宋 at 22 lines a page; title 2号
 * (22 pt) 小标宋 (bold 宋体 where missing), centred; 一、 in 黑体, （一） in 楷体; signature and date flush right;
 * attachments from a new page with 附件N at the top left. Stateless.
 */
final class DocumentHtml {
    private static final String CSS = "@page{size:A4;margin:37mm 26mm 35mm 28mm}"
            + "body{font-family:FangSong,'仿宋','仿宋_GB2312',STFangsong,serif;font-size:16pt;line-height:28.9pt;color:#000;"
            + "max-width:156mm;margin:2em auto}"
            + "p{margin:0;text-indent:2em}"
            + "p.banner{color:#c62828;font-weight:bold;text-indent:0;text-align:center;border:2px solid #c62828;padding:4pt;margin-bottom:1em}"
            + "h1{font-family:'方正小标宋简体','FZXiaoBiaoSong-B05S','华文中宋',STZhongsong,SimSun,serif;font-size:22pt;font-weight:bold;"
            + "text-align:center;line-height:1.5;margin:1em 0}"
            + "p.addressee{text-indent:0;margin-top:1em}"
            + "h2{font-family:SimHei,'黑体',STHeiti,sans-serif;font-size:16pt;font-weight:normal;margin:0;text-indent:2em}"
            + "h3{font-family:KaiTi,'楷体','楷体_GB2312',STKaiti,serif;font-size:16pt;font-weight:normal;margin:0;text-indent:2em}"
            + "table{border-collapse:collapse;width:100%;font-size:12pt;line-height:1.5;margin:.5em 0}"
            + "th,td{border:1px solid #000;padding:2pt 4pt;text-align:center}"
            + "p.attachments{margin-top:1em}"
            + "p.signature,p.date{text-align:right;text-indent:0;padding-right:4em}"
            + "p.signature{margin-top:2em}"
            + "section.attachment{break-before:page;page-break-before:always;margin-top:2em}"
            + "p.attachment{text-indent:0;font-family:SimHei,'黑体',sans-serif}"
            + "p.copies{text-indent:0;font-size:14pt;border-top:1px solid #000;border-bottom:1px solid #000;margin-top:2em}";

    private DocumentHtml() {}

    static String render(OfficialDocument doc) {
        StringBuilder h = new StringBuilder(1 << 14);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(doc.name()))
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        boolean inAttachment = false;
        for (OfficialDocument.Block b : doc.blocks()) {
            switch (b.kind) {
                case BANNER:
                    h.append("<p class=\"banner\">").append(esc(b.text)).append("</p>\n");
                    break;
                case TITLE:
                    h.append("<h1>").append(esc(b.text)).append("</h1>\n");
                    break;
                case ADDRESSEE:
                    h.append("<p class=\"addressee\">").append(esc(b.text)).append("</p>\n");
                    break;
                case HEADING1:
                    h.append("<h2>").append(esc(b.text)).append("</h2>\n");
                    break;
                case HEADING2:
                    h.append("<h3>").append(esc(b.text)).append("</h3>\n");
                    break;
                case TABLE:
                    table(h, b.rows);
                    break;
                case ATTACHMENT_LIST:
                    h.append("<p class=\"attachments\">").append(esc(b.text)).append("</p>\n");
                    break;
                case SIGNATURE:
                    h.append("<p class=\"signature\">").append(esc(b.text)).append("</p>\n");
                    break;
                case DATE:
                    h.append("<p class=\"date\">").append(esc(b.text)).append("</p>\n");
                    break;
                case ATTACHMENT:
                    if (inAttachment) {
                        h.append("</section>\n");
                    }
                    h.append("<section class=\"attachment\">\n<p class=\"attachment\">").append(esc(b.text)).append("</p>\n");
                    inAttachment = true;
                    break;
                case COPIES:
                    if (inAttachment) {
                        h.append("</section>\n");
                        inAttachment = false;
                    }
                    h.append("<p class=\"copies\">").append(esc(b.text)).append("</p>\n");
                    break;
                default:
                    h.append("<p>").append(esc(b.text)).append("</p>\n");
                    break;
            }
        }
        if (inAttachment) {
            h.append("</section>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder h, List<List<String>> rows) {
        h.append("<table>\n<thead><tr>");
        for (String c : rows.get(0)) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows.subList(1, rows.size())) {
            h.append("<tr>");
            for (String c : r) {
                h.append("<td>").append(esc(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String esc(String s) {
        return SafeText.html(s);
    }
}
