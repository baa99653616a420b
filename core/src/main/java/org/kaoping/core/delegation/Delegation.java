package org.kaoping.core.delegation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;

/**
 * 属地逐级分类考核制 over an {@link OrgTree}: the city office (a configured unit id) assesses counties and
 * spot-checks city departments and city-owned units; a lead department assesses its affiliated units; a
 * county's office (the county unit itself, or a configured office unit) assesses the townships,
 * departments and enterprises in its county; a township assesses its villages and communities; every unit
 * self-assesses itself and nothing else. Immutable and thread-safe; the first question about a unit costs constant
 * time plus the depth of the tree, later ones constant time (each unit's assessors are kept once worked out).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Delegation {
    private static final List<OrgKind> COUNTY_ASSESSED = Collections.unmodifiableList(java.util.Arrays.asList(
            OrgKind.TOWNSHIP, OrgKind.CITY_ADMINISTRATIVE, OrgKind.CITY_JUDICIAL, OrgKind.CITY_PARTY_MASS,
            OrgKind.ENTERPRISE_INSTITUTION));

    private final OrgTree tree;
    private final String cityOffice;
    private final Map<String, String> officeOfCounty;
    private final Map<String, String> countyOfOffice;
    /** The panel's member units (成员单位), or null for the default: every city-level department. */
    private final java.util.Set<String> panelMembers;

    private Delegation(OrgTree tree, String cityOffice, Map<String, String> officeOfCounty, java.util.Set<String> panelMembers) {
        this.tree = tree;
        this.cityOffice = cityOffice;
        this.officeOfCounty = officeOfCounty;
        this.panelMembers = panelMembers;
        this.countyOfOffice = new HashMap<>();
        for (Map.Entry<String, String> e : officeOfCounty.entrySet()) {
            countyOfOffice.put(e.getValue(), e.getKey());
        }
    }

    /** Delegation with the city office at {@code cityOfficeId}; each county acts as its own office. */
    public static Delegation of(OrgTree tree, String cityOfficeId) {
        return builder(tree, cityOfficeId).build();
    }

    public static Builder builder(OrgTree tree, String cityOfficeId) {
        return new Builder(tree, cityOfficeId);
    }

    /** The city office's unit id. */
    public String cityOfficeId() {
        return cityOffice;
    }

    /** Whether {@code assessorId} may assess {@code assesseeId}, in some role. */
    public boolean mayAssess(String assessorId, String assesseeId) {
        return roleOf(assessorId, assesseeId).isPresent();
    }

    /**
     * The role in which {@code assessorId} may assess {@code assesseeId}, if any.
     *
     * @throws org.kaoping.core.org.UnknownOrgUnitException if either is not in the tree
     */
    public Optional<AssessorRole> roleOf(String assessorId, String assesseeId) {
        OrgUnit assessee = tree.unit(assesseeId);
        tree.unit(assessorId);
        if (assessorId.equals(assesseeId)) {
            return Optional.of(AssessorRole.SELF);
        }
        for (Assignment a : others(assessee)) {
            if (a.assessorId().equals(assessorId)) {
                return Optional.of(a.role());
            }
        }
        return Optional.empty();
    }

    /** Every assessor of {@code unitId} with its role: the unit itself first, then the others from the top down. */
    public List<Assignment> assessorsOf(String unitId) {
        OrgUnit u = tree.unit(unitId);
        List<Assignment> out = new ArrayList<>();
        out.add(Assignment.of(unitId, AssessorRole.SELF));
        out.addAll(others(u));
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether a rater belonging to {@code raterUnitId} may sit on the panel that rates {@code assesseeId}:
     * nobody rates their own unit.
     */
    public boolean mayRateAsPanelMember(String raterUnitId, String assesseeId) {
        return !Objects.equals(raterUnitId, assesseeId) && !(tree.contains(raterUnitId) && tree.contains(assesseeId)
                && (tree.isAncestor(raterUnitId, assesseeId) || tree.isAncestor(assesseeId, raterUnitId)));
    }

    /**
     * Whether {@code unitId} is a member unit of the review panel (成员单位): one named by
     * {@link Builder#panelMembers}, or, when none were named, any city-level judicial, administrative or party and
     * mass unit directly under the city (not in a county), other than the city office.
     */
    public boolean isPanelMember(String unitId) {
        if (panelMembers != null) {
            return panelMembers.contains(unitId);
        }
        if (!tree.contains(unitId) || unitId.equals(cityOffice)) {
            return false;
        }
        OrgUnit u = tree.unit(unitId);
        return (u.kind() == OrgKind.CITY_JUDICIAL || u.kind() == OrgKind.CITY_ADMINISTRATIVE || u.kind() == OrgKind.CITY_PARTY_MASS)
                && !tree.countyOf(unitId).isPresent();
    }

    /**
     * The role in which unit {@code filerUnitId} files about unit {@code assesseeId} in the delegation matrix: the
     * unit itself, one of its assessors, a panel member (a member unit rating a unit the city office assesses, never
     * their own unit nor one above or below it), or unrelated.
     *
     * @throws org.kaoping.core.org.UnknownOrgUnitException if either is not in the tree
     */
    public FilerRole filerRole(String filerUnitId, String assesseeId) {
        Optional<AssessorRole> role = roleOf(filerUnitId, assesseeId);
        if (role.isPresent()) {
            return FilerRole.of(role.get());
        }
        if (isPanelMember(filerUnitId) && mayRateAsPanelMember(filerUnitId, assesseeId)) {
            for (Assignment a : others(tree.unit(assesseeId))) {
                if (a.assessorId().equals(cityOffice)) {
                    return FilerRole.PANEL_MEMBER;
                }
            }
        }
        return FilerRole.UNRELATED;
    }

    /**
     * Each unit's assessors other than itself, made once per unit: the gate asks for the filer's role on every record
     * filed, and a plan below the city for every unit of the tree, so the same few units were worked out thousands of times.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Assignment>> othersByUnit = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Assignment> others(OrgUnit u) {
        List<Assignment> known = othersByUnit.get(u.id());
        if (known == null) {
            known = Collections.unmodifiableList(othersOf(u));
            List<Assignment> raced = othersByUnit.putIfAbsent(u.id(), known);
            known = raced != null ? raced : known;
        }
        return known;
    }

    private List<Assignment> othersOf(OrgUnit u) {
        List<Assignment> out = new ArrayList<>(2);
        Optional<OrgUnit> county = tree.countyOf(u.id());
        if (u.kind() == OrgKind.COUNTY_DISTRICT) {
            add(out, cityOffice, AssessorRole.CITY_OFFICE, u);
        } else if (!county.isPresent() && isCityLevel(u.kind())) {
            add(out, cityOffice, AssessorRole.CITY_OFFICE_SPOT_CHECK, u);
        }
        if (u.leadDepartmentId().isPresent()) {
            add(out, u.leadDepartmentId().get(), AssessorRole.LEAD_DEPARTMENT, u);
        }
        if (county.isPresent() && u.kind() != OrgKind.COUNTY_DISTRICT && COUNTY_ASSESSED.contains(u.kind())) {
            String c = county.get().id();
            add(out, officeOfCounty.containsKey(c) ? officeOfCounty.get(c) : c, AssessorRole.COUNTY_OFFICE, u);
        }
        if (u.kind() == OrgKind.VILLAGE_COMMUNITY) {
            for (OrgUnit a : tree.ancestors(u.id())) {
                if (a.kind() == OrgKind.TOWNSHIP) {
                    add(out, a.id(), AssessorRole.TOWNSHIP, u);
                    break;
                }
            }
        }
        return out;
    }

    private static void add(List<Assignment> out, String assessor, AssessorRole role, OrgUnit u) {
        if (!assessor.equals(u.id())) {
            out.add(Assignment.of(assessor, role));
        }
    }

    private static boolean isCityLevel(OrgKind kind) {
        return kind == OrgKind.CITY_ADMINISTRATIVE || kind == OrgKind.CITY_JUDICIAL || kind == OrgKind.CITY_PARTY_MASS
                || kind == OrgKind.ENTERPRISE_INSTITUTION;
    }

    /** Builds a {@link Delegation}, optionally naming each county's office unit. */
    public static final class Builder {
        private final OrgTree tree;
        private final String cityOffice;
        private final Map<String, String> offices = new HashMap<>();
        private java.util.Set<String> panelMembers;

        Builder(OrgTree tree, String cityOffice) {
            this.tree = Objects.requireNonNull(tree, "tree must not be null");
            this.cityOffice = Objects.requireNonNull(cityOffice, "cityOfficeId must not be null");
        }

        /** The unit that acts as {@code countyId}'s office (依法治理办). */
        public Builder countyOffice(String countyId, String officeId) {
            if (tree.unit(countyId).kind() != OrgKind.COUNTY_DISTRICT) {
                throw new ConfigurationException("Unit [" + countyId + "] is not a county or district; it is " + tree.unit(countyId).kind());
            }
            tree.unit(officeId);
            offices.put(countyId, officeId);
            return this;
        }

        /**
         * The member units of the review panel (成员单位) whose raters may file panel judgements, ticks and documents;
         * by default every city-level department (see {@link Delegation#isPanelMember}).
         */
        public Builder panelMembers(java.util.Collection<String> unitIds) {
            java.util.Set<String> s = new java.util.HashSet<>();
            for (String id : unitIds) {
                tree.unit(Objects.requireNonNull(id, "panel member id must not be null"));
                s.add(id);
            }
            this.panelMembers = s;
            return this;
        }

        /** @throws org.kaoping.core.ConfigurationException if the city office is not in the tree */
        public Delegation build() {
            if (!tree.contains(cityOffice)) {
                throw new ConfigurationException("City office [" + cityOffice + "] is not in the org tree");
            }
            return new Delegation(tree, cityOffice, new HashMap<>(offices), panelMembers == null ? null
                    : java.util.Collections.unmodifiableSet(new java.util.HashSet<>(panelMembers)));
        }
    }
}
