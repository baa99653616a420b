package org.kaoping.plugin.bulletin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A formal document (公文) in GB/T 9704 form as a list of blocks — the 示例数据 banner, the title, the addressee, the
 * heading levels 一、 and （一）, body paragraphs, tables, the attachment list, signature and date, attachments each
 * on a page of its own, and the 抄送 line — so that one document renders alike as HTML ({@link DocumentHtml}) and as
 * WordprocessingML ({@link DocumentDocx}). Built once, then read; not thread-safe while being built.
 */
final class OfficialDocument {
    enum Kind {
        BANNER, TITLE, ADDRESSEE, HEADING1, HEADING2, PARAGRAPH, TABLE, ATTACHMENT_LIST, SIGNATURE, DATE, ATTACHMENT, COPIES
    }

    /** One block: its kind, its text, and for a table its rows (the first the header). */
    static final class Block {
        final Kind kind;
        final String text;
        final List<List<String>> rows;

        Block(Kind kind, String text, List<List<String>> rows) {
            this.kind = kind;
            this.text = text;
            this.rows = rows;
        }
    }

    private final String name;
    private final List<Block> blocks = new ArrayList<>();

    /** {@code name}: the document's title as a window or file property. */
    OfficialDocument(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    OfficialDocument add(Kind kind, String text) {
        blocks.add(new Block(kind, text, Collections.<List<String>>emptyList()));
        return this;
    }

    OfficialDocument table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        blocks.add(new Block(Kind.TABLE, "", all));
        return this;
    }

    OfficialDocument table(String[] header, List<List<String>> rows) {
        return table(Arrays.asList(header), rows);
    }

    /** All text of the document, blocks and cells, one per line: what a reader of either rendering sees. */
    String plainText() {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks) {
            if (b.kind == Kind.TABLE) {
                for (List<String> r : b.rows) {
                    s.append(String.join("\t", r)).append('\n');
                }
            } else {
                s.append(b.text).append('\n');
            }
        }
        return s.toString();
    }
}
