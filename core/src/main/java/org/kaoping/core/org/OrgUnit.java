package org.kaoping.core.org;

import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * One organization in the assessment tree: its id, name, kind, the unit it belongs to and, for an
 * affiliated unit (归口单位), its lead department (牵头部门).
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class OrgUnit {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    OrgUnit() {}

    /** Unique, stable id, as the host's org directory knows it. */
    public abstract String id();

    /** Display name, e.g. {@code 海城区}. */
    public abstract String name();

    public abstract OrgKind kind();

    /** The id of the unit this one belongs to; empty for a root. */
    public abstract Optional<String> parentId();

    /** The id of this unit's lead department, if it is an affiliated unit. */
    public abstract Optional<String> leadDepartmentId();

    /** The unit's leading cadres as the host's directory names them (issue 17, the cadre export); usually empty. */
    @org.kaoping.core.api.API(status = org.kaoping.core.api.API.Status.EXPERIMENTAL)
    @Value.Default
    public java.util.List<LeadingCadre> leadingCadres() {
        return java.util.Collections.emptyList(); // not abstract: adding it keeps the STABLE class source-compatible
    }

    /** A unit with a parent and no lead department. */
    public static OrgUnit of(String id, String name, OrgKind kind, String parentId) {
        return OrgUnit.builder().id(id).name(name).kind(kind).parentId(Optional.ofNullable(parentId)).build();
    }

    /** A root unit. */
    public static OrgUnit root(String id, String name, OrgKind kind) {
        return OrgUnit.builder().id(id).name(name).kind(kind).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link OrgUnit}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableOrgUnit.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
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
