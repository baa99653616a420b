package org.kaoping.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * The results of a cycle as published for notice (公示) or finalized, with what they were derived from: per unit
 * the rubric and its version, rank, total and grade, and the evidence counted (ids with content hashes). Stored in
 * the audit trail, so that {@link Kaoping#verifyResult()} can re-score from the store later and name any difference.
 * Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ResultSnapshot {
    private final String planId;
    private final CycleState state;
    private final Instant takenAt;
    private final long sequence;
    private final List<UnitResult> units;

    private ResultSnapshot(String planId, CycleState state, Instant takenAt, long sequence, List<UnitResult> units) {
        this.planId = Objects.requireNonNull(planId, "planId must not be null");
        this.state = Objects.requireNonNull(state, "state must not be null");
        this.takenAt = Objects.requireNonNull(takenAt, "takenAt must not be null");
        this.sequence = sequence;
        this.units = Collections.unmodifiableList(new ArrayList<>(units));
    }

    static ResultSnapshot of(String planId, CycleState state, Instant takenAt, long sequence, List<UnitResult> units) {
        return new ResultSnapshot(planId, state, takenAt, sequence, units);
    }

    public String planId() {
        return planId;
    }

    /** {@link CycleState#NOTICE} for the results published for notice, {@link CycleState#FINAL} for the final ones. */
    public CycleState state() {
        return state;
    }

    public Instant takenAt() {
        return takenAt;
    }

    /** The sequence number of the audit event that holds the snapshot; 0 before it is stored. */
    public long sequence() {
        return sequence;
    }

    /** Every ranked unit's result, by rubric then rank. */
    public List<UnitResult> units() {
        return units;
    }

    /** The result of unit {@code unitId}, if it was ranked. */
    public Optional<UnitResult> unit(String unitId) {
        for (UnitResult u : units) {
            if (u.unitId().equals(unitId)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** One unit's result and the evidence it was derived from. Immutable. */
    @API(status = API.Status.EXPERIMENTAL)
    public static final class UnitResult {
        private final String unitId;
        private final String rubricId;
        private final String rubricVersion;
        private final int rank;
        private final Points total;
        private final String grade;
        private final Map<String, String> evidenceHashes;

        private UnitResult(String unitId, String rubricId, String rubricVersion, int rank, Points total, String grade,
                Map<String, String> evidenceHashes) {
            this.unitId = Objects.requireNonNull(unitId, "unitId must not be null");
            this.rubricId = Objects.requireNonNull(rubricId, "rubricId must not be null");
            this.rubricVersion = Objects.requireNonNull(rubricVersion, "rubricVersion must not be null");
            this.rank = rank;
            this.total = Objects.requireNonNull(total, "total must not be null");
            this.grade = Objects.requireNonNull(grade, "grade must not be null");
            this.evidenceHashes = Collections.unmodifiableMap(new LinkedHashMap<>(evidenceHashes));
        }

        static UnitResult of(String unitId, String rubricId, String rubricVersion, int rank, Points total, String grade,
                Map<String, String> evidenceHashes) {
            return new UnitResult(unitId, rubricId, rubricVersion, rank, total, grade, evidenceHashes);
        }

        UnitResult withResult(int rank, Points total, String grade) {
            return new UnitResult(unitId, rubricId, rubricVersion, rank, total, grade, evidenceHashes);
        }

        public String unitId() {
            return unitId;
        }

        public String rubricId() {
            return rubricId;
        }

        /** The rubric's own version at the time, e.g. {@code 2015.1.0}. */
        public String rubricVersion() {
            return rubricVersion;
        }

        public int rank() {
            return rank;
        }

        public Points total() {
            return total;
        }

        /** The grade's name, e.g. 优秀. */
        public String grade() {
            return grade;
        }

        /** Evidence id → content hash (SHA-256, lower-case hex) of every record scoring counted, in storage order. */
        public Map<String, String> evidenceHashes() {
            return evidenceHashes;
        }

        @Override
        public String toString() {
            return unitId + " (" + rubricId + " " + rubricVersion + "): rank " + rank + ", " + total + ", " + grade + ", "
                    + evidenceHashes.size() + " evidence record(s)";
        }
    }
}
