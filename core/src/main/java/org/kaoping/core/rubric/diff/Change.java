package org.kaoping.core.rubric.diff;

import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;

/**
 * One difference between two versions of a rubric, found by {@link RubricDiff}: what kind of change, the
 * criterion it concerns (with the path of source labels), what changed and the old and new values.
 *
 * <p>Immutable; compares by value.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Change {
    /** The kinds of change {@link RubricDiff} reports. */
    public enum Kind {
        /**
         * A rubric-level field changed; {@link #subject()} names it ({@code id}, {@code version},
         * {@code title}, {@code source}, {@code points}, {@code appliesTo}).
         */
        METADATA_CHANGED,
        /** A criterion only the newer rubric holds; the new value is its text, the subject its points. */
        CRITERION_ADDED,
        /** A criterion only the older rubric holds; the old value is its text, the subject its points. */
        CRITERION_REMOVED,
        /**
         * A criterion with the same text now sits elsewhere (under another id or another parent); the old
         * and new values are {@code id path} before and after.
         */
        CRITERION_MOVED,
        /** A criterion kept its id and place but its source label changed. */
        CRITERION_RELABELLED,
        /** A criterion's points or their origin changed. */
        POINTS_CHANGED,
        /** A criterion's verbatim text changed. */
        TEXT_CHANGED,
        /** A leaf's rule changed kind, or a rule was added to or removed from a criterion. */
        RULE_KIND_CHANGED,
        /**
         * A rule of the same kind changed a threshold, a metric, a requirement or its credit policy;
         * {@link #subject()} names the parameter, e.g. {@code rate exam-participation-rate}.
         */
        RULE_CHANGED,
        /** A criterion's tags changed. */
        TAGS_CHANGED,
        /** An erratum only the newer rubric declares. */
        ERRATUM_ADDED,
        /** An erratum only the older rubric declares. */
        ERRATUM_REMOVED
    }

    private final Kind kind;
    private final String criterionId;
    private final String path;
    private final String subject;
    private final String oldValue;
    private final String newValue;

    private Change(Kind kind, String criterionId, String path, String subject, String oldValue, String newValue) {
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        this.criterionId = Objects.requireNonNull(criterionId, "criterionId must not be null");
        this.path = Objects.requireNonNull(path, "path must not be null");
        this.subject = Objects.requireNonNull(subject, "subject must not be null");
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    /**
     * A change; {@code oldValue} is null for an addition, {@code newValue} null for a removal.
     *
     * @param criterionId the criterion's id (in the newer rubric, or the older one for a removal); empty
     *     for the rubric itself
     * @param path the criterion's source labels from the top, e.g. {@code （七）3、}; empty for the rubric
     */
    public static Change of(Kind kind, String criterionId, String path, String subject, String oldValue,
            String newValue) {
        return new Change(kind, criterionId, path, subject, oldValue, newValue);
    }

    public Kind kind() {
        return kind;
    }

    /** The criterion's id (in the newer rubric, or the older one for a removal); empty for the rubric itself. */
    public String criterionId() {
        return criterionId;
    }

    /** The criterion's source labels from the top, e.g. {@code （七）3、}; empty for the rubric itself. */
    public String path() {
        return path;
    }

    /** What changed, e.g. {@code points}, {@code text}, {@code rate exam-participation-rate}, {@code version}. */
    public String subject() {
        return subject;
    }

    /** The value before; empty for an addition. */
    public Optional<String> oldValue() {
        return Optional.ofNullable(oldValue);
    }

    /** The value after; empty for a removal. */
    public Optional<String> newValue() {
        return Optional.ofNullable(newValue);
    }

    /** Whether this change concerns the rubric as a whole rather than one criterion. */
    public boolean isRubricLevel() {
        return criterionId.isEmpty();
    }

    /**
     * One line of plain text: {@code +} added, {@code -} removed, {@code ~} modified, {@code *} rule
     * changed, then the id, the label path and the values, e.g. {@code ~ 7.3 （七）3、 points 1 → 2}.
     */
    public String format() {
        String where = criterionId.isEmpty() ? "rubric" : criterionId + (path.isEmpty() ? "" : " " + path);
        switch (kind) {
            case CRITERION_ADDED:
                return "+ " + where + " " + subject + " " + quote(abbreviate(newValue, 40));
            case CRITERION_REMOVED:
                return "- " + where + " " + subject + " " + quote(abbreviate(oldValue, 40));
            case CRITERION_MOVED:
                return "~ " + where + " moved from " + oldValue;
            case TEXT_CHANGED:
                return "~ " + where + " text " + TextDelta.of(oldValue, newValue);
            case ERRATUM_ADDED:
                return "+ erratum " + (criterionId.isEmpty() ? "rubric" : criterionId) + " " + newValue;
            case ERRATUM_REMOVED:
                return "- erratum " + (criterionId.isEmpty() ? "rubric" : criterionId) + " " + oldValue;
            case RULE_KIND_CHANGED:
            case RULE_CHANGED:
                return "* " + where + " " + subject + " " + values();
            default:
                return "~ " + where + " " + subject + " " + values();
        }
    }

    private String values() {
        if (oldValue == null) {
            return "added " + newValue;
        }
        if (newValue == null) {
            return "removed " + oldValue;
        }
        return oldValue + " → " + newValue;
    }

    static String quote(String text) {
        return "「" + text + "」";
    }

    static String abbreviate(String text, int max) {
        return text.codePointCount(0, text.length()) <= max
                ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Change)) {
            return false;
        }
        Change c = (Change) o;
        return kind == c.kind && criterionId.equals(c.criterionId) && path.equals(c.path)
                && subject.equals(c.subject) && Objects.equals(oldValue, c.oldValue)
                && Objects.equals(newValue, c.newValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, criterionId, path, subject, oldValue, newValue);
    }

    /** The same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }
}
