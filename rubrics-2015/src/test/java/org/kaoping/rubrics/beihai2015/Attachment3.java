package org.kaoping.rubrics.beihai2015;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent parse of attachment 3 of the shipped source document, line by line, into standards,
 * sections, items and numbered requirements, with every points mark "（N分）"/"(N分)" found in them. The
 * tests hold the module's transcription against it, so it must not share code with the module.
 */
record Attachment3(String preamble, List<Standard> standards) {

    /** One of the five standards: "一、县（区）工作标准（总分100分）". */
    record Standard(String label, String heading, String title, String declaredTotal, List<Section> sections,
            List<Item> items) {}

    /** "(一)推进县（区）党委依法执政（15分）。": label "(一)", the rest as text. */
    record Section(String label, String text, List<String> marks, List<Item> items) {}

    /** "1、…（2分）。(1)…；(2)…": label "1、", text up to the first requirement, the requirements. */
    record Item(String label, String text, List<String> marks, List<Requirement> requirements, String line) {}

    record Requirement(String label, String text) {}

    static final Pattern MARK = Pattern.compile("[（(](\\d+(?:\\.\\d+)?)分[）)]");
    static final Pattern REQUIREMENT_LABEL = Pattern.compile("[(（]\\d+[)）]");
    private static final Pattern STANDARD = Pattern.compile("^([一二三四五]、)(.+?)（总分(\\d+)分）$");
    private static final Pattern SECTION = Pattern.compile("^([(（][一二三四五六七八九十]+[)）])(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d+[、．])(.*)$");

    /** The text of attachment 3: from its "附件3" line to the end of the document. */
    static String text(String document) {
        int start = document.indexOf("\n附件3\n");
        if (start < 0) {
            throw new IllegalStateException("The source has no 附件3 line");
        }
        return document.substring(start + 1);
    }

    static Attachment3 parse(String document) {
        List<Standard> standards = new ArrayList<>();
        StringBuilder preamble = new StringBuilder();
        List<Section> sections = null;
        List<Item> items = null;
        Item last = null;
        for (String line : text(document).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = STANDARD.matcher(line);
            if (m.matches()) {
                sections = new ArrayList<>();
                items = new ArrayList<>();
                standards.add(new Standard(m.group(1), line, m.group(2), m.group(3), sections, items));
                last = null;
                continue;
            }
            if (standards.isEmpty()) {
                preamble.append(line).append('\n');
                continue;
            }
            m = SECTION.matcher(line);
            if (m.matches()) {
                items = new ArrayList<>();
                sections.add(new Section(m.group(1), m.group(2), marks(m.group(2)), items));
                continue;
            }
            m = ITEM.matcher(line);
            if (m.matches()) {
                List<Requirement> requirements = new ArrayList<>();
                String text = split(m.group(2), requirements);
                last = new Item(m.group(1), text, marks(text), requirements, line);
                items.add(last);
                continue;
            }
            if (REQUIREMENT_LABEL.matcher(line).lookingAt() && last != null) {
                String head = split(line, last.requirements());
                if (!head.isEmpty()) {
                    throw new IllegalStateException("Unexpected text before a requirement: " + line);
                }
                continue;
            }
            throw new IllegalStateException("Line of attachment 3 not understood: " + line);
        }
        return new Attachment3(preamble.toString(), standards);
    }

    /** Splits "head(1)a；(2)b。" into the head (returned) and requirements (added). */
    private static String split(String body, List<Requirement> out) {
        Matcher m = REQUIREMENT_LABEL.matcher(body);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        if (labels.isEmpty()) {
            return body;
        }
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : body.length();
            out.add(new Requirement(body.substring(labels.get(i)[0], labels.get(i)[1]),
                    body.substring(labels.get(i)[1], end).strip()));
        }
        return body.substring(0, labels.get(0)[0]);
    }

    static List<String> marks(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
