package org.kaoping.core.org;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One organization in the assessment tree: its id, name, kind, the unit it belongs to and, for an
 * affiliated unit (归口单位), its lead department (牵头部门).
 */
@Value.Immutable
public interface OrgUnit {
    /** Unique, stable id, as the host's org directory knows it. */
    String id();

    /** Display name, e.g. {@code 海城区}. */
    String name();

    OrgKind kind();

    /** The id of the unit this one belongs to; empty for a root. */
    Optional<String> parentId();

    /** The id of this unit's lead department, if it is an affiliated unit. */
    Optional<String> leadDepartmentId();

    /** The unit's leading cadres as the host's directory names them (issue 17, the cadre export); usually empty. */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    java.util.List<LeadingCadre> leadingCadres();

    /** A unit with a parent and no lead department. */
    static OrgUnit of(String id, String name, OrgKind kind, String parentId) {
        return ImmutableOrgUnit.builder().id(id).name(name).kind(kind).parentId(Optional.ofNullable(parentId)).build();
    }

    /** A root unit. */
    static OrgUnit root(String id, String name, OrgKind kind) {
        return ImmutableOrgUnit.builder().id(id).name(name).kind(kind).build();
    }

    static ImmutableOrgUnit.Builder builder() {
        return ImmutableOrgUnit.builder();
    }

    @Value.Check
    default void check() {
        if (id().trim().isEmpty()) {
            throw new IllegalArgumentException("OrgUnit id must not be blank (name [" + name() + "])");
        }
        if (name().trim().isEmpty()) {
            throw new IllegalArgumentException("OrgUnit [" + id() + "] name must not be blank");
        }
        if (parentId().isPresent() && parentId().get().equals(id())) {
            throw new IllegalArgumentException("OrgUnit [" + id() + "] names itself as its parent");
        }
    }
}
