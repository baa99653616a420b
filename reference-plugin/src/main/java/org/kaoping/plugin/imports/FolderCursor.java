package org.kaoping.plugin.imports;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.kaoping.core.RefusedInputException;

/**
 * Where a {@link FolderEvidenceSource} stands in its folder, in constant size whatever the number of files or rows:
 * {@code csv-folder/3 TAB completed TAB digest TAB file TAB items TAB hash [TAB reread]}, numbers in base 36.
 * <ul>
 * <li>{@code completed}: how many files, first in name order, have been read to their end (or refused);
 * <li>{@code digest}: one SHA-256 (hex) over those files, each as its name, byte size, SHA-256 of its bytes and
 * whether it was refused ({@link Prefix});
 * <li>{@code file}, {@code items}, {@code hash}: the file being read (name with {@code % TAB CR LF} escaped, empty
 * when none is open), how many of its items were taken, and the hash of what they were read from
 * ({@code -} when none);
 * <li>{@code reread}, only while files are read again after a change before the cursor: how many files, first in
 * name order, are handed out one whole file a batch, so that a file whose rows changed is refused whole ({@link #reread}).
 * </ul>
 * Cursors of the earlier forms {@code csv-folder/2} (one line a file, {@code name TAB size TAB modified TAB items TAB
 * hash TAB complete}) and {@code csv-folder/1} are read too, as {@link #legacy} entries the source turns into this form.
 */
final class FolderCursor {
    static final String V3 = "csv-folder/3";
    static final String V2 = "csv-folder/2";
    static final String V1 = "csv-folder/1";

    /** What an old cursor said of one file; {@code hash} null (version 1) means its items are taken on trust. */
    static final class Legacy {
        final long size;
        final long modified;
        final int items;
        final String hash;
        final boolean complete;

        Legacy(long size, long modified, int items, String hash, boolean complete) {
            this.size = size;
            this.modified = modified;
            this.items = items;
            this.hash = hash;
            this.complete = complete;
        }
    }

    final int completed;
    final String digest;
    /** The file being read, or null between files. */
    final String file;
    final int items;
    /** Hash of the first {@link #items} items' source; null when none were taken, or taken on trust. */
    final String hash;
    /** Per file, from a version-1 or version-2 cursor; null for a version-3 cursor. */
    final Map<String, Legacy> legacy;
    /**
     * How many files, first in name order, are being read again after a change before the cursor and so are handed out
     * one whole file a batch, refused whole on a conflict with what is stored; 0 when none (the usual case, and then
     * not written).
     */
    final int reread;

    FolderCursor(int completed, String digest, String file, int items, String hash) {
        this(completed, digest, file, items, hash, null, 0);
    }

    FolderCursor(int completed, String digest, String file, int items, String hash, int reread) {
        this(completed, digest, file, items, hash, null, reread);
    }

    private FolderCursor(int completed, String digest, String file, int items, String hash, Map<String, Legacy> legacy,
            int reread) {
        this.completed = completed;
        this.digest = digest;
        this.file = file;
        this.items = items;
        this.hash = hash;
        this.legacy = legacy;
        this.reread = completed < reread ? reread : 0;
    }

    /** The cursor before everything. */
    static FolderCursor start() {
        return new FolderCursor(0, Prefix.ROOT.digest, null, 0, null);
    }

    static FolderCursor parse(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return start();
        }
        try {
            if (cursor.startsWith(V3 + "\t")) {
                String[] f = cursor.split("\t", -1);
                if (f.length != 6 && f.length != 7) {
                    throw new IllegalArgumentException(f.length + " fields; expected 6, or 7 while files are read again");
                }
                int reread = f.length == 7 ? Integer.parseInt(f[6], 36) : 0;
                int completed = Integer.parseInt(f[1], 36);
                if (completed < 0 || !f[2].matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("bad count or digest");
                }
                int items = Integer.parseInt(f[4], 36);
                if (items < 0 || (f[3].isEmpty() && items != 0)) {
                    throw new IllegalArgumentException("bad item count");
                }
                if (reread < 0) {
                    throw new IllegalArgumentException("bad count of files read again");
                }
                return new FolderCursor(completed, f[2], f[3].isEmpty() ? null : unescape(f[3]), items,
                        f[5].equals("-") ? null : f[5], reread);
            }
            String[] lines = cursor.split("\n", -1);
            boolean v1 = lines[0].equals(V1);
            if (!v1 && !lines[0].equals(V2)) {
                throw new RefusedInputException("Not a cursor of a CSV folder source: it should start with [" + V3
                        + "]; got [" + (cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor) + "]");
            }
            Map<String, Legacy> entries = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                String l = lines[i];
                if (l.isEmpty()) {
                    continue;
                }
                if (v1 && l.startsWith("+")) {
                    entries.put(URLDecoder.decode(l.substring(1), "UTF-8"), new Legacy(-2, -2, Integer.MAX_VALUE, null, true));
                } else if (v1 && l.startsWith("~")) {
                    int tab = l.indexOf('\t');
                    entries.put(URLDecoder.decode(l.substring(1, tab), "UTF-8"),
                            new Legacy(-2, -2, Integer.parseInt(l.substring(tab + 1)), null, false));
                } else if (!v1) {
                    String[] f = l.split("\t", -1);
                    if (f.length != 6) {
                        throw new IllegalArgumentException("line " + (i + 1) + " has " + f.length + " fields; expected 6");
                    }
                    entries.put(unescape(f[0]), new Legacy(Long.parseLong(f[1], 36), Long.parseLong(f[2], 36),
                            Integer.parseInt(f[3], 36), f[4], f[5].equals("1")));
                } else {
                    throw new IllegalArgumentException("line " + (i + 1));
                }
            }
            return new FolderCursor(0, Prefix.ROOT.digest, null, 0, null, Collections.unmodifiableMap(entries), 0);
        } catch (RuntimeException | UnsupportedEncodingException e) {
            if (e instanceof RefusedInputException) {
                throw (RefusedInputException) e;
            }
            throw new RefusedInputException("Malformed CSV folder cursor (" + e.getMessage() + "): ["
                    + (cursor.length() > 200 ? cursor.substring(0, 200) + "…" : cursor) + "]", e);
        }
    }

    @Override
    public String toString() {
        return V3 + '\t' + Integer.toString(completed, 36) + '\t' + digest + '\t' + (file == null ? "" : escape(file)) + '\t'
                + Integer.toString(items, 36) + '\t' + (hash == null ? "-" : hash)
                + (reread > 0 ? "\t" + Integer.toString(reread, 36) : "");
    }

    /** A file name with {@code %}, tab, CR and LF escaped as {@code %25 %09 %0D %0A}; Chinese stays as it is (short). */
    static String escape(String name) {
        StringBuilder s = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '%': s.append("%25"); break;
                case '\t': s.append("%09"); break;
                case '\r': s.append("%0D"); break;
                case '\n': s.append("%0A"); break;
                default: s.append(c);
            }
        }
        return s.toString();
    }

    static String unescape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                s.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is on every Java runtime", e);
        }
    }

    static String hex(byte[] digest, int bytes) {
        char[] out = new char[bytes * 2];
        String digits = "0123456789abcdef";
        for (int i = 0; i < bytes; i++) {
            out[2 * i] = digits.charAt((digest[i] >> 4) & 0xF);
            out[2 * i + 1] = digits.charAt(digest[i] & 0xF);
        }
        return new String(out);
    }

    /**
     * The completed files, first in name order, as a chain: each link adds one file to the running SHA-256 and
     * remembers the size and modification time it had, so that a source can tell without reading it again that a
     * file it completed itself is unchanged. Immutable.
     */
    static final class Prefix {
        static final Prefix ROOT = new Prefix();

        final Prefix parent;
        final int count;
        final String name;
        /** Size and modification time (ms) when read; -1 when unknown (the file could not be listed). */
        final long size;
        final long modified;
        private final MessageDigest state;
        final String digest;

        private Prefix() {
            this.parent = null;
            this.count = 0;
            this.name = null;
            this.size = -1;
            this.modified = -1;
            this.state = sha256();
            this.digest = digestOf(state);
        }

        private Prefix(Prefix parent, String name, long size, long modified, MessageDigest state) {
            this.parent = parent;
            this.count = parent.count + 1;
            this.name = name;
            this.size = size;
            this.modified = modified;
            this.state = state;
            this.digest = digestOf(state);
        }

        /**
         * This prefix and one more file: its name, its length in bytes, the SHA-256 of its bytes, whether it was
         * refused; {@code size} and {@code modified} are what the file system said when it was read.
         */
        Prefix then(String fileName, long length, byte[] contentHash, boolean refused, long size, long modified) {
            MessageDigest next = copy(state);
            byte[] n = fileName.getBytes(StandardCharsets.UTF_8);
            next.update(n);
            next.update((byte) 0);
            for (int shift = 56; shift >= 0; shift -= 8) {
                next.update((byte) (length >>> shift));
            }
            next.update(contentHash);
            next.update((byte) (refused ? 1 : 0));
            return new Prefix(this, fileName, size, modified, next);
        }

        private static String digestOf(MessageDigest state) {
            return hex(copy(state).digest(), 32);
        }

        private static MessageDigest copy(MessageDigest d) {
            try {
                return (MessageDigest) d.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError("SHA-256 digests clone on every Java 8+ runtime", e);
            }
        }
    }
}
