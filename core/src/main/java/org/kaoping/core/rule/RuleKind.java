package org.kaoping.core.rule;

import org.kaoping.core.api.API;

/** The kinds of leaf rule core knows; {@link #CUSTOM} rules are evaluated through the SPI. */
@API(status = API.Status.STABLE)
public enum RuleKind {
    /** Qualitative judgement by levels (定性). */
    JUDGEMENT {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.judgement();
        }
    },
    /** A checklist of requirements. */
    CHECKLIST {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.checklist();
        }
    },
    /** At least N of a metric per period ("不少于2次", "40学时"). */
    AT_LEAST {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.atLeast();
        }
    },
    /** A rate of at least p ("达到98%以上"). */
    RATE_AT_LEAST {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rateAtLeast();
        }
    },
    /** Year-over-year trend ("逐年提高", "逐年下降"). */
    TREND {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.trend();
        }
    },
    /** Absence of incidents ("无…发生", "不得发生"). */
    NO_INCIDENT {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.noIncident();
        }
    },
    /** Several conditions together. */
    COMPOSITE {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.composite();
        }
    },
    /** A host-defined rule, evaluated by an SPI {@code RuleEvaluator}. */
    CUSTOM {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.custom();
        }
    };

    /** Calls the method of {@code visitor} for this kind. */
    public abstract <R> R accept(Visitor<R> visitor);

    /**
     * A function over the rule kinds themselves, one method per kind, for code that holds a kind but no rule
     * yet (a reader about to build one, a generator); like {@link RuleVisitor}, a new kind does not compile
     * until every such function has a method for it.
     *
     * @param <R> what the function returns
     */
    @API(status = API.Status.EXPERIMENTAL)
    public interface Visitor<R> {
        R judgement();

        R checklist();

        R atLeast();

        R rateAtLeast();

        R trend();

        R noIncident();

        R composite();

        R custom();
    }
}
