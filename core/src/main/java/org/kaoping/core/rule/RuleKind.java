package org.kaoping.core.rule;

/** The kinds of leaf rule core knows; {@link #CUSTOM} rules are evaluated through the SPI. */
public enum RuleKind {
    /** Qualitative judgement by levels (定性). */
    JUDGEMENT,
    /** A checklist of requirements. */
    CHECKLIST,
    /** At least N of a metric per period ("不少于2次", "40学时"). */
    AT_LEAST,
    /** A rate of at least p ("达到98%以上"). */
    RATE_AT_LEAST,
    /** Year-over-year trend ("逐年提高", "逐年下降"). */
    TREND,
    /** Absence of incidents ("无…发生", "不得发生"). */
    NO_INCIDENT,
    /** Several conditions together. */
    COMPOSITE,
    /** A host-defined rule, evaluated by an SPI {@code RuleEvaluator}. */
    CUSTOM,
    /** Derived from the results of the level below (share rated at least a grade, average, count below a grade). */
    ROLL_UP
}
