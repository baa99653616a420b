package org.kaoping.plugin.report;

/**
 * Neutralizes characters in text from data (unit names, reasons, ids) that would change how a report reads
 * rather than what it says: bidirectional controls such as U+202E (which turn {@code 局安公市} into what looks
 * like {@code 市公安局} and reorder the text after it), and control characters other than line feed and tab.
 * Each is replaced by its code point in brackets, {@code [U+202E]}, so that a reader sees that it was there.
 * Every report writer (HTML, CSV, xlsx, console) passes text from data through {@link #of(String)}.
 */
final class SafeText {
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
        if (c == '\n' || c == '\t') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
