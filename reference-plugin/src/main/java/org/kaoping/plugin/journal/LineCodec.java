package org.kaoping.plugin.journal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Encodes and decodes one journal line; see the package documentation for the format. Stateless and
 * thread-safe.
 */
final class LineCodec {
    private static final byte[] SEQ_PREFIX = ascii("{\"seq\":");
    private static final byte[] DATA_PREFIX = ascii(",\"data\":\"");
    private static final byte[] HASH_PREFIX = ascii(",\"hash\":\"");
    private static final byte[] TRAILER_PREFIX = ascii(",\"crc\":\"");
    /** {@code ,"hash":"} + 64 hex digits + {@code "}. */
    static final int HASH_FIELD_LENGTH = HASH_PREFIX.length + 64 + 1;
    /** {@code ,"crc":"} + 8 hex digits + {@code "}}. */
    static final int TRAILER_LENGTH = TRAILER_PREFIX.length + 8 + 2;
    private static final byte[] HEX = ascii("0123456789abcdef");

    private LineCodec() {
    }

    /** A line that is not a valid record; the message says why. */
    static final class BadLineException extends Exception {
        private static final long serialVersionUID = 1L;

        BadLineException(String message) {
            super(message);
        }
    }

    /** A growable byte array (unsynchronized). */
    static final class ByteSink {
        private byte[] bytes;
        private int size;

        ByteSink(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void write(byte[] b) {
            write(b, 0, b.length);
        }

        void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                long wanted = Math.max((long) bytes.length * 2, (long) size + more);
                if (wanted > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("journal line too large: " + wanted + " bytes");
                }
                bytes = Arrays.copyOf(bytes, (int) wanted);
            }
        }

        byte[] array() {
            return bytes;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /**
     * The payload as the UTF-8 bytes of a JSON string body (without the quotes): {@code "} and
     * {@code \} and the control characters U+0000..U+001F escaped, everything else verbatim.
     *
     * @throws IllegalArgumentException if the payload is not well-formed UTF-16 (an unpaired surrogate),
     *     since it could not be stored as UTF-8 and read back unchanged
     */
    static byte[] encodeData(String payload) {
        return encode(payload).data;
    }

    /** A payload's UTF-8 bytes (what its chain hash is computed over) and its {@link #encodeData data field}. */
    static final class Encoded {
        /** The payload's UTF-8 bytes; read only. */
        final byte[] utf8;
        /** The payload as the UTF-8 bytes of a JSON string body; may be {@link #utf8} itself; read only. */
        final byte[] data;

        Encoded(byte[] utf8, byte[] data) {
            this.utf8 = utf8;
            this.data = data;
        }
    }

    /**
     * The payload's UTF-8 bytes and, from them, its data field as {@link #encodeData} defines it: the JDK's encoder
     * makes the bytes once (the chain hash reads them too), and the escapes are made on the bytes, where a multi-byte
     * UTF-8 sequence never holds a byte below 0x80. Same bytes as the character loop {@link #encodeDataByChars}, which
     * a test checks on random text; a journal writes tens of megabytes through here in the demo alone (issue 14).
     *
     * @throws IllegalArgumentException if the payload is not well-formed UTF-16, as {@link #encodeData}
     */
    static Encoded encode(String payload) {
        byte[] utf8 = payload.getBytes(StandardCharsets.UTF_8);
        int extra = 0;
        boolean replacement = false;
        for (byte b : utf8) {
            if (b == '"' || b == '\\') {
                extra++;
            } else if (b >= 0 && b < 0x20) {
                extra += b == '\n' || b == '\r' || b == '\t' || b == '\b' || b == '\f' ? 1 : 5;
            } else if (b == '?') {
                replacement = true;
            }
        }
        if (replacement) {
            // String.getBytes writes '?' for an unpaired surrogate; such a payload is refused, as the character loop does
            checkWellFormed(payload);
        }
        if (extra == 0) {
            return new Encoded(utf8, utf8);
        }
        byte[] data = new byte[utf8.length + extra];
        int j = 0;
        for (byte b : utf8) {
            if (b == '"' || b == '\\') {
                data[j++] = '\\';
                data[j++] = b;
            } else if (b >= 0 && b < 0x20) {
                data[j++] = '\\';
                switch (b) {
                    case '\n': data[j++] = 'n'; break;
                    case '\r': data[j++] = 'r'; break;
                    case '\t': data[j++] = 't'; break;
                    case '\b': data[j++] = 'b'; break;
                    case '\f': data[j++] = 'f'; break;
                    default:
                        data[j++] = 'u';
                        data[j++] = '0';
                        data[j++] = '0';
                        data[j++] = HEX[b >> 4];
                        data[j++] = HEX[b & 0xF];
                }
            } else {
                data[j++] = b;
            }
        }
        return new Encoded(utf8, data);
    }

    /** Throws as {@link #encodeDataByChars} does at the first unpaired surrogate of {@code payload}, if any. */
    private static void checkWellFormed(String payload) {
        int n = payload.length();
        for (int i = 0; i < n; i++) {
            char c = payload.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(payload.charAt(i + 1))) {
                    i++;
                } else {
                    throw unpaired(c, i);
                }
            }
        }
    }

    private static IllegalArgumentException unpaired(char c, int i) {
        return new IllegalArgumentException(String.format(
                "journal payload has an unpaired surrogate U+%04X at index %d; a payload must be"
                        + " well-formed UTF-16 text to be stored as UTF-8", (int) c, i));
    }

    /** {@link #encodeData} character by character: the definition the faster {@link #encode} is tested against. */
    static byte[] encodeDataByChars(String payload) {
        int n = payload.length();
        ByteSink out = new ByteSink(n + n / 4 + 8);
        for (int i = 0; i < n; i++) {
            char c = payload.charAt(i);
            if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c < 0x20) {
                out.write('\\');
                switch (c) {
                    case '\n': out.write('n'); break;
                    case '\r': out.write('r'); break;
                    case '\t': out.write('t'); break;
                    case '\b': out.write('b'); break;
                    case '\f': out.write('f'); break;
                    default:
                        out.write('u');
                        out.write('0');
                        out.write('0');
                        out.write(HEX[c >> 4]);
                        out.write(HEX[c & 0xF]);
                }
            } else if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(payload.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, payload.charAt(++i));
                    out.write(0xF0 | (cp >> 18));
                    out.write(0x80 | ((cp >> 12) & 0x3F));
                    out.write(0x80 | ((cp >> 6) & 0x3F));
                    out.write(0x80 | (cp & 0x3F));
                } else {
                    throw unpaired(c, i);
                }
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    /**
     * Appends the complete line for record {@code seq} with the given encoded data and chain hash (64 lower-case
     * hex digits), newline included.
     */
    static void frame(long seq, byte[] data, String chainHash, ByteSink out) {
        int start = out.size();
        out.write(SEQ_PREFIX);
        out.write(ascii(Long.toString(seq)));
        out.write(DATA_PREFIX);
        out.write(data);
        out.write('"');
        out.write(HASH_PREFIX);
        out.write(ascii(chainHash));
        out.write('"');
        CRC32 crc = new CRC32();
        crc.update(out.array(), start, out.size() - start);
        out.write(TRAILER_PREFIX);
        long value = crc.getValue();
        for (int shift = 28; shift >= 0; shift -= 4) {
            out.write(HEX[(int) (value >>> shift) & 0xF]);
        }
        out.write('"');
        out.write('}');
        out.write('\n');
    }

    /**
     * Decodes one line, {@code len} bytes at {@code off} without its newline: checks the framing, the
     * CRC and the JSON string escapes.
     */
    static JournalRecord decode(byte[] b, int off, int len, long offset) throws BadLineException {
        int minimum = SEQ_PREFIX.length + 1 + DATA_PREFIX.length + 1 + HASH_FIELD_LENGTH + TRAILER_LENGTH;
        if (len < minimum) {
            throw new BadLineException("malformed framing: line is " + len + " bytes, shorter than the minimum "
                    + minimum);
        }
        int trailer = off + len - TRAILER_LENGTH;
        if (!regionMatches(b, trailer, TRAILER_PREFIX) || b[off + len - 2] != '"' || b[off + len - 1] != '}') {
            throw new BadLineException("malformed framing: line does not end with ,\"crc\":\"<8 hex digits>\"}");
        }
        long stored = 0;
        for (int i = trailer + TRAILER_PREFIX.length; i < off + len - 2; i++) {
            int digit = hexValue(b[i]);
            if (digit < 0) {
                throw new BadLineException("malformed framing: crc is not 8 lowercase hex digits");
            }
            stored = (stored << 4) | digit;
        }
        CRC32 crc = new CRC32();
        crc.update(b, off, trailer - off);
        if (crc.getValue() != stored) {
            throw new BadLineException(String.format("checksum mismatch: stored crc %08x, computed %08x",
                    stored, crc.getValue()));
        }
        int hashField = trailer - HASH_FIELD_LENGTH;
        if (!regionMatches(b, hashField, HASH_PREFIX) || b[trailer - 1] != '"') {
            throw new BadLineException("malformed framing: no ,\"hash\":\"<64 hex digits>\" before the crc");
        }
        for (int i = hashField + HASH_PREFIX.length; i < trailer - 1; i++) {
            if (hexValue(b[i]) < 0) {
                throw new BadLineException("malformed framing: the chain hash is not 64 lowercase hex digits");
            }
        }
        String chainHash = new String(b, hashField + HASH_PREFIX.length, 64, StandardCharsets.US_ASCII);
        if (!regionMatches(b, off, SEQ_PREFIX)) {
            throw new BadLineException("malformed framing: line does not start with {\"seq\":");
        }
        int p = off + SEQ_PREFIX.length;
        long seq = 0;
        int digits = 0;
        while (p < trailer && b[p] >= '0' && b[p] <= '9') {
            if (digits == 18 || (digits == 0 && b[p] == '0')) {
                throw new BadLineException("malformed framing: bad sequence number");
            }
            seq = seq * 10 + (b[p] - '0');
            digits++;
            p++;
        }
        if (digits == 0) {
            throw new BadLineException("malformed framing: missing sequence number");
        }
        if (p + DATA_PREFIX.length > hashField - 1 || !regionMatches(b, p, DATA_PREFIX)) {
            throw new BadLineException("malformed framing: expected ,\"data\":\" after the sequence number");
        }
        int dataStart = p + DATA_PREFIX.length;
        int dataEnd = hashField - 1; // the closing quote
        if (b[dataEnd] != '"') {
            throw new BadLineException("malformed framing: data string is not closed before the hash");
        }
        String raw;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            raw = decoder.decode(ByteBuffer.wrap(b, dataStart, dataEnd - dataStart)).toString();
        } catch (CharacterCodingException e) {
            throw new BadLineException("malformed data: not valid UTF-8 (" + e + ")");
        }
        return new JournalRecord(seq, unescape(raw), chainHash, offset);
    }

    private static String unescape(String raw) throws BadLineException {
        if (raw.indexOf('\\') < 0 && raw.indexOf('"') < 0 && !hasControl(raw)) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                throw new BadLineException("malformed data: unescaped quote at character " + i);
            }
            if (c < 0x20) {
                throw new BadLineException(String.format("malformed data: raw control character U+%04X at character %d",
                        (int) c, i));
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i >= raw.length()) {
                throw new BadLineException("malformed data: unterminated escape at the end");
            }
            char e = raw.charAt(i);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    if (i + 4 >= raw.length()) {
                        throw new BadLineException("malformed data: truncated \\u escape at character " + (i - 1));
                    }
                    int v = 0;
                    for (int k = 1; k <= 4; k++) {
                        int d = Character.digit(raw.charAt(i + k), 16);
                        if (d < 0) {
                            throw new BadLineException("malformed data: bad \\u escape at character " + (i - 1));
                        }
                        v = (v << 4) | d;
                    }
                    sb.append((char) v);
                    i += 4;
                    break;
                default:
                    throw new BadLineException("malformed data: unknown escape \\" + e + " at character " + (i - 1));
            }
        }
        return sb.toString();
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    private static int hexValue(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static boolean regionMatches(byte[] b, int at, byte[] expected) {
        if (at < 0 || at + expected.length > b.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (b[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
