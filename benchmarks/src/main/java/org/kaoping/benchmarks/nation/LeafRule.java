package org.kaoping.benchmarks.nation;

/** The rule kinds the synthetic rubrics use: each one has an equivalent in the SQL peers. */
public enum LeafRule {
    /** Panel raters choose a level of the standard four (好 100 %, 较好 80 %, 一般 60 %, 差 0); the mean counts. */
    JUDGEMENT(1),
    /** A checklist of 2–4 requirements, credited in proportion to those ticked met. */
    CHECKLIST(2),
    /** A yearly metric of at least a minimum (2–6 次), credited in proportion, capped at the minimum. */
    AT_LEAST(3),
    /** Judged by the public: a judgement rule whose only evidence is public ratings (satisfied of respondents). */
    PUBLIC_RATING(4),
    /** No incident of a category in the year, all or nothing. */
    NO_INCIDENT(5);

    /** The code stored in the SQL peers' {@code leaves.rule} column. */
    public final int code;

    LeafRule(int code) {
        this.code = code;
    }

    /** The rule of leaf {@code k} (0-based within its rubric): 35 % judgement, 25 % checklist, 20 % metric, 10 % public, 10 % incident. */
    static LeafRule of(int k) {
        int t = k % 20;
        if (t < 7) {
            return JUDGEMENT;
        }
        if (t < 12) {
            return CHECKLIST;
        }
        if (t < 16) {
            return AT_LEAST;
        }
        if (t < 18) {
            return PUBLIC_RATING;
        }
        return NO_INCIDENT;
    }
}
