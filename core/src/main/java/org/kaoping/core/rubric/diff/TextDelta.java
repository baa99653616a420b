package org.kaoping.core.rubric.diff;

/**
 * Shows where two texts differ: the differing middle with a little context, the common rest elided; short
 * texts are shown whole.
 */
final class TextDelta {
    private static final int CONTEXT = 8;
    /** Texts up to this many characters are shown whole. */
    private static final int SHORT = 30;
    private static final int MIDDLE = 40;

    private TextDelta() {}

    /** {@code 「…不低于98％；新进…」 → 「…不低于99％；新进…」}. */
    static String of(String older, String newer) {
        int[] a = older.codePoints().toArray();
        int[] b = newer.codePoints().toArray();
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        return side(a, prefix, suffix) + " → " + side(b, prefix, suffix);
    }

    private static String side(int[] text, int prefix, int suffix) {
        if (text.length <= SHORT) {
            return Change.quote(text(text, 0, text.length));
        }
        int from = Math.max(0, prefix - CONTEXT);
        int to = Math.min(text.length, text.length - suffix + CONTEXT);
        StringBuilder s = new StringBuilder("「");
        if (from > 0) {
            s.append('…');
        }
        s.append(text(text, from, prefix));
        String middle = text(text, prefix, text.length - suffix);
        int length = middle.codePointCount(0, middle.length());
        if (length > MIDDLE) {
            int head = MIDDLE / 2;
            int tail = MIDDLE - head - 1;
            middle = middle.substring(0, middle.offsetByCodePoints(0, head)) + "…"
                    + middle.substring(middle.offsetByCodePoints(0, length - tail));
        }
        s.append(middle).append(text(text, text.length - suffix, to));
        if (to < text.length) {
            s.append('…');
        }
        return s.append('」').toString();
    }

    private static String text(int[] codePoints, int from, int to) {
        return to <= from ? "" : new String(codePoints, from, to - from);
    }
}
