package org.kaoping.plugin.plan;

import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;

/**
 * The rubric one kind of unit is assessed by, in a plan file: a rubric id (built in, or from a rubric directory)
 * or a rubric JSON file (relative to the plan file), and the criterion the unit's late and missing self-reports
 * are deducted from (none: no self-report deductions for that kind).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RubricChoice {
    private final OrgKind kind;
    private final String rubricId;
    private final String file;
    private final String selfReportCriterion;
    private final PlanLocation location;

    private RubricChoice(OrgKind kind, String rubricId, String file, String selfReportCriterion, PlanLocation location) {
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        if ((rubricId == null) == (file == null)) {
            throw new IllegalArgumentException("a rubric choice for " + kind + " names exactly one of a rubric id and a rubric file");
        }
        this.rubricId = rubricId;
        this.file = file;
        this.selfReportCriterion = selfReportCriterion;
        this.location = Objects.requireNonNull(location, "location must not be null");
    }

    /** Units of {@code kind} by the rubric {@code rubricId}; self-report deductions on {@code selfReportCriterion} (null: none). */
    public static RubricChoice byId(OrgKind kind, String rubricId, String selfReportCriterion, PlanLocation location) {
        return new RubricChoice(kind, Objects.requireNonNull(rubricId, "rubricId must not be null"), null, selfReportCriterion, location);
    }

    /** Units of {@code kind} by the rubric JSON file {@code file} (relative to the plan file). */
    public static RubricChoice byFile(OrgKind kind, String file, String selfReportCriterion, PlanLocation location) {
        return new RubricChoice(kind, null, Objects.requireNonNull(file, "file must not be null"), selfReportCriterion, location);
    }

    public OrgKind kind() {
        return kind;
    }

    /** The rubric id, when the choice names one. */
    public Optional<String> rubricId() {
        return Optional.ofNullable(rubricId);
    }

    /** The rubric file, when the choice names one. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** The criterion late and missing self-reports are deducted from, if any. */
    public Optional<String> selfReportCriterion() {
        return Optional.ofNullable(selfReportCriterion);
    }

    /** Where the choice was declared. */
    public PlanLocation location() {
        return location;
    }

    /** The same choice with another rubric id (e.g. an office rubric given on the command line), keeping the criterion. */
    public RubricChoice withRubricId(String id) {
        return new RubricChoice(kind, id, null, selfReportCriterion, location);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RubricChoice)) {
            return false;
        }
        RubricChoice c = (RubricChoice) o;
        return c.kind == kind && Objects.equals(c.rubricId, rubricId) && Objects.equals(c.file, file)
                && Objects.equals(c.selfReportCriterion, selfReportCriterion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, rubricId, file, selfReportCriterion);
    }

    @Override
    public String toString() {
        return kind + " → " + (rubricId != null ? rubricId : "file " + file) + (selfReportCriterion == null ? "" : ", self-reports on " + selfReportCriterion);
    }
}
