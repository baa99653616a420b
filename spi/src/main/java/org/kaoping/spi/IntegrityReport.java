package org.kaoping.spi;

import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * The outcome of walking a store's tamper-evident chain ({@link AssessmentStore#verifyIntegrity()}): how many
 * records were checked and, if the chain breaks, the first record that does not match and why. A store that keeps
 * no chain says so ({@link #chained()} is false) rather than claiming to be intact.
 */
@API(status = API.Status.STABLE)
public final class IntegrityReport {
    private final String storeId;
    private final boolean chained;
    private final long recordsChecked;
    private final String firstMismatch;
    private final String problem;

    private IntegrityReport(String storeId, boolean chained, long recordsChecked, String firstMismatch, String problem) {
        this.storeId = Objects.requireNonNull(storeId, "storeId must not be null");
        if (recordsChecked < 0) {
            throw new IllegalArgumentException("recordsChecked must not be negative; got " + recordsChecked);
        }
        this.chained = chained;
        this.recordsChecked = recordsChecked;
        this.firstMismatch = firstMismatch;
        this.problem = problem;
    }

    /** Every one of {@code recordsChecked} records of store {@code storeId} matches its link in the chain. */
    public static IntegrityReport intact(String storeId, long recordsChecked) {
        return new IntegrityReport(storeId, true, recordsChecked, null, null);
    }

    /**
     * The chain breaks at {@code place} (e.g. {@code "audit.jsonl line 17 (sequence 17)"} or
     * {@code "table kaoping_evidence, row id [e-12]"}) because of {@code problem}; {@code recordsChecked} counts the
     * records that matched before it.
     */
    public static IntegrityReport broken(String storeId, long recordsChecked, String place, String problem) {
        return new IntegrityReport(storeId, true, recordsChecked, Objects.requireNonNull(place, "place must not be null"),
                Objects.requireNonNull(problem, "problem must not be null"));
    }

    /** Store {@code storeId} keeps no tamper-evident chain, so nothing could be verified. */
    public static IntegrityReport notChained(String storeId) {
        return new IntegrityReport(storeId, false, 0, null, null);
    }

    /** The id of the store that was checked. */
    public String storeId() {
        return storeId;
    }

    /** Whether the store keeps a chain at all; false means nothing was verified. */
    public boolean chained() {
        return chained;
    }

    /** True only for a chained store whose every record matched. */
    public boolean isIntact() {
        return chained && firstMismatch == null;
    }

    /** How many records matched their link before the walk ended or broke. */
    public long recordsChecked() {
        return recordsChecked;
    }

    /** Where the chain first breaks, if it does. */
    public Optional<String> firstMismatch() {
        return Optional.ofNullable(firstMismatch);
    }

    /** Why the record at {@link #firstMismatch()} does not match, if the chain breaks. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        if (!chained) {
            return "store " + storeId + " keeps no tamper-evident chain; nothing verified";
        }
        return firstMismatch == null ? "store " + storeId + ": chain intact over " + recordsChecked + " record(s)"
                : "store " + storeId + ": chain broken at " + firstMismatch + " after " + recordsChecked
                        + " matching record(s): " + problem;
    }
}
