package org.kaoping.core.evidence;

import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * A self-inspection report (自查报告) the unit submitted: monthly (for a month, due before the 25th) or
 * annual (for the year, due by 30 November). Its key is always {@link #KEY}; {@link #recordedAt()} is
 * the submission time.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class SelfReport extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected SelfReport() {}

    /** The key every self-report is filed under. */
    public static final String KEY = "self-report";

    /** Monthly (自查月报) or annual (年度自查报告). */
    public enum Type {
        MONTHLY, ANNUAL
    }

    public abstract Type type();

    /** The annual report's topics covered, e.g. 组织建设, 经费保障, 措施办法, 创建效果. */
    public abstract List<String> topics();

    /** Ids of the {@link DocumentRef}s holding the report. */
    public abstract List<String> documentIds();

    /**
     * The report's content by section (组织建设、经费保障、措施办法、创建效果 …), in the order written; empty for a report
     * filed as documents only. Criteria can count a section's content as evidence where the plan declares it
     * ({@code ReviewSettings#sectionUses}).
     */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    @Value.Default
    public java.util.Map<String, String> sections() {
        return java.util.Collections.emptyMap(); // not abstract: a host's own view of its records (a subclass) need not change
    }

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.SELF_REPORT;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitSelfReport(this);
    }

    public static Builder builder() {
        return new Builder().key(KEY);
    }

    /** The builder of {@link SelfReport}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableSelfReport.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        EvidenceChecks.common(this);
        if (!KEY.equals(key())) {
            EvidenceChecks.fail(this, "a self-report's key must be [" + KEY + "]; got [" + key() + "]");
        }
        if (type() == Type.MONTHLY && period().isWholeYear()) {
            EvidenceChecks.fail(this, "a monthly self-report needs a month period; got " + period());
        }
        if (type() == Type.ANNUAL && !period().isWholeYear()) {
            EvidenceChecks.fail(this, "an annual self-report needs a whole-year period; got " + period());
        }
    }
}
