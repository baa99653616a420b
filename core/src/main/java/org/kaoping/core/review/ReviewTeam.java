package org.kaoping.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kaoping.core.api.API;

/**
 * The review team of a cycle (考核小组): the member units of the leading group it is drawn from (领导小组成员单位), its
 * members with their home units and groups, and which group reviews which unit. "年度末，从市依法治市领导小组成员单位中抽调
 * 人员组成考核小组对各责任单位开展创建工作情况进行检查、考评。" Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReviewTeam {
    private final List<String> memberUnits;
    private final Map<String, TeamMember> members;
    private final Map<String, Set<String>> assignments;

    private ReviewTeam(Builder b) {
        this.memberUnits = Collections.unmodifiableList(new ArrayList<>(b.memberUnits));
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(b.members));
        Map<String, Set<String>> a = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : b.assignments.entrySet()) {
            a.put(e.getKey(), Collections.unmodifiableSet(new LinkedHashSet<>(e.getValue())));
        }
        this.assignments = Collections.unmodifiableMap(a);
        for (TeamMember m : members.values()) {
            if (!memberUnits.isEmpty() && !memberUnits.contains(m.homeUnitId())) {
                throw new IllegalArgumentException("team member " + m + " comes from unit [" + m.homeUnitId()
                        + "], which is not a member unit of the leading group " + memberUnits);
            }
        }
        Set<String> groups = groups();
        for (String g : assignments.keySet()) {
            if (!groups.contains(g)) {
                throw new IllegalArgumentException("group [" + g + "] is assigned units but has no members; the groups are " + groups);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The member units of the leading group, in the order given. */
    public List<String> memberUnits() {
        return memberUnits;
    }

    /** The members, in the order given. */
    public List<TeamMember> members() {
        return Collections.unmodifiableList(new ArrayList<>(members.values()));
    }

    /** The member filing as {@code id}, if any. */
    public Optional<TeamMember> member(String id) {
        return Optional.ofNullable(members.get(id));
    }

    /** Every group, in the order its first member was given. */
    public Set<String> groups() {
        Set<String> g = new LinkedHashSet<>();
        for (TeamMember m : members.values()) {
            g.add(m.group());
        }
        return g;
    }

    /** The units each group reviews, by group. */
    public Map<String, Set<String>> assignments() {
        return assignments;
    }

    /** The groups assigned to review {@code unitId}. */
    public List<String> groupsReviewing(String unitId) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : assignments.entrySet()) {
            if (e.getValue().contains(unitId)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The members of group {@code group}, in the order given. */
    public List<TeamMember> membersOf(String group) {
        List<TeamMember> out = new ArrayList<>();
        for (TeamMember m : members.values()) {
            if (m.group().equals(group)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Why panel evidence by {@code author} of unit {@code authorUnitId} about {@code unitId} is refused, or empty: the
     * author must be a member, file for their home unit, sit in a group assigned to the unit, and the unit must be
     * neither their home unit nor one it leads ({@code ledByHome} tells whether the home unit leads or contains it).
     */
    public Optional<String> refusal(String author, String authorUnitId, String unitId, boolean ledByHome) {
        TeamMember m = members.get(author);
        if (m == null) {
            return Optional.of("[" + author + "] is not a member of the review team (考核小组); panel evidence comes only from its "
                    + members.size() + " members");
        }
        if (!m.homeUnitId().equals(authorUnitId)) {
            return Optional.of("team member " + m + " files for their home unit [" + m.homeUnitId() + "], not [" + authorUnitId + "]");
        }
        if (m.homeUnitId().equals(unitId) || ledByHome) {
            return Optional.of("team member " + m + " may not review unit [" + unitId + "]: it is their own unit or one their home unit leads");
        }
        Set<String> units = assignments.get(m.group());
        if (units == null || !units.contains(unitId)) {
            List<String> groups = groupsReviewing(unitId);
            return Optional.of("team member " + m + " sits in group [" + m.group() + "], which is not assigned to unit [" + unitId
                    + "]; the unit is reviewed by " + (groups.isEmpty() ? "no group" : "group(s) " + groups));
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewTeam && memberUnits.equals(((ReviewTeam) o).memberUnits) && members.equals(((ReviewTeam) o).members)
                && assignments.equals(((ReviewTeam) o).assignments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberUnits, members, assignments);
    }

    @Override
    public String toString() {
        return "ReviewTeam[" + memberUnits.size() + " member units, " + members.size() + " members, " + assignments.size() + " groups assigned]";
    }

    /** Builds a {@link ReviewTeam}; not thread-safe. */
    public static final class Builder {
        private final List<String> memberUnits = new ArrayList<>();
        private final Map<String, TeamMember> members = new LinkedHashMap<>();
        private final Map<String, Set<String>> assignments = new LinkedHashMap<>();

        private Builder() {}

        /** A member unit of the leading group (领导小组成员单位). */
        public Builder memberUnit(String unitId) {
            Objects.requireNonNull(unitId, "unitId must not be null");
            if (!memberUnits.contains(unitId)) {
                memberUnits.add(unitId);
            }
            return this;
        }

        /** @throws IllegalArgumentException if a member with the same id was added */
        public Builder member(TeamMember member) {
            Objects.requireNonNull(member, "member must not be null");
            if (members.containsKey(member.id())) {
                throw new IllegalArgumentException("team member id [" + member.id() + "] is given twice: " + members.get(member.id())
                        + " and " + member);
            }
            members.put(member.id(), member);
            return this;
        }

        /** Group {@code group} reviews unit {@code unitId}. */
        public Builder assign(String group, String unitId) {
            Objects.requireNonNull(group, "group must not be null");
            Objects.requireNonNull(unitId, "unitId must not be null");
            assignments.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(unitId);
            return this;
        }

        /** @throws IllegalArgumentException if a member comes from a unit not named a member unit, or a group has no members */
        public ReviewTeam build() {
            return new ReviewTeam(this);
        }
    }
}
