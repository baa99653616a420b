package org.kaoping.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.spi.EvidenceBatch;
import org.kaoping.spi.EvidenceSource;

/**
 * A base for {@link EvidenceSource}s whose evidence is a list that only grows at its end (an export
 * folder read in file order, a table read by insertion order): it pages that list by position, so an
 * adapter implements only {@link #snapshot()} and {@link #id()}.
 *
 * <p>The cursor is the decimal position of the next record ({@link EvidenceSource#START} is 0). The
 * subclass must keep earlier records at their positions with the same ids; records appended later are
 * picked up from the last cursor. Thread-safe if {@link #snapshot()} is.
 */
@API(status = API.Status.STABLE)
public abstract class AbstractEvidenceSource implements EvidenceSource {
    /** The most a single fetch returns, whatever limit is asked for. */
    public static final int MAX_LIMIT = 10_000;

    /**
     * Every record available now, oldest first. Called once per {@link #fetch}; a snapshot must be
     * consistent (not a view that changes while it is read).
     */
    protected abstract List<? extends Evidence> snapshot();

    @Override
    public final EvidenceBatch fetch(String cursor, int limit) {
        Objects.requireNonNull(cursor, "cursor must not be null");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1; got " + limit + " (EvidenceSource " + id() + ")");
        }
        int from = position(cursor);
        List<? extends Evidence> all = snapshot();
        if (from > all.size()) {
            throw new RefusedInputException("EvidenceSource " + id() + ": cursor [" + cursor + "] lies beyond the "
                    + all.size() + " record(s) it holds; was evidence removed?");
        }
        int to = (int) Math.min(all.size(), (long) from + Math.min(limit, MAX_LIMIT));
        List<Evidence> page = new ArrayList<>(all.subList(from, to));
        return EvidenceBatch.of(page, Integer.toString(to), to < all.size());
    }

    private int position(String cursor) {
        if (cursor.isEmpty()) {
            return 0;
        }
        try {
            int p = Integer.parseInt(cursor);
            if (p >= 0) {
                return p;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("EvidenceSource " + id() + ": cursor [" + cursor
                + "] is not one it returned; expected START (\"\") or a non-negative position");
    }
}
