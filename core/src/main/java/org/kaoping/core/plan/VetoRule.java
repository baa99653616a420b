package org.kaoping.core.plan;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.IncidentSeverity;

/**
 * A veto (一票否决): an {@code Incident} of {@link #incidentCategory()} in the cycle's year whose severity is
 * one of {@link #severities()} triggers {@link #effect()}; a grade cap names the best grade still allowed.
 *
 * <p>The severities are part of the declaration because the seed's vetoes are about grave events (重大…):
 * a veto declared for 重大 and 特别重大 incidents is not triggered by a 一般 one, which is listed on the
 * scorecard as evidence no veto used, with that reason. A rule built without naming severities applies to
 * incidents of any severity, and its {@link #describe()} says so.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class VetoRule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    VetoRule() {}

    public abstract String incidentCategory();

    public abstract VetoEffect effect();

    /** The best grade allowed, for {@link VetoEffect#CAP_GRADE}. */
    public abstract Optional<Grade> cappedGrade();

    /** The incident severities that trigger the veto; all four unless declared. */
    @Value.Default
    public Set<IncidentSeverity> severities() {
        return EnumSet.allOf(IncidentSeverity.class);
    }

    /** Whether an incident of {@code severity} triggers this veto. */
    public boolean appliesTo(IncidentSeverity severity) {
        return severities().contains(severity);
    }

    /** {@code major-accident (重大, 特别重大) → CAP_GRADE 不合格}. */
    public String describe() {
        StringBuilder s = new StringBuilder(incidentCategory()).append(" (");
        if (severities().size() == IncidentSeverity.values().length) {
            s.append("any severity");
        } else {
            String sep = "";
            for (IncidentSeverity v : IncidentSeverity.values()) {
                if (severities().contains(v)) {
                    s.append(sep).append(chinese(v));
                    sep = ", ";
                }
            }
        }
        s.append(") → ").append(effect());
        if (cappedGrade().isPresent()) {
            s.append(' ').append(cappedGrade().get());
        }
        return s.toString();
    }

    /** The Chinese name of a severity, as incident reports write it: 一般, 较大, 重大, 特别重大. */
    public static String chinese(IncidentSeverity severity) {
        switch (severity) {
            case GENERAL: return "一般";
            case SERIOUS: return "较大";
            case MAJOR: return "重大";
            default: return "特别重大";
        }
    }

    /** Zero total on an incident of {@code incidentCategory} of the given severities (any severity if none is given). */
    public static VetoRule zeroTotal(String incidentCategory, IncidentSeverity... severities) {
        return of(incidentCategory, VetoEffect.ZERO_TOTAL, null, severities);
    }

    /** At most grade {@code best} on an incident of {@code incidentCategory} of the given severities (any if none is given). */
    public static VetoRule capGrade(String incidentCategory, Grade best, IncidentSeverity... severities) {
        return of(incidentCategory, VetoEffect.CAP_GRADE, best, severities);
    }

    /** No commendation on an incident of {@code incidentCategory} of the given severities (any if none is given). */
    public static VetoRule excludeFromCommendation(String incidentCategory, IncidentSeverity... severities) {
        return of(incidentCategory, VetoEffect.EXCLUDE_FROM_COMMENDATION, null, severities);
    }

    public static VetoRule of(String incidentCategory, VetoEffect effect, Grade best, IncidentSeverity... severities) {
        ImmutableVetoRule.Builder b = ImmutableVetoRule.builder().incidentCategory(incidentCategory).effect(effect);
        if (best != null) {
            b.cappedGrade(best);
        }
        if (severities.length > 0) {
            b.severities(Arrays.asList(severities));
        }
        return b.build();
    }

    @Value.Check
    void check() {
        if (incidentCategory().trim().isEmpty()) {
            throw new IllegalArgumentException("veto incident category must not be blank");
        }
        if ((effect() == VetoEffect.CAP_GRADE) != cappedGrade().isPresent()) {
            throw new IllegalArgumentException("veto [" + incidentCategory() + "]: a capped grade is given exactly when the effect is CAP_GRADE");
        }
        if (severities().isEmpty()) {
            throw new IllegalArgumentException("veto [" + incidentCategory() + "]: severities must name at least one incident severity");
        }
    }
}
