package org.kaoping.spi;

import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgUnit;

/**
 * The host's organization directory (组织机构): every unit under assessment, with parent and
 * lead-department links, from which the runtime builds its {@code OrgTree} and the delegation rules.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.OrgDirectory}, or wired explicitly. Called
 * when the runtime starts and whenever it is asked to reload; must be thread-safe. Must return a
 * consistent snapshot (no dangling parents); the runtime refuses an inconsistent one with an
 * {@code OrgTreeException} naming the units.
 */
@API(status = API.Status.STABLE)
public interface OrgDirectory extends KaopingProvider {
    /** Every unit, in any order. */
    List<OrgUnit> units();
}
