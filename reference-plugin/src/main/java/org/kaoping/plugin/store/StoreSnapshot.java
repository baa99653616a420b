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
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.json.EvidenceJson;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

/**
 * The journal store's snapshot file, {@value #FILE}: the store's state (evidence in order, the latest scorecards,
 * the audit trail) as of a position in each of its three journals, so that reopening replays only the journals'
 * tails. It is a cache of the journals, never a source of truth: it names, per journal, the last record it covers
 * and that record's chain hash, and is used only if the journal holds that very record (same position, same chain
 * hash), its format version is this one and its CRC-32 matches; otherwise it is ignored with a {@code WARNING} from
 * this class's logger and the store is rebuilt from the journals.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): the magic {@code KPSNAP01}, the format version, then per
 * journal (evidence, scorecards, audit) the covered sequence number and chain hash; the evidence count and the
 * evidence ({@link SnapshotEvidence}: judgements as binary fields with a shared string table, other kinds as JSON);
 * the scorecard and audit-event counts each followed by that many length-prefixed UTF-8 JSON texts
 * ({@link EvidenceJson}, the journals' own record form); last the CRC-32 of every byte before it. Written to a temporary file, forced, and
 * renamed over the old one, so a crash leaves the old snapshot or the new one, never half of one.
 */
final class StoreSnapshot {
    static final String FILE = "store.snapshot";
    static final String TEMP = FILE + ".tmp";
    static final int VERSION = 1;
    private static final long MAGIC = 0x4b50534e41503031L; // "KPSNAP01"
    private static final Logger LOG = Logger.getLogger(StoreSnapshot.class.getName());

    /** The last record of one journal that a snapshot covers: its sequence number (0 for none) and chain hash. */
    static final class Position {
        final long sequence;
        final String chainHash;

        Position(long sequence, String chainHash) {
            this.sequence = sequence;
            this.chainHash = chainHash;
        }

        @Override
        public String toString() {
            return "record " + sequence + " (chain hash " + chainHash + ")";
        }
    }

    /** A snapshot read back and checked. */
    static final class Loaded {
        /** Evidence, scorecards, audit: in that order. */
        final Position[] positions;
        final List<Evidence> evidence;
        final List<ScorecardRecord> scorecards;
        /** Numbered 1..n. */
        final List<AuditEvent> audit;

        Loaded(Position[] positions, List<Evidence> evidence, List<ScorecardRecord> scorecards, List<AuditEvent> audit) {
            this.positions = positions;
            this.evidence = evidence;
            this.scorecards = scorecards;
            this.audit = audit;
        }
    }

    private StoreSnapshot() {}

    /**
     * Writes the snapshot atomically (temporary file, fsync, rename, directory fsync).
     *
     * @param positions evidence, scorecards and audit journal positions the state covers
     */
    static void write(Path directory, Position[] positions, Collection<Evidence> evidence,
            Collection<ScorecardRecord> scorecards, List<AuditEvent> audit) throws IOException {
        Path temp = directory.resolve(TEMP);
        CRC32 crc = new CRC32();
        try (FileOutputStream file = new FileOutputStream(temp.toFile())) {
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), crc);
            DataOutputStream out = new DataOutputStream(checked);
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            for (Position p : positions) {
                out.writeLong(p.sequence);
                out.writeUTF(p.chainHash);
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
                text(out, EvidenceJson.toJson(a));
            }
            out.flush();
            // The checksum is of every byte before it, so it is written past the checked stream.
            DataOutputStream tail = new DataOutputStream(file);
            tail.writeLong(crc.getValue());
            tail.flush();
            file.getFD().sync();
        }
        Files.move(temp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        fsyncDirectory(directory);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads the snapshot in {@code directory} if there is one that {@code matchesJournals} accepts (given the
     * three positions it covers) and whose content is whole; otherwise logs why it is not used and returns
     * {@code null}. Never throws for a bad snapshot: the journals are the store's truth.
     *
     * @param expectRecords whether the journals hold records (a missing snapshot is then worth a warning)
     */
    static Loaded read(Path directory, Predicate<Position[]> matchesJournals, boolean expectRecords) {
        Path path = directory.resolve(FILE);
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            if (expectRecords) {
                LOG.warning("No snapshot " + path + ": the store is rebuilt from its journals (a snapshot is written on"
                        + " close)");
            }
            return null;
        } catch (IOException e) {
            return ignored(path, "it cannot be read: " + e);
        }
        try (InputStream file = Files.newInputStream(path)) {
            CRC32 crc = new CRC32();
            DataInputStream in = new DataInputStream(new CheckedInputStream(new BufferedInputStream(file, 1 << 16), crc));
            if (in.readLong() != MAGIC) {
                return ignored(path, "it is not a Kaoping store snapshot (bad magic number)");
            }
            int version = in.readInt();
            if (version != VERSION) {
                return ignored(path, "it has format version " + version + ", this build reads version " + VERSION);
            }
            Position[] positions = new Position[3];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = new Position(in.readLong(), in.readUTF());
            }
            if (!matchesJournals.test(positions)) {
                return ignored(path, "it covers evidence " + positions[0] + ", scorecards " + positions[1] + ", audit "
                        + positions[2] + ", which the journals do not hold (a stale snapshot of other records, or"
                        + " journals that were repaired or replaced)");
            }
            String source = path.toString();
            int count = count(in, size, "evidence");
            List<Evidence> evidence = new ArrayList<>(count);
            SnapshotEvidence.Reader reader = new SnapshotEvidence.Reader(in, size, source);
            for (int i = 0; i < count; i++) {
                evidence.add(reader.read(i + 1));
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
            long computed = crc.getValue();
            long stored = in.readLong(); // read after the checksum was taken, so not part of it
            if (stored != computed) {
                return ignored(path, String.format(Locale.ROOT, "checksum mismatch: stored crc %08x, computed %08x",
                        stored, computed));
            }
            if (in.read() >= 0) {
                return ignored(path, "bytes follow its checksum");
            }
            return new Loaded(positions, evidence, scorecards, audit);
        } catch (EOFException e) {
            return ignored(path, "it is truncated");
        } catch (IOException | RuntimeException e) {
            return ignored(path, "it cannot be read back: " + e);
        }
    }

    private static int count(DataInputStream in, long size, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > size) {
            throw new IOException("implausible count of " + what + ": " + n);
        }
        return n;
    }

    private static String text(DataInputStream in, long size) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > size) {
            throw new IOException("implausible text length " + n);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Loaded ignored(Path path, String why) {
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
