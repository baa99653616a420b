package org.kaoping.plugin.journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Damage that a test does on purpose to a journal file's bytes, built independently of LineCodec. */
public final class JournalDamage {
    private JournalDamage() {
    }

    /**
     * A copy of {@code file} with one byte of the data of the line {@code [start, end)} (newline excluded) changed
     * (an ASCII letter or digit of the payload, so the line stays well-formed), and its CRC recomputed, as someone
     * editing history would do.
     */
    public static byte[] flipDataByteAndRecomputeCrc(byte[] file, int start, int end) {
        byte[] out = Arrays.copyOf(file, file.length);
        String line = new String(out, start, end - start, StandardCharsets.ISO_8859_1);
        int data = line.indexOf("\"data\":\"") + 8;
        int at = -1;
        for (int i = data; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x80) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("no ASCII letter or digit in the data of the line at " + start);
        }
        char c = line.charAt(at);
        out[start + at] = (byte) (c == 'z' ? 'y' : c == '9' ? '8' : c == 'Z' ? 'Y' : c + 1);
        recomputeCrc(out, start, end);
        return out;
    }

    /** Rewrites the CRC of the line {@code [start, end)} (newline excluded) in place to match its bytes. */
    public static void recomputeCrc(byte[] file, int start, int end) {
        int trailer = end - 18; // ,"crc":"xxxxxxxx"}
        String crc = JournalTestSupport.crcHex(Arrays.copyOfRange(file, start, trailer));
        byte[] hex = crc.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hex, 0, file, trailer + 8, 8);
    }
}
