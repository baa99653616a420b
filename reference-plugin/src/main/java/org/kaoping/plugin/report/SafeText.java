package org.kaoping.plugin.report;

import org.kaoping.core.api.API;

/**
 * Neutralizes characters in text from data (unit names, reasons, ids) that would change how a report reads
 * rather than what it says: bidirectional controls such as U+202E (which turn {@code 局安公市} into what looks
 * like {@code 市公安局} and reorder the text after it), and control characters other than line feed and tab.
 * Each is replaced by its code point in brackets, {@code [U+202E]}, so that a reader sees that it was there.
 * Every report and document writer (HTML, CSV, xlsx, docx, console; the reports, the 通报, the cadre export) passes text
 * from data through {@link #of(String)}, or {@link #html(String)} for HTML. Public only for the plugin's other packages.
 */
@API(status = API.Status.INTERNAL)
public final class SafeText {
    private SafeText() {}

    /** {@code s} with every bidi control and every control character but {@code \n} and {@code \t} written as {@code [U+XXXX]}. */
    public static String of(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isNeutralized(c)) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(String.format("[U+%04X]", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Whether {@code c} is a bidi control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) or a control character other than LF and TAB. */
    static boolean isNeutralized(char c) {
        // Unicode's control characters (category Cc, fixed by its stability policy) are U+0000-U+001F and U+007F-U+009F:
        // tested by range rather than Character.getType, for every character of every report (issue 14)
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true;
        }
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** {@link #isNeutralized} as first written, with {@code Character.getType}: what a test compares it with. */
    static boolean isNeutralizedByType(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** {@code raw} neutralized ({@link #of(String)}), then {@code & < > " '} escaped for HTML text and attribute values. */
    public static String html(String raw) {
        String s = of(raw);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r;
            switch (c) {
                case '&': r = "&amp;"; break;
                case '<': r = "&lt;"; break;
                case '>': r = "&gt;"; break;
                case '"': r = "&quot;"; break;
                case '\'': r = "&#39;"; break;
                default: r = null;
            }
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
