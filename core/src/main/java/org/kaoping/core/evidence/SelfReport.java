package org.kaoping.core.evidence;

import java.util.List;
import org.immutables.value.Value;

/**
 * A self-inspection report (自查报告) the unit submitted: monthly (for a month, due before the 25th) or
 * annual (for the year, due by 30 November). Its key is always {@link #KEY}; {@link #recordedAt()} is
 * the submission time.
 */
@Value.Immutable
public interface SelfReport extends Evidence {
    /** The key every self-report is filed under. */
    String KEY = "self-report";

    /** Monthly (自查月报) or annual (年度自查报告). */
    enum Type {
        MONTHLY, ANNUAL
    }

    Type type();

    /** The annual report's topics covered, e.g. 组织建设, 经费保障, 措施办法, 创建效果. */
    List<String> topics();

    /** Ids of the {@link DocumentRef}s holding the report. */
    List<String> documentIds();

    /**
     * The report's content by section (组织建设、经费保障、措施办法、创建效果 …), in the order written; empty for a report
     * filed as documents only. Criteria can count a section's content as evidence where the plan declares it
     * ({@code ReviewSettings#sectionUses}).
     */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    java.util.Map<String, String> sections();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.SELF_REPORT;
    }

    static ImmutableSelfReport.Builder builder() {
        return ImmutableSelfReport.builder().key(KEY);
    }

    @Value.Check
    default void check() {
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
