package org.kaoping.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kaoping.testkit.contract.ContractSupport.rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.EvidenceBatch;
import org.kaoping.spi.EvidenceSource;

/**
 * The contract of {@link EvidenceSource}, as JUnit 5 tests that a source's own test class inherits:
 * paging by cursor, repeatable cursors, stable ids, incremental reads, thread-safety. Failure messages
 * start with {@code rule: …}.
 *
 * <p>{@link #newSource(Path)} returns a source holding at least two records (its test data, e.g. an
 * export folder written into {@code dir}); {@link #appendMore(EvidenceSource, Path)} lets the incremental
 * rule run if the source can grow in a test.
 */
@API(status = API.Status.STABLE)
public abstract class EvidenceSourceContract {
    /** A fresh, empty directory for each test, for the source's files. */
    @TempDir
    protected Path dir;

    /** The source under test. */
    protected EvidenceSource source;

    /** A source holding at least two records; it may read them from files it writes into {@code dir}. */
    protected abstract EvidenceSource newSource(Path dir) throws Exception;

    /**
     * A new instance over the same data, as after a host restart; the default calls
     * {@link #newSource(Path)} again on the same {@code dir}. A source over data held in memory returns
     * {@code source} itself or a new view of the same data.
     */
    protected EvidenceSource reopen(EvidenceSource source, Path dir) throws Exception {
        return newSource(dir);
    }

    /**
     * Makes at least one new record available after the existing ones (e.g. writes a new export file),
     * and returns true; returns false (the default) if the source cannot grow in a test, which skips the
     * incremental rule.
     */
    protected boolean appendMore(EvidenceSource source, Path dir) throws Exception {
        return false;
    }

    @BeforeEach
    final void openSource() throws Exception {
        source = newSource(dir);
        assertNotNull(source, "newSource(dir) returned null");
    }

    @Test
    @DisplayName("The source has a non-blank id and at least two records to test with")
    void hasIdAndData() {
        assertTrue(source.id() != null && !source.id().trim().isEmpty(), rule("a provider's id is never blank"));
        assertTrue(readAll(source, EvidenceSource.START, 1000).size() >= 2, "newSource(dir) must hold at least two records");
    }

    @Test
    @DisplayName("Paging from START with limit 1 or with a large limit yields the same records in the same order")
    void pageSizeDoesNotChangeWhatIsRead() {
        List<Evidence> one = readAll(source, EvidenceSource.START, 1);
        List<Evidence> big = readAll(source, EvidenceSource.START, 1000);
        assertEquals(big, one, rule("the page size never changes which records are read, nor their order"));
    }

    @Test
    @DisplayName("No batch holds more records than the limit asked for")
    void limitIsRespected() {
        String cursor = EvidenceSource.START;
        for (int i = 0; i < 10_000; i++) {
            EvidenceBatch b = source.fetch(cursor, 1);
            assertTrue(b.evidence().size() <= 1, rule("a batch holds at most limit records") + ": got " + b.evidence().size());
            if (!b.hasMore()) {
                return;
            }
            cursor = b.nextCursor();
        }
    }

    @Test
    @DisplayName("The same cursor yields the same evidence, ids and content, every time")
    void cursorsAreRepeatable() {
        EvidenceBatch first = source.fetch(EvidenceSource.START, 1);
        EvidenceBatch again = source.fetch(EvidenceSource.START, 1);
        assertEquals(first.evidence(), again.evidence(), rule("the same cursor yields the same evidence"));
        EvidenceBatch second = source.fetch(first.nextCursor(), 1);
        assertEquals(second.evidence(), source.fetch(first.nextCursor(), 1).evidence(), rule("the same cursor yields the same evidence"));
    }

    @Test
    @DisplayName("Evidence ids are unique across the whole source")
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Evidence e : readAll(source, EvidenceSource.START, 1000)) {
            assertTrue(seen.add(e.id()), rule("evidence ids are unique") + ": [" + e.id() + "] occurs twice");
        }
    }

    @Test
    @DisplayName("At the end hasMore is false, and fetching from the last cursor brings nothing new")
    void endIsStable() {
        String cursor = EvidenceSource.START;
        EvidenceBatch b;
        int guard = 0;
        do {
            b = source.fetch(cursor, 1000);
            cursor = b.nextCursor();
            assertTrue(++guard < 100_000, rule("paging ends"));
        } while (b.hasMore());
        assertFalse(b.hasMore());
        EvidenceBatch after = source.fetch(cursor, 1000);
        assertTrue(after.evidence().isEmpty(), rule("the last cursor brings nothing new until the source grows"));
        assertFalse(after.hasMore(), rule("the last cursor has nothing more"));
    }

    @Test
    @DisplayName("A limit below 1 is refused with an exception")
    void badLimitIsRefused() {
        assertThrows(RuntimeException.class, () -> source.fetch(EvidenceSource.START, 0), rule("a limit of 0 is refused"));
        assertThrows(RuntimeException.class, () -> source.fetch(EvidenceSource.START, -1), rule("a negative limit is refused"));
    }

    @Test
    @DisplayName("After a restart the same cursors yield the same evidence (cursors may be persisted)")
    void cursorsSurviveReopen() throws Exception {
        List<Evidence> before = readAll(source, EvidenceSource.START, 1);
        String middle = source.fetch(EvidenceSource.START, 1).nextCursor();
        List<Evidence> fromMiddle = readAll(source, middle, 1000);
        EvidenceSource again = reopen(source, dir);
        assertEquals(before, readAll(again, EvidenceSource.START, 1), rule("a new instance yields the same evidence from START"));
        assertEquals(fromMiddle, readAll(again, middle, 1000), rule("a cursor from before a restart stays valid after it"));
    }

    @Test
    @DisplayName("Incremental: records added later come from the last cursor, and only they")
    void incremental() throws Exception {
        List<Evidence> before = readAll(source, EvidenceSource.START, 1000);
        String last = lastCursor(source, EvidenceSource.START);
        assumeTrue(appendMore(source, dir), "the source cannot grow in a test: appendMore returned false");
        List<Evidence> added = readAll(source, last, 1000);
        assertFalse(added.isEmpty(), rule("records added later are read from the last cursor"));
        Set<String> old = new HashSet<>();
        for (Evidence e : before) {
            old.add(e.id());
        }
        for (Evidence e : added) {
            assertFalse(old.contains(e.id()), rule("the last cursor yields only new records") + ": [" + e.id() + "] was read before");
        }
        List<Evidence> all = new ArrayList<>(before);
        all.addAll(added);
        assertEquals(all, readAll(source, EvidenceSource.START, 1000), rule("old records keep their place; new ones come after"));
    }

    @Test
    @DisplayName("Thread-safe: readers of the same cursors at once get the same evidence")
    void concurrentReadersAgree() throws Exception {
        final List<Evidence> expected = readAll(source, EvidenceSource.START, 1);
        List<Callable<List<Evidence>>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            jobs.add(() -> readAll(source, EvidenceSource.START, 1));
        }
        for (List<Evidence> got : ContractSupport.runAtOnce(jobs)) {
            assertEquals(expected, got, rule("concurrent readers of the same cursors get the same evidence"));
        }
    }

    /** Every record from {@code cursor} to the end, fetching {@code limit} at a time. */
    protected static List<Evidence> readAll(EvidenceSource source, String cursor, int limit) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            EvidenceBatch b = source.fetch(cursor, limit);
            out.addAll(b.evidence());
            if (!b.hasMore()) {
                return out;
            }
            if (b.evidence().isEmpty() && b.nextCursor().equals(cursor)) {
                throw new AssertionError(rule("a batch that says hasMore either holds records or moves the cursor")
                        + ": stuck at cursor [" + cursor + "]");
            }
            cursor = b.nextCursor();
        }
        throw new AssertionError(rule("paging ends"));
    }

    private static String lastCursor(EvidenceSource source, String cursor) {
        EvidenceBatch b;
        do {
            b = source.fetch(cursor, 1000);
            cursor = b.nextCursor();
        } while (b.hasMore());
        return cursor;
    }
}
