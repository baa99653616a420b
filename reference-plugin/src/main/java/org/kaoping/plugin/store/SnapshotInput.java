package org.kaoping.plugin.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.zip.CRC32;

/**
 * Reads the snapshot file as {@link java.io.DataInputStream} would (big-endian), through one unsynchronized buffer,
 * updating its SHA-256 (every byte) and CRC-32 (every byte before the last 8, the stored checksum) a buffer at a
 * time. {@code DataInputStream} over {@code CheckedInputStream} and {@code BufferedInputStream} costs a CRC update
 * and a lock per byte, which was most of the time to load a million judgements. Not thread-safe.
 */
final class SnapshotInput {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** File offset of the byte after the buffer's last. */
    private long loaded;
    private final long crcEnd;
    private final CRC32 crc = new CRC32();
    private final MessageDigest sha;

    /**
     * @param size the file's size: the CRC covers its bytes before the last 8
     */
    SnapshotInput(InputStream in, long size, MessageDigest sha) {
        this.in = in;
        this.crcEnd = size - 8;
        this.sha = sha;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        sha.update(buffer, 0, n);
        long crcBytes = Math.min(n, crcEnd - loaded);
        if (crcBytes > 0) {
            crc.update(buffer, 0, (int) crcBytes);
        }
        loaded += n;
        position = 0;
        limit = n;
        return true;
    }

    private void need(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return;
        }
        // shift what is left to the front and read more behind it (sha and crc are updated for the new bytes only)
        int left = limit - position;
        System.arraycopy(buffer, position, buffer, 0, left);
        position = 0;
        limit = left;
        while (limit < bytes) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n <= 0) {
                throw new EOFException();
            }
            sha.update(buffer, limit, n);
            long crcBytes = Math.min(n, crcEnd - loaded);
            if (crcBytes > 0) {
                crc.update(buffer, limit, (int) crcBytes);
            }
            loaded += n;
            limit += n;
        }
    }

    /** The next byte, or -1 at the end of the file. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    byte readByte() throws IOException {
        need(1);
        return buffer[position++];
    }

    int readInt() throws IOException {
        need(4);
        int p = position;
        position += 4;
        return (buffer[p] & 0xFF) << 24 | (buffer[p + 1] & 0xFF) << 16 | (buffer[p + 2] & 0xFF) << 8 | buffer[p + 3] & 0xFF;
    }

    long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
    }

    /** A string as {@link java.io.DataOutputStream#writeUTF} writes one of ASCII characters (chain hashes). */
    String readAsciiUtf() throws IOException {
        need(2);
        int n = (buffer[position] & 0xFF) << 8 | buffer[position + 1] & 0xFF;
        position += 2;
        byte[] b = bytes(n);
        for (byte c : b) {
            if (c <= 0) {
                throw new IOException("a chain hash must be ASCII text");
            }
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    /** {@code n} bytes as UTF-8 text. */
    String readUtf8(int n) throws IOException {
        if (n <= buffer.length) {
            need(n);
            String s = new String(buffer, position, n, StandardCharsets.UTF_8);
            position += n;
            return s;
        }
        return new String(bytes(n), StandardCharsets.UTF_8);
    }

    private byte[] bytes(int n) throws IOException {
        byte[] out = new byte[n];
        int done = 0;
        while (done < n) {
            if (position == limit && !fill()) {
                throw new EOFException();
            }
            int k = Math.min(n - done, limit - position);
            System.arraycopy(buffer, position, out, done, k);
            position += k;
            done += k;
        }
        return out;
    }

    /** The CRC-32 of the file's bytes before its last 8, once they have been read. */
    long crc() {
        return crc.getValue();
    }
}
