package org.kaoping.plugin.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import com.google.common.io.BaseEncoding;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

/**
 * The journal store's snapshot file, {@value #FILE}: the store's state (evidence in order, the latest scorecards,
 * the audit trail) as of a position in each of its three journals, so that reopening replays only the journals'
 * tails. It names, per journal, the last record it covers (sequence number, chain hash, byte offset of its line),
 * and is anchored in the hash chain by a {@link SnapshotAnchor} record of {@code audit.jsonl} holding its SHA-256.
 * It is used only if each journal holds the record it names, the anchor follows the covered audit record and holds
 * this file's SHA-256, its format version is this one and its CRC-32 matches; otherwise it is ignored with a
 * {@code WARNING} from this class's logger and the store is rebuilt from the journals.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): the magic {@code KPSNAP01}, the format version, then per
 * journal (evidence, scorecards, audit) the covered sequence number, chain hash and line offset; the evidence count and the
 * evidence ({@link SnapshotEvidence}: judgements as binary fields with a shared string table, other kinds as JSON);
 * the scorecard and audit-event counts each followed by that many length-prefixed UTF-8 JSON texts
 * ({@link EvidenceJson}, the journals' own record form); last the CRC-32 of every byte before it. Written to a
 * temporary file and forced ({@link #write}), anchored by the store, then renamed over the old one ({@link #install}),
 * so a crash leaves the old snapshot or the new one, never half of one, and never a snapshot without its anchor.
 */
final class StoreSnapshot {
    static final String FILE = "store.snapshot";
    static final String TEMP = FILE + ".tmp";
    static final int VERSION = 2;
    private static final long MAGIC = 0x4b50534e41503031L; // "KPSNAP01"
    private static final Logger LOG = Logger.getLogger(StoreSnapshot.class.getName());

    /**
     * The last record of one journal that a snapshot covers: its sequence number (0 for none), chain hash and the
     * byte offset of its line (0 for none; -1 where not known).
     */
    static final class Position {
        final long sequence;
        final String chainHash;
        final long offset;

        Position(long sequence, String chainHash, long offset) {
            this.sequence = sequence;
            this.chainHash = chainHash;
            this.offset = offset;
        }

        /** The journal checkpoint this position names; null for none (sequence 0) or a bad hash. */
        org.kaoping.plugin.journal.Journal.Checkpoint checkpoint() {
            if (sequence < 1 || offset < 0 || !chainHash.matches("[0-9a-f]{64}")) {
                return null;
            }
            return new org.kaoping.plugin.journal.Journal.Checkpoint(sequence, offset, chainHash);
        }

        boolean sameAs(Position other) {
            return sequence == other.sequence && offset == other.offset && chainHash.equals(other.chainHash);
        }

        @Override
        public String toString() {
            return "record " + sequence + " (chain hash " + chainHash + ")";
        }
    }

    /**
     * The head of the snapshot file, read before the journals are opened: the positions it covers, or why it cannot
     * be used (missing, unreadable, not a snapshot, another format version). Not yet checked against anything.
     */
    static final class Header {
        /** Evidence, scorecards, audit; null if the snapshot cannot be used. */
        final Position[] positions;
        /** Why the snapshot cannot be used; null if it may be. */
        final String problem;
        final boolean missing;

        private Header(Position[] positions, String problem, boolean missing) {
            this.positions = positions;
            this.problem = problem;
            this.missing = missing;
        }

        /** Logs why this snapshot is not used (a missing one only if the journals hold records). */
        void logUnused(Path directory, boolean expectRecords) {
            if (missing) {
                if (expectRecords) {
                    LOG.warning("No snapshot " + directory.resolve(FILE) + ": the store is rebuilt from its journals (a"
                            + " snapshot is written on close)");
                }
            } else if (problem != null) {
                ignored(directory.resolve(FILE), problem);
            }
        }
    }

    /** A snapshot read back and checked. */
    static final class Loaded {
        /** Evidence, scorecards, audit: in that order. */
        final Position[] positions;
        /** The evidence in order, as the columns the store holds (ids distinct). */
        final EvidenceColumns.Builder evidence;
        final List<ScorecardRecord> scorecards;
        /** Numbered 1..n. */
        final List<AuditEvent> audit;
        /** The SHA-256 of the whole file, lower-case hex. */
        final String sha256;

        Loaded(Position[] positions, EvidenceColumns.Builder evidence, List<ScorecardRecord> scorecards, List<AuditEvent> audit,
                String sha256) {
            this.positions = positions;
            this.evidence = evidence;
            this.scorecards = scorecards;
            this.audit = audit;
            this.sha256 = sha256;
        }
    }

    private StoreSnapshot() {}

    /**
     * Writes the snapshot to the temporary file {@value #TEMP} and forces it; {@link #install} puts it in place once
     * the store has anchored it.
     *
     * @param positions evidence, scorecards and audit journal positions the state covers
     * @return the SHA-256 of the file, lower-case hex
     */
    static String write(Path directory, Position[] positions, Collection<Evidence> evidence,
            Collection<ScorecardRecord> scorecards, List<AuditEvent> audit) throws IOException {
        Path temp = directory.resolve(TEMP);
        CRC32 crc = new CRC32();
        MessageDigest sha = sha256();
        try (FileOutputStream file = new FileOutputStream(temp.toFile())) {
            DigestOutputStream digested = new DigestOutputStream(file, sha);
            // the CRC below the buffer, updated a buffer at a time (above it, it costs a call per byte)
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(digested, crc),
                    1 << 16));
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            for (Position p : positions) {
                out.writeLong(p.sequence);
                out.writeUTF(p.chainHash);
                out.writeLong(p.offset);
            }
            out.writeInt(evidence.size());
            SnapshotEvidence.Writer writer = new SnapshotEvidence.Writer(out);
            for (Evidence e : evidence) {
                writer.write(e);
            }
            out.writeInt(scorecards.size());
            for (ScorecardRecord s : scorecards) {
                text(out, EvidenceJson.toJson(s));
            }
            out.writeInt(audit.size());
            for (AuditEvent a : audit) {
                text(out, EvidenceText.audit(a)); // the same text, without Jackson
            }
            out.flush();
            // The checksum is of every byte before it, so it is written past the checked stream (the digest is of
            // the whole file, so it is not).
            DataOutputStream tail = new DataOutputStream(digested);
            tail.writeLong(crc.getValue());
            tail.flush();
            file.getFD().sync();
        }
        return BaseEncoding.base16().lowerCase().encode(sha.digest());
    }

    /** Renames the temporary file {@link #write} wrote over the snapshot, atomically, and forces the directory. */
    static void install(Path directory) throws IOException {
        Files.move(directory.resolve(TEMP), directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        fsyncDirectory(directory);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Reads the snapshot's head (never throws for a bad snapshot). */
    static Header header(Path directory) {
        Path path = directory.resolve(FILE);
        try (InputStream file = Files.newInputStream(path)) {
            SnapshotInput in = new SnapshotInput(file, Long.MAX_VALUE, sha256());
            String problem = magicAndVersion(in);
            return problem != null ? new Header(null, problem, false) : new Header(positions(in), null, false);
        } catch (NoSuchFileException e) {
            return new Header(null, "it is missing", true);
        } catch (EOFException e) {
            return new Header(null, "it is truncated", false);
        } catch (IOException | RuntimeException e) {
            return new Header(null, "it cannot be read: " + e, false);
        }
    }

    private static String magicAndVersion(SnapshotInput in) throws IOException {
        if (in.readLong() != MAGIC) {
            return "it is not a Kaoping store snapshot (bad magic number)";
        }
        int version = in.readInt();
        if (version != VERSION) {
            return "it has format version " + version + ", this build reads version " + VERSION;
        }
        return null;
    }

    private static Position[] positions(SnapshotInput in) throws IOException {
        Position[] positions = new Position[3];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = new Position(in.readLong(), in.readAsciiUtf(), in.readLong());
        }
        return positions;
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads the whole snapshot in {@code directory}, whose head must still be {@code expected}, and its SHA-256 if
     * its content is whole; otherwise logs why it is not used and returns {@code null}. Never throws for a bad
     * snapshot: the journals are the store's truth.
     */
    static Loaded read(Path directory, Position[] expected) {
        Path path = directory.resolve(FILE);
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            return ignored(path, "it cannot be read: " + e);
        }
        MessageDigest sha = sha256();
        try (InputStream file = Files.newInputStream(path)) {
            SnapshotInput in = new SnapshotInput(file, size, sha);
            String problem = magicAndVersion(in);
            if (problem != null) {
                return ignored(path, problem);
            }
            Position[] positions = positions(in);
            for (int i = 0; i < positions.length; i++) {
                if (!positions[i].sameAs(expected[i])) {
                    return ignored(path, "it was replaced while the store was being opened");
                }
            }
            String source = path.toString();
            int count = count(in, size, "evidence");
            // straight into the columns the store holds: a list of a million values first would be held beside them
            // until the end of the load (several times the heap of the columns, and young collections that copy it)
            EvidenceColumns.Builder evidence = EvidenceColumns.builder();
            SnapshotEvidence.Reader reader = new SnapshotEvidence.Reader(in, size, source);
            for (int i = 0; i < count; i++) {
                Evidence e = reader.read(i + 1);
                if (evidence.indexOf(e.id()) >= 0) {
                    return ignored(path, "it holds evidence [" + e.id() + "] twice");
                }
                evidence.add(e);
            }
            count = count(in, size, "scorecards");
            List<ScorecardRecord> scorecards = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                scorecards.add(EvidenceJson.parseScorecard(text(in, size), source + " scorecard " + (i + 1)));
            }
            count = count(in, size, "audit events");
            List<AuditEvent> audit = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                AuditEvent a = EvidenceJson.parseAuditEvent(text(in, size), source + " audit event " + (i + 1));
                if (a.sequence() != i + 1) {
                    return ignored(path, "its audit event " + (i + 1) + " has sequence number " + a.sequence());
                }
                audit.add(a);
            }
            long computed = in.crc();
            long stored = in.readLong(); // read after the checksum was taken, so not part of it
            if (stored != computed) {
                return ignored(path, String.format(Locale.ROOT, "checksum mismatch: stored crc %08x, computed %08x",
                        stored, computed));
            }
            if (in.read() >= 0) {
                return ignored(path, "bytes follow its checksum");
            }
            return new Loaded(positions, evidence, scorecards, audit, BaseEncoding.base16().lowerCase().encode(sha.digest()));
        } catch (EOFException e) {
            return ignored(path, "it is truncated");
        } catch (IOException | RuntimeException e) {
            return ignored(path, "it cannot be read back: " + e);
        }
    }

    private static int count(SnapshotInput in, long size, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > size) {
            throw new IOException("implausible count of " + what + ": " + n);
        }
        return n;
    }

    private static String text(SnapshotInput in, long size) throws IOException {
        return SnapshotEvidence.text(in, size);
    }

    static Loaded ignored(Path path, String why) {
        LOG.warning("Ignoring the snapshot " + path + ": " + why + "; the store is rebuilt from its journals, which"
                + " hold every record");
        return null;
    }

    /** Removes the snapshot (and a temporary one left by a crash), e.g. when the journals are emptied. */
    static void delete(Path directory) throws IOException {
        Files.deleteIfExists(directory.resolve(TEMP));
        Files.deleteIfExists(directory.resolve(FILE));
    }

    private static void fsyncDirectory(Path dir) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (os.startsWith("linux")) {
                throw e;
            }
            LOG.log(Level.CONFIG, "Cannot fsync directory " + dir + " on " + os + "; continuing", e);
        }
    }
}
