package org.kaoping.plugin.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * The plan file's {@code "office"} block (属地逐级分类考核制): the assessing office that owns the plan — the city
 * office, a county's 依法治理办, a township or a lead department — whose plan covers exactly the units the
 * delegation gives it, and the plans of the level below whose results feed the plan's roll-up criteria. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PlanOffice {
    private final String unitId;
    private final List<String> subordinatePlans;

    private PlanOffice(String unitId, List<String> subordinatePlans) {
        this.unitId = Objects.requireNonNull(unitId, "unitId must not be null");
        if (unitId.trim().isEmpty()) {
            throw new IllegalArgumentException("the office's unit id must not be blank");
        }
        for (String p : subordinatePlans) {
            if (Objects.requireNonNull(p, "subordinate plan id must not be null").trim().isEmpty()) {
                throw new IllegalArgumentException("a subordinate plan id must not be blank");
            }
        }
        if (new LinkedHashSet<>(subordinatePlans).size() != subordinatePlans.size()) {
            throw new IllegalArgumentException("subordinate plans " + subordinatePlans + " name a plan twice");
        }
        this.subordinatePlans = Collections.unmodifiableList(new ArrayList<>(subordinatePlans));
    }

    /** The office {@code unitId}, reading roll-ups from {@code subordinatePlans} in that order. */
    public static PlanOffice of(String unitId, String... subordinatePlans) {
        return new PlanOffice(unitId, Arrays.asList(subordinatePlans));
    }

    /** The office {@code unitId}, reading roll-ups from {@code subordinatePlans} in that order. */
    public static PlanOffice of(String unitId, List<String> subordinatePlans) {
        return new PlanOffice(unitId, subordinatePlans);
    }

    /** The office's unit id in the org directory, e.g. {@code beihai/haicheng} for 海城区's 依法治理办. */
    public String unitId() {
        return unitId;
    }

    /** The plans below whose stored results feed roll-up criteria, in lookup order; unmodifiable. */
    public List<String> subordinatePlans() {
        return subordinatePlans;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanOffice && ((PlanOffice) o).unitId.equals(unitId) && ((PlanOffice) o).subordinatePlans.equals(subordinatePlans);
    }

    @Override
    public int hashCode() {
        return unitId.hashCode() * 31 + subordinatePlans.hashCode();
    }

    @Override
    public String toString() {
        return "office " + unitId + (subordinatePlans.isEmpty() ? "" : ", roll-ups from " + subordinatePlans);
    }
}
