package org.kaoping.core.delegation;

import java.text.Normalizer;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * The one rule for ids and actors at the gate: an id (unit, author unit, evidence, key, document) or an actor
 * name is refused when it is empty, has leading or trailing white space, or holds a control character, a line
 * break, or a format character such as a bidirectional control ({@code U+202E}); and it must already be in its
 * declared normal form — Unicode NFC with full-width ASCII forms and the ideographic space folded to their
 * half-width forms ({@link #normalize(String)}). Ids are then compared exactly: {@code "haicheng "},
 * {@code "HAICHENG"} and {@code "ｈａｉｃｈｅｎｇ"} never match unit {@code haicheng}; the first is refused
 * for its space, the third for its form, the second is simply an unknown id.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class IdRule {
    private IdRule() {}

    /** {@code s} in the declared normal form: NFC, with U+FF01–U+FF5E and U+3000 folded to half-width. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (folded != c && b == null) {
                b = new StringBuilder(n.substring(0, i));
            }
            if (b != null) {
                b.append(folded);
            }
        }
        return b == null ? n : b.toString();
    }

    /**
     * Why {@code value}, the {@code field} of a record (e.g. "unitId"), breaks the id rule, or empty if it keeps it.
     * The message quotes the value with its offending characters escaped.
     */
    public static Optional<String> problem(String value, String field) {
        if (value == null || value.isEmpty()) {
            return Optional.of(field + " must not be empty");
        }
        if (plain(value)) {
            return Optional.empty(); // the gate checks several ids a record: most are ASCII or Chinese, and need no Unicode tables
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
                return Optional.of(field + " [" + escape(value) + "] holds " + String.format("U+%04X", cp)
                        + ", a control, format (e.g. bidirectional), line-break or unpaired surrogate character; ids and actors are plain text");
            }
            i += Character.charCount(cp);
        }
        if (Character.isWhitespace(value.codePointAt(0)) || Character.isSpaceChar(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length()))
                || Character.isSpaceChar(value.codePointBefore(value.length()))) {
            return Optional.of(field + " [" + escape(value) + "] has leading or trailing white space; ids are compared exactly");
        }
        String n = normalize(value);
        if (!n.equals(value)) {
            return Optional.of(field + " [" + escape(value) + "] is not in normal form (NFC, half-width); write [" + escape(n) + "]");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code s} is made of printable ASCII and CJK unified ideographs (U+4E00–U+9FA5) only, without a space at
     * either end: such a value keeps every part of the rule (no control or format character, no white space at an end,
     * and it is its own NFC, half-width form: those characters have no decomposition, compose with nothing and are not
     * full-width forms), so the Unicode tables and the normalizer are not needed for it.
     */
    static boolean plain(String s) {
        int n = s.length();
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c > 0x7E) && (c < '\u4E00' || c > '\u9FA5')) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with every control, format, separator or non-ASCII white-space character written as {@code \\uXXXX}. */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int t = Character.getType(c);
            if (t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR || t == Character.SURROGATE || (Character.isSpaceChar(c) && c != ' ')) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
