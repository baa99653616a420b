package org.kaoping.core.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The id rule answers plain values (printable ASCII and CJK ideographs) without the Unicode tables: on seeded values
 * drawn from every sort of character (controls, format characters, combining marks, full-width forms, the ideographic
 * space, surrogates, Hangul jamo), it answers exactly as the rule applied in full does.
 */
class IdRuleTest {
    private static final char[] ALPHABET = {'a', 'Z', '0', '/', '-', ' ', '评', '议', '北', '海', '\u4E00', '\u9FA5', '\u9FA6',
        '\u3000', '\uFF08', '\uFF21', '\u0301', 'e', '\u00E9', '\u1100', '\u1161', '\u202E', '\u200B', '\n', '\t', '\u0000',
        '\uD83D', '\uDE00', '\u00A0', '\u2028', '\u3002', '\uFF5E', '~', '\u007F'};

    @Test
    void plainValuesAnswerAsTheFullRule() {
        SplittableRandom random = new SplittableRandom(20261206L);
        int plain = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(8);
            int classes = random.nextInt(3) == 0 ? ALPHABET.length : 11; // many plain ones, so both ways are compared often
            for (int k = 0; k < n; k++) {
                b.append(ALPHABET[random.nextInt(classes)]);
            }
            String v = b.toString();
            plain += IdRule.plain(v) ? 1 : 0;
            assertEquals(full(v, "id"), IdRule.problem(v, "id"), IdRule.escape(v));
        }
        assertTrue(plain > 50_000, "plain values were compared: " + plain);
        assertTrue(IdRule.plain("demo-synthetic/beihai/haicheng/评议/3"));
        assertFalse(IdRule.plain("合浦县\u3000"), "the ideographic space is folded by the normal form");
        assertFalse(IdRule.plain("e\u0301"), "a combining mark composes");
    }

    /** The rule applied in full: the check as it was before the plain values were answered without the tables. */
    private static Optional<String> full(String value, String field) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
                return Optional.of(field + " [" + IdRule.escape(value) + "] holds " + String.format("U+%04X", cp)
                        + ", a control, format (e.g. bidirectional), line-break or unpaired surrogate character; ids and actors are plain text");
            }
            i += Character.charCount(cp);
        }
        if (Character.isWhitespace(value.codePointAt(0)) || Character.isSpaceChar(value.codePointAt(0))
                || Character.isWhitespace(value.codePointBefore(value.length()))
                || Character.isSpaceChar(value.codePointBefore(value.length()))) {
            return Optional.of(field + " [" + IdRule.escape(value) + "] has leading or trailing white space; ids are compared exactly");
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            folded.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        String n = folded.toString();
        if (!n.equals(value)) {
            return Optional.of(field + " [" + IdRule.escape(value) + "] is not in normal form (NFC, half-width); write [" + IdRule.escape(n) + "]");
        }
        return Optional.empty();
    }
}
