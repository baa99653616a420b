package org.kaoping.plugin.journal;

import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Splits a byte range of a file into lines terminated by {@code '\n'}; the last may lack its newline. A line is
 * buffered only once its newline is found, and only if it is at most the limit long: a line without newline (a
 * torn tail, however large) or longer than the limit costs one pass over its bytes and no memory; it is reported
 * by {@link #terminated()} and {@link #oversize()}. Not thread-safe; reads of the file are synchronized on it, so
 * several scanners may share one {@link RandomAccessFile}.
 */
final class LineScanner {
    private final RandomAccessFile file;
    private final long end;
    private final int maxLine;
    private final byte[] chunk = new byte[64 * 1024];
    /** File offset of chunk[0]. */
    private long chunkFilePos;
    private int chunkPos;
    private int chunkLen;

    private byte[] line = new byte[512];
    private int lineLen;
    private long totalLen;
    private long lineStart;
    private boolean terminated;

    LineScanner(RandomAccessFile file, long start, long end, int maxLine) {
        this.file = file;
        this.end = end;
        this.maxLine = maxLine;
        this.chunkFilePos = start;
    }

    /** Advances to the next line; false at the end of the range. */
    boolean next() throws IOException {
        lineStart = chunkFilePos + chunkPos;
        lineLen = 0;
        totalLen = 0;
        terminated = false;
        if (chunkPos == chunkLen && !refill(chunkFilePos + chunkLen)) {
            return false;
        }
        int i = indexOfNewline(chunkPos);
        if (i >= 0) { // the common case: the whole line is in the chunk
            totalLen = i - chunkPos;
            if (totalLen <= maxLine) {
                ensure((int) totalLen);
                System.arraycopy(chunk, chunkPos, line, 0, (int) totalLen);
                lineLen = (int) totalLen;
            }
            chunkPos = i + 1;
            terminated = true;
            return true;
        }
        // The line goes on past the chunk: find its end first, without buffering.
        long scanned = chunkLen - chunkPos;
        while (refill(chunkFilePos + chunkLen)) {
            i = indexOfNewline(0);
            if (i >= 0) {
                totalLen = scanned + i;
                chunkPos = i + 1;
                terminated = true;
                if (totalLen <= maxLine) {
                    ensure((int) totalLen);
                    readFully(lineStart, line, (int) totalLen);
                    lineLen = (int) totalLen;
                }
                return true;
            }
            scanned += chunkLen;
        }
        totalLen = scanned;
        chunkPos = chunkLen;
        return true;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < chunkLen; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void ensure(int size) {
        if (line.length < size) {
            line = new byte[Math.max(size, Math.min(maxLine, line.length * 2))];
        }
    }

    private boolean refill(long filePos) throws IOException {
        long remaining = end - filePos;
        if (remaining <= 0) {
            return false;
        }
        int n;
        synchronized (file) {
            file.seek(filePos);
            n = file.read(chunk, 0, (int) Math.min(chunk.length, remaining));
        }
        if (n <= 0) {
            return false;
        }
        chunkFilePos = filePos;
        chunkPos = 0;
        chunkLen = n;
        return true;
    }

    private void readFully(long at, byte[] into, int len) throws IOException {
        synchronized (file) {
            file.seek(at);
            file.readFully(into, 0, len);
        }
    }

    /** The current line's bytes, valid in {@code [0, length())} until the next call to {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    /** The number of buffered bytes of the current line: all of it if terminated and not oversize, else 0. */
    int length() {
        return lineLen;
    }

    /** The current line's full length in bytes, newline excluded. */
    long totalLength() {
        return totalLen;
    }

    /** Whether the current line is longer than the limit (its bytes were not buffered). */
    boolean oversize() {
        return totalLen > maxLine;
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
