package org.kaoping.core.evidence;

import org.kaoping.core.api.API;

/** The kinds of {@link Evidence}, one per concrete evidence type. */
@API(status = API.Status.STABLE)
public enum EvidenceKind {
    DOCUMENT {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.document();
        }
    },
    METRIC_VALUE {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.metricValue();
        }
    },
    INCIDENT {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.incident();
        }
    },
    CHECKLIST_TICK {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.checklistTick();
        }
    },
    JUDGEMENT {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.judgement();
        }
    },
    PUBLIC_RATING {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.publicRating();
        }
    },
    SELF_REPORT {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.selfReport();
        }
    },
    DEDUCTION {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deduction();
        }
    },
    ADJUSTMENT {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.adjustment();
        }
    },
    NOT_APPLICABLE {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.notApplicable();
        }
    },
    SCORE_OVERRIDE {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.scoreOverride();
        }
    };

    /** Calls the method of {@code visitor} for this kind. */
    public abstract <R> R accept(Visitor<R> visitor);

    /**
     * A function over the evidence kinds themselves, one method per kind, for code that holds a kind but no
     * evidence yet (a reader about to build one, a label); like {@link EvidenceVisitor}, a new kind does not
     * compile until every such function has a method for it.
     *
     * @param <R> what the function returns
     */
    @API(status = API.Status.EXPERIMENTAL)
    public interface Visitor<R> {
        R document();

        R metricValue();

        R incident();

        R checklistTick();

        R judgement();

        R publicRating();

        R selfReport();

        R deduction();

        R adjustment();

        R notApplicable();

        R scoreOverride();
    }
}
