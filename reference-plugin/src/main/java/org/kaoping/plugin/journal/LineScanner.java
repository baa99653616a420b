package org.kaoping.plugin.journal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.util.Arrays;

/** Splits a byte range of a file into lines terminated by {@code '\n'}; the last may lack its newline. Not thread-safe. */
final class LineScanner {
    private final RandomAccessFile file;
    private final long end;
    private final byte[] chunk = new byte[64 * 1024];
    private long chunkFilePos;
    private int chunkPos;
    private int chunkLen;

    private byte[] line = new byte[512];
    private int lineLen;
    private long lineStart;
    private boolean terminated;

    LineScanner(RandomAccessFile file, long start, long end) {
        this.file = file;
        this.end = end;
        this.chunkFilePos = start;
    }

    /** Advances to the next line; false at the end of the range. */
    boolean next() throws IOException {
        lineStart = chunkFilePos + chunkPos;
        lineLen = 0;
        terminated = false;
        if (chunkPos == chunkLen && !refill()) {
            return false;
        }
        while (true) {
            int from = chunkPos;
            int i = from;
            while (i < chunkLen && chunk[i] != '\n') {
                i++;
            }
            append(from, i - from);
            if (i < chunkLen) {
                chunkPos = i + 1;
                terminated = true;
                return true;
            }
            chunkPos = chunkLen;
            if (!refill()) {
                return true;
            }
        }
    }

    private boolean refill() throws IOException {
        long filePos = chunkFilePos + chunkLen;
        long remaining = end - filePos;
        if (remaining <= 0) {
            return false;
        }
        file.seek(filePos);
        int n = file.read(chunk, 0, (int) Math.min(chunk.length, remaining));
        if (n <= 0) {
            return false;
        }
        chunkFilePos = filePos;
        chunkPos = 0;
        chunkLen = n;
        return true;
    }

    private void append(int from, int len) {
        if (lineLen + len > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + len));
        }
        System.arraycopy(chunk, from, line, lineLen, len);
        lineLen += len;
    }

    /** The current line's bytes, valid in {@code [0, length())} until the next call to {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLen;
    }

    /** The file offset of the current line's first byte. */
    long start() {
        return lineStart;
    }

    /** Whether the current line ended with a newline (false only for a last, incomplete line). */
    boolean terminated() {
        return terminated;
    }
}
