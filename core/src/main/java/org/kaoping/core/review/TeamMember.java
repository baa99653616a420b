package org.kaoping.core.review;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * One member of the review team (考核小组): a person drawn from a member unit of the leading group (领导小组成员单位),
 * with the id they file evidence under, their name, their home unit and the group they sit in.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TeamMember {
    private final String id;
    private final String name;
    private final String homeUnitId;
    private final String group;

    private TeamMember(String id, String name, String homeUnitId, String group) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.homeUnitId = Objects.requireNonNull(homeUnitId, "homeUnitId must not be null");
        this.group = Objects.requireNonNull(group, "group must not be null");
        if (id.trim().isEmpty() || name.trim().isEmpty() || homeUnitId.trim().isEmpty() || group.trim().isEmpty()) {
            throw new IllegalArgumentException("a team member needs an id, a name, a home unit and a group; got " + this);
        }
    }

    /** A member filing as {@code id}, called {@code name}, from unit {@code homeUnitId}, sitting in group {@code group}. */
    public static TeamMember of(String id, String name, String homeUnitId, String group) {
        return new TeamMember(id, name, homeUnitId, group);
    }

    /** The id the member files evidence under (the evidence's author). */
    public String id() {
        return id;
    }

    /** The member's name, e.g. 张伟. */
    public String name() {
        return name;
    }

    /** The member unit of the leading group the member comes from (所在单位). */
    public String homeUnitId() {
        return homeUnitId;
    }

    /** The group (考核组) the member sits in, e.g. 第一考核组. */
    public String group() {
        return group;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TeamMember)) {
            return false;
        }
        TeamMember t = (TeamMember) o;
        return id.equals(t.id) && name.equals(t.name) && homeUnitId.equals(t.homeUnitId) && group.equals(t.group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, homeUnitId, group);
    }

    @Override
    public String toString() {
        return name + " (" + id + ", " + homeUnitId + ", " + group + ")";
    }
}
