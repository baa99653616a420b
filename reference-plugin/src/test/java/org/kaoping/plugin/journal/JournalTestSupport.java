package org.kaoping.plugin.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.CRC32;

/** Helpers shared by the journal tests: an independent encoder of the documented line format, log capture. */
final class JournalTestSupport {
    private JournalTestSupport() {
    }

    /**
     * The documented line (without newline) for record {@code seq} whose payload is {@code payload}, written as
     * {@code escapedData}, following the record whose chain hash is {@code previousHash}; built independently of
     * LineCodec and HashChain.
     */
    static String line(long seq, String escapedData, String payload, String previousHash) {
        String body = "{\"seq\":" + seq + ",\"data\":\"" + escapedData + "\",\"hash\":\"" + link(previousHash, payload) + "\"";
        return body + ",\"crc\":\"" + crcHex(body.getBytes(StandardCharsets.UTF_8)) + "\"}";
    }

    /** SHA-256 of the previous hash, a line feed and the payload's UTF-8 bytes, in lower-case hex. */
    static String link(String previousHash, String payload) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((previousHash + "\n").getBytes(StandardCharsets.US_ASCII));
            byte[] d = sha.digest(payload.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : d) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static final String GENESIS = "0000000000000000000000000000000000000000000000000000000000000000";

    public static String crcHex(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return String.format("%08x", crc.getValue());
    }

    /** Byte offsets at which each line starts, plus the file length as the last element. */
    static List<Integer> lineStarts(byte[] file) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' && i + 1 < file.length) {
                starts.add(i + 1);
            }
        }
        starts.add(file.length);
        return starts;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /**
     * A child JVM running {@link JournalChild} with this JVM's class path (surefire may pass a
     * manifest-only jar, which {@code -cp} honours), stderr to {@code stderr}.
     */
    static ProcessBuilder childJvm(Path stderr, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx64m");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(JournalChild.class.getName());
        for (String a : args) {
            command.add(a);
        }
        return new ProcessBuilder(command).redirectError(stderr.toFile());
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    }

    /** {@code s} with every unpaired surrogate replaced by U+FFFD. */
    static String replaceLoneSurrogates(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    static boolean wellFormedUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Captures what the journal logs, while open. */
    static final class LogCapture extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(Journal.class.getName());
        final List<LogRecord> records = new ArrayList<>();

        private final boolean parentHandlers = logger.getUseParentHandlers();

        /** Also keeps the expected warnings out of the build output while it is open. */
        LogCapture() {
            setLevel(Level.ALL);
            logger.addHandler(this);
            logger.setUseParentHandlers(false);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        synchronized List<String> warnings() {
            List<String> out = new ArrayList<>();
            for (LogRecord r : records) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    out.add(r.getMessage());
                }
            }
            return out;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setUseParentHandlers(parentHandlers);
        }
    }
}
