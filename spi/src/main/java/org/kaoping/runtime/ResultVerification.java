package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * What {@link Kaoping#verifyResult()} found when it re-scored a cycle from the store and compared it with the
 * stored {@link ResultSnapshot}: nothing, or every difference by unit (an evidence record changed, removed or
 * added; a rubric version, total, grade or rank that differs). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ResultVerification {
    private final ResultSnapshot snapshot;
    private final List<Difference> differences;

    private ResultVerification(ResultSnapshot snapshot, List<Difference> differences) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot must not be null");
        this.differences = Collections.unmodifiableList(new ArrayList<>(differences));
    }

    static ResultVerification of(ResultSnapshot snapshot, List<Difference> differences) {
        return new ResultVerification(snapshot, differences);
    }

    /** The snapshot compared with: the final one if the cycle is final, else the one published for notice. */
    public ResultSnapshot snapshot() {
        return snapshot;
    }

    /** True if re-scoring from the store gives the stored result from the same evidence. */
    public boolean matches() {
        return differences.isEmpty();
    }

    /** The differences, by unit in the snapshot's order. */
    public List<Difference> differences() {
        return differences;
    }

    @Override
    public String toString() {
        return matches() ? "result of plan " + snapshot.planId() + " verified: " + snapshot.units().size() + " unit(s) match"
                : differences.size() + " difference(s): " + differences;
    }

    /** One difference between the stored result and a re-scoring from the store. Immutable. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class Difference {
        /** What differs. */
        @API(status = API.Status.EXPERIMENTAL)
        public enum Kind {
            /** A counted evidence record's content is not what it was ({@code subject} is its id; hashes compared). */
            EVIDENCE_CHANGED,
            /** A counted evidence record is no longer stored or no longer counted. */
            EVIDENCE_REMOVED,
            /** A record is counted now that was not ({@code subject} is its id). */
            EVIDENCE_ADDED,
            /** The unit's rubric is now another one or another version. */
            RUBRIC_CHANGED,
            /** The unit's total differs. */
            TOTAL_CHANGED,
            /** The unit's grade differs. */
            GRADE_CHANGED,
            /** The unit's rank differs. */
            RANK_CHANGED,
            /** The unit is no longer ranked (gone from the org directory, not assessed or not scorable). */
            UNIT_MISSING
        }

        private final Kind kind;
        private final String unitId;
        private final String subject;
        private final String expected;
        private final String actual;

        private Difference(Kind kind, String unitId, String subject, String expected, String actual) {
            this.kind = Objects.requireNonNull(kind, "kind must not be null");
            this.unitId = Objects.requireNonNull(unitId, "unitId must not be null");
            this.subject = Objects.requireNonNull(subject, "subject must not be null");
            this.expected = Objects.requireNonNull(expected, "expected must not be null");
            this.actual = Objects.requireNonNull(actual, "actual must not be null");
        }

        static Difference of(Kind kind, String unitId, String subject, String expected, String actual) {
            return new Difference(kind, unitId, subject, expected, actual);
        }

        public Kind kind() {
            return kind;
        }

        public String unitId() {
            return unitId;
        }

        /** The evidence id for an evidence difference; the rubric id otherwise. */
        public String subject() {
            return subject;
        }

        /** The stored value (a hash, total, grade, rank or rubric version); empty if there was none. */
        public String expected() {
            return expected;
        }

        /** The value found now; empty if there is none. */
        public String actual() {
            return actual;
        }

        @Override
        public String toString() {
            return kind + " unit [" + unitId + "] [" + subject + "]: stored [" + expected + "], now [" + actual + "]";
        }
    }
}
