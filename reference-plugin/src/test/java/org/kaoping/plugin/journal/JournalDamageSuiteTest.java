package org.kaoping.plugin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal-damage suite (issue 11): on a small journal whose manifest acknowledges every record, every byte
 * flipped (with and without its line's CRC recomputed), every byte turned into a newline, the file cut at every
 * offset, each line duplicated, deleted and swapped with the next, and every byte of the manifest flipped. Every
 * case must either reopen with every acknowledged record, unchanged, or refuse naming the file, line and byte
 * offset and leave the file as it was; a sample of the refused cases is repaired, and the repair must move the
 * damaged bytes aside without losing one. Silent losses: 0.
 */
class JournalDamageSuiteTest {
    private static final int RECORDS = 6;

    private static List<String> payloads() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= RECORDS; i++) {
            out.add("{\"id\":\"e-" + i + "\",\"unit\":\"合浦县\",\"note\":\"第" + i + "条 \\\"引\\\"\"}");
        }
        return out;
    }

    private final Map<String, int[]> counts = new TreeMap<>(); // kind -> {cases, reopened, refused}
    private final List<String> failures = new ArrayList<>();
    private int caseNo;
    private int repaired;

    @Test
    void everyDamageEitherReopensWithEveryAcknowledgedRecordOrIsRefusedNamingThePlace(@TempDir Path root)
            throws IOException {
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        Path original = root.resolve("original");
        try (Journal journal = Journal.open(original)) {
            journal.appendAll(payloads());
        }
        byte[] bytes = Files.readAllBytes(original.resolve("journal.jsonl"));
        byte[] manifest = Files.readAllBytes(original.resolve("journal.manifest"));
        List<Integer> starts = JournalTestSupport.lineStarts(bytes); // starts of lines 1..6, then the length

        for (int i = 0; i < bytes.length; i++) {
            byte[] d = bytes.clone();
            d[i] ^= 0x01;
            run(root, "flip", d, manifest);
            byte[] n = bytes.clone();
            if (n[i] != '\n') {
                n[i] = '\n';
                run(root, "newline", n, manifest);
            }
            int line = lineOf(starts, i);
            int lineEnd = starts.get(line + 1) - 1; // the newline
            if (i < lineEnd - 18) { // a byte the CRC covers: flip it and recompute the CRC, as a forger would
                byte[] f = bytes.clone();
                f[i] ^= 0x01;
                JournalDamage.recomputeCrc(f, starts.get(line), lineEnd);
                run(root, "flip+crc", f, manifest);
            }
        }
        for (int cut = 0; cut < bytes.length; cut++) {
            run(root, "truncate", Arrays.copyOf(bytes, cut), manifest);
        }
        List<byte[]> lines = new ArrayList<>();
        for (int k = 0; k < RECORDS; k++) {
            lines.add(Arrays.copyOfRange(bytes, starts.get(k), starts.get(k + 1)));
        }
        for (int k = 0; k < RECORDS; k++) {
            List<byte[]> dup = new ArrayList<>(lines);
            dup.add(k + 1, lines.get(k));
            run(root, "duplicate", join(dup), manifest);
            List<byte[]> del = new ArrayList<>(lines);
            del.remove(k);
            run(root, "delete", join(del), manifest);
            if (k + 1 < RECORDS) {
                List<byte[]> swap = new ArrayList<>(lines);
                swap.set(k, lines.get(k + 1));
                swap.set(k + 1, lines.get(k));
                run(root, "reorder", join(swap), manifest);
            }
        }
        for (int i = 0; i < manifest.length; i++) {
            byte[] m = manifest.clone();
            m[i] ^= 0x01;
            run(root, "manifest-flip", bytes, m);
        }

        int cases = 0;
        int reopened = 0;
        int refused = 0;
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            cases += e.getValue()[0];
            reopened += e.getValue()[1];
            refused += e.getValue()[2];
            table.append(String.format("  %-14s %5d cases: %5d reopened intact, %5d refused naming the place%n",
                    e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]));
        }
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        System.out.printf("journal damage suite: %d cases on a %d-byte journal of %d records; %d reopened with every"
                + " acknowledged record, %d refused naming file, line and offset (%d of them repaired and reopened);"
                + " silent losses %d; %.1f s CPU, %.1f s wall%n%s", cases, bytes.length, RECORDS, reopened, refused,
                repaired, failures.size(), cpu, wall, table);
        assertEquals(new ArrayList<String>(), failures, "silent losses or unnamed refusals");
        assertEquals(cases, reopened + refused);
        assertTrue(cases > 3 * bytes.length, "every byte and every offset was tried: " + cases);
    }

    private void run(Path root, String kind, byte[] damaged, byte[] manifest) throws IOException {
        int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
        c[0]++;
        Path dir = root.resolve("case"); // one directory, both files rewritten for each case
        Files.createDirectories(dir);
        caseNo++;
        Path file = dir.resolve("journal.jsonl");
        Files.write(file, damaged);
        Files.write(dir.resolve("journal.manifest"), manifest);
        String what = kind + " case " + caseNo;
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture()) {
            List<JournalRecord> records;
            try (Journal journal = Journal.open(dir)) {
                records = journal.read(1);
            }
            c[1]++;
            List<String> expected = payloads();
            if (records.size() < RECORDS) {
                failures.add(what + ": reopened with " + records.size() + " of " + RECORDS + " acknowledged records");
                return;
            }
            for (int k = 0; k < RECORDS; k++) {
                if (!records.get(k).payload().equals(expected.get(k))) {
                    failures.add(what + ": record " + (k + 1) + " reopened changed: " + records.get(k).payload());
                    return;
                }
            }
        } catch (JournalCorruptedException e) {
            c[2]++;
            if (!e.getMessage().contains(file.toRealPath().toString()) || e.line() < 1 || e.offset() < 0
                    || !e.getMessage().contains("line " + e.line()) || !e.getMessage().contains("byte offset " + e.offset())) {
                failures.add(what + ": refused without naming file, line and offset: " + e.getMessage());
            }
            if (!Arrays.equals(damaged, Files.readAllBytes(file))) {
                failures.add(what + ": the refused file was changed");
            }
            if (caseNo % 50 == 0) {
                repairAndReopen(dir, damaged, what);
            }
        } catch (RuntimeException e) {
            failures.add(what + ": " + e);
        }
    }

    /** The repair keeps a prefix and moves the rest aside, byte for byte; the journal then opens. */
    private void repairAndReopen(Path dir, byte[] damaged, String what) throws IOException {
        try (JournalTestSupport.LogCapture log = new JournalTestSupport.LogCapture()) {
            JournalRepair r = Journal.repair(dir, Journal.DEFAULT_NAME);
            byte[] kept = Files.readAllBytes(dir.resolve("journal.jsonl"));
            byte[] moved = r.sideFile().isPresent() ? Files.readAllBytes(r.sideFile().get()) : new byte[0];
            byte[] both = new byte[kept.length + moved.length];
            System.arraycopy(kept, 0, both, 0, kept.length);
            System.arraycopy(moved, 0, both, kept.length, moved.length);
            if (!Arrays.equals(damaged, both)) {
                failures.add(what + ": repair lost or changed bytes: " + r);
            }
            try (Journal journal = Journal.open(dir)) {
                if (journal.lastSequence() != r.keptRecords()) {
                    failures.add(what + ": after repair " + journal.lastSequence() + " records, repair said " + r.keptRecords());
                }
            }
            repaired++;
        } catch (RuntimeException e) {
            failures.add(what + ": repair failed: " + e);
        }
    }

    private static int lineOf(List<Integer> starts, int offset) {
        int line = 0;
        while (starts.get(line + 1) <= offset) {
            line++;
        }
        return line;
    }

    private static byte[] join(List<byte[]> parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
