package org.kaoping.core.plan;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A veto (一票否决): any {@code Incident} of {@link #incidentCategory()} in the cycle's year triggers
 * {@link #effect()}; a grade cap names the best grade still allowed.
 */
@Value.Immutable
public interface VetoRule {
    String incidentCategory();

    VetoEffect effect();

    /** The best grade allowed, for {@link VetoEffect#CAP_GRADE}. */
    Optional<Grade> cappedGrade();

    static VetoRule zeroTotal(String incidentCategory) {
        return ImmutableVetoRule.builder().incidentCategory(incidentCategory).effect(VetoEffect.ZERO_TOTAL).build();
    }

    static VetoRule capGrade(String incidentCategory, Grade best) {
        return ImmutableVetoRule.builder().incidentCategory(incidentCategory).effect(VetoEffect.CAP_GRADE)
                .cappedGrade(best).build();
    }

    static VetoRule excludeFromCommendation(String incidentCategory) {
        return ImmutableVetoRule.builder().incidentCategory(incidentCategory)
                .effect(VetoEffect.EXCLUDE_FROM_COMMENDATION).build();
    }

    @Value.Check
    default void check() {
        if (incidentCategory().trim().isEmpty()) {
            throw new IllegalArgumentException("veto incident category must not be blank");
        }
        if ((effect() == VetoEffect.CAP_GRADE) != cappedGrade().isPresent()) {
            throw new IllegalArgumentException("veto [" + incidentCategory() + "]: a capped grade is given exactly when the effect is CAP_GRADE");
        }
    }
}
