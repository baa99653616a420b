package org.kaoping.plugin.bulletin;

/**
 * Text from data made safe for the documents: bidirectional controls and control characters other than line feed and
 * tab written as {@code [U+XXXX]} (as the reports do), so that a name cannot be made to read as another; and HTML
 * escaping. Stateless.
 */
final class Texts {
    private Texts() {}

    static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean neutralized = c != '\n' && c != '\t' && (Character.getType(c) == Character.CONTROL || c == '\u061C' || c == '\u200E'
                    || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069');
            if (neutralized) {
                b.append(String.format("[U+%04X]", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String html(String raw) {
        String s = safe(raw);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
