package org.kaoping.plugin.journal;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The manifest of a journal, {@code <name>.manifest}: the last acknowledged sequence number and chain hash, kept
 * apart from the data so that a file cut at a record boundary is detected. Two fixed slots of {@value #SLOT} bytes,
 * each {@code {"gen":G,"seq":N,"hash":"<64 hex>","crc":"<8 hex>"}} padded with spaces and ending in a newline;
 * a write goes to the slot of the older generation and is forced to disk, so a torn write leaves the other,
 * previous head intact. The valid slot of the highest generation is the head. Not thread-safe (the journal
 * writes it under its sync monitor).
 */
final class Manifest implements Closeable {
    static final int SLOT = 128;
    private static final Pattern FORMAT = Pattern.compile(
            "\\{\"gen\":(0|[1-9][0-9]{0,17}),\"seq\":(0|[1-9][0-9]{0,17}),\"hash\":\"([0-9a-f]{64})\",\"crc\":\"([0-9a-f]{8})\"\\} *");

    /** An acknowledged head: a generation, a sequence number and the chain hash of that record. */
    static final class Head {
        final long generation;
        final long sequence;
        final String hash;

        Head(long generation, long sequence, String hash) {
            this.generation = generation;
            this.sequence = sequence;
            this.hash = hash;
        }
    }

    /** The manifest cannot be read: neither slot holds a valid head. */
    static final class DamagedException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedException(String message) {
            super(message);
        }
    }

    private final Path path;
    private final RandomAccessFile file;
    private long generation;

    private Manifest(Path path, RandomAccessFile file, long generation) {
        this.path = path;
        this.file = file;
        this.generation = generation;
    }

    /** Opens (creating it if missing) the manifest for writing; {@code head} is what {@link #read} found, or null. */
    static Manifest open(Path path, Head head) throws IOException {
        return new Manifest(path, new RandomAccessFile(path.toFile(), "rw"), head == null ? 0 : head.generation);
    }

    /** The head recorded in the manifest file at {@code path}, or null if the file does not exist. */
    static Head read(Path path) throws IOException, DamagedException {
        if (!Files.exists(path)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(path);
        Head best = null;
        StringBuilder problems = new StringBuilder();
        for (int slot = 0; slot < 2; slot++) {
            int from = slot * SLOT;
            if (bytes.length < from + SLOT) {
                problems.append(" slot ").append(slot).append(": missing (file is ").append(bytes.length).append(" bytes);");
                continue;
            }
            String text = new String(bytes, from, SLOT - 1, StandardCharsets.US_ASCII);
            Matcher m = FORMAT.matcher(text);
            if (bytes[from + SLOT - 1] != '\n' || !m.matches()) {
                problems.append(" slot ").append(slot).append(": malformed;");
                continue;
            }
            String body = "{\"gen\":" + m.group(1) + ",\"seq\":" + m.group(2) + ",\"hash\":\"" + m.group(3) + "\"";
            if (!crcHex(body).equals(m.group(4))) {
                problems.append(" slot ").append(slot).append(": checksum mismatch;");
                continue;
            }
            Head head = new Head(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3));
            if (best == null || head.generation > best.generation) {
                best = head;
            }
        }
        if (best == null) {
            throw new DamagedException("the manifest " + path + " holds no valid head (" + problems.toString().trim() + ")");
        }
        return best;
    }

    /** Records a new acknowledged head in the older slot and forces it to disk. */
    void write(long sequence, String hash) throws IOException {
        long next = generation + 1;
        file.seek((next % 2) * SLOT);
        file.write(slot(next, sequence, hash));
        file.getFD().sync();
        generation = next;
    }

    /** Writes the head into both slots (two new generations) and forces it: for a new or repaired journal. */
    void reset(long sequence, String hash) throws IOException {
        byte[] both = new byte[2 * SLOT];
        long first = generation + 1;
        long second = generation + 2;
        System.arraycopy(slot(first, sequence, hash), 0, both, (int) (first % 2) * SLOT, SLOT);
        System.arraycopy(slot(second, sequence, hash), 0, both, (int) (second % 2) * SLOT, SLOT);
        file.seek(0);
        file.write(both);
        file.setLength(both.length);
        file.getFD().sync();
        generation = second;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private static byte[] slot(long generation, long sequence, String hash) {
        String body = "{\"gen\":" + generation + ",\"seq\":" + sequence + ",\"hash\":\"" + hash + "\"";
        String line = body + ",\"crc\":\"" + crcHex(body) + "\"}";
        byte[] out = new byte[SLOT];
        Arrays.fill(out, (byte) ' ');
        byte[] text = line.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, out, 0, text.length);
        out[SLOT - 1] = '\n';
        return out;
    }

    private static String crcHex(String text) {
        CRC32 crc = new CRC32();
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        crc.update(b, 0, b.length);
        return String.format("%08x", crc.getValue());
    }
}
