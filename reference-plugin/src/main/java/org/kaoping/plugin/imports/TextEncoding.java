package org.kaoping.plugin.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.kaoping.core.api.API;

/**
 * Decodes the bytes of a text export. With a declared charset, that charset (strictly: a byte sequence it
 * cannot decode is an error, never a silent replacement character). Without one: a UTF-8 byte-order mark
 * means UTF-8, bytes that are valid UTF-8 are UTF-8, anything else is GB18030 (which covers GBK and GB2312).
 * A UTF-8 byte-order mark is always dropped; UTF-16 (what Excel writes as "Unicode text") is refused.
 */
@API(status = API.Status.INTERNAL)
public final class TextEncoding {
    /** GB18030, the superset of GBK and GB2312 that Chinese Windows and OA systems write. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private final String text;
    private final Charset charset;
    private final boolean byteOrderMark;

    private TextEncoding(String text, Charset charset, boolean byteOrderMark) {
        this.text = text;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Decodes {@code bytes} of file {@code file} (named in errors), in {@code declared} or, when it is null, the
     * detected charset.
     *
     * @throws EvidenceCsvFormatException naming the file and the byte offset of the first undecodable bytes
     */
    public static TextEncoding decode(String file, byte[] bytes, Charset declared) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            throw new EvidenceCsvFormatException(java.util.Collections.singletonList(new ImportProblem(file, 0, 0, null,
                    "the file is UTF-16 (it starts with a UTF-16 byte-order mark); expected CSV in UTF-8 or GB18030/GBK. "
                            + "In Excel, save as \"CSV UTF-8\" instead of \"Unicode text\"")));
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int offset = bom ? 3 : 0;
        if (declared != null) {
            // A UTF-8 byte-order mark decides even against a declaration: in any other charset it is mojibake.
            Charset cs = bom ? StandardCharsets.UTF_8 : declared;
            return new TextEncoding(strict(file, bytes, offset, cs), cs, bom);
        }
        if (bom) {
            return new TextEncoding(strict(file, bytes, offset, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new TextEncoding(utf8, StandardCharsets.UTF_8, false);
        }
        return new TextEncoding(strict(file, bytes, 0, GB18030), GB18030, false);
    }

    /**
     * {@code text} encoded the way the exports are written: in {@code charset}, preceded by a UTF-8 byte-order mark
     * when that is UTF-8 (so that Excel opens it as UTF-8); {@link #decode} reads it back.
     */
    public static byte[] encode(String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** The decoded text, without any byte-order mark. */
    public String text() {
        return text;
    }

    /** The charset used. */
    public Charset charset() {
        return charset;
    }

    /** Whether the bytes began with a UTF-8 byte-order mark. */
    public boolean hadByteOrderMark() {
        return byteOrderMark;
    }

    private static String tryDecode(byte[] bytes, int offset, Charset cs) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(String file, byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = decoder(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length - offset) * 2 + 16));
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = offset; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new EvidenceCsvFormatException(java.util.Collections.singletonList(new ImportProblem(file, line, 0, null,
                    "bytes at offset " + at + " are not valid " + cs.name() + " (" + hex(bytes, at, r.length())
                            + "); expected text in " + cs.name() + (cs.equals(StandardCharsets.UTF_8) ? " or declare GB18030/GBK" : " or declare UTF-8"))));
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    private static String hex(byte[] b, int from, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + n && i < b.length; i++) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("%02X", b[i] & 0xFF));
        }
        return s.toString();
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
