package org.kaoping.core.rule;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * How a rule awards partial credit: all or nothing, in proportion to what was achieved, or a fixed
 * deduction per shortfall down to zero and no further (扣完为止).
 */
@API(status = API.Status.STABLE)
public final class CreditPolicy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The three partial-credit policies. */
    public enum Kind {
        ALL_OR_NOTHING,
        PROPORTIONAL,
        DEDUCT_PER_SHORTFALL
    }

    private static final CreditPolicy ALL_OR_NOTHING = new CreditPolicy(Kind.ALL_OR_NOTHING, null);
    private static final CreditPolicy PROPORTIONAL = new CreditPolicy(Kind.PROPORTIONAL, null);

    private final Kind kind;
    private final Points deduction;

    private CreditPolicy(Kind kind, Points deduction) {
        this.kind = kind;
        this.deduction = deduction;
    }

    /** Full points when the condition holds, none otherwise. */
    public static CreditPolicy allOrNothing() {
        return ALL_OR_NOTHING;
    }

    /** Points in proportion to the share achieved, never above the item's points. */
    public static CreditPolicy proportional() {
        return PROPORTIONAL;
    }

    /**
     * {@code each} deducted per shortfall (a missed requirement, an incident, a missing unit of a
     * count), down to zero and no further. {@code each} may be zero or negative here so that
     * {@code RubricValidator} can report it; such a policy is refused for scoring.
     */
    public static CreditPolicy deductEach(Points each) {
        return new CreditPolicy(Kind.DEDUCT_PER_SHORTFALL, Objects.requireNonNull(each, "each must not be null"));
    }

    public Kind kind() {
        return kind;
    }

    /** The deduction per shortfall; present only for {@link Kind#DEDUCT_PER_SHORTFALL}. */
    public Optional<Points> deduction() {
        return Optional.ofNullable(deduction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditPolicy && ((CreditPolicy) o).kind == kind
                && Objects.equals(((CreditPolicy) o).deduction, deduction);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Objects.hashCode(deduction);
    }

    /** {@code all-or-nothing}, {@code proportional} or {@code deduct 0.5 each}. */
    @Override
    public String toString() {
        switch (kind) {
            case ALL_OR_NOTHING: return "all-or-nothing";
            case PROPORTIONAL: return "proportional";
            default: return "deduct " + deduction + " each";
        }
    }
}
