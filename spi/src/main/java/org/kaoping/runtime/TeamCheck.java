package org.kaoping.runtime;

import java.util.Optional;
import org.kaoping.core.delegation.FilerRole;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.review.ReviewTeam;

/**
 * The gate's rule for a plan that names its review team (考核小组, issue 17): panel evidence filed as a panel member,
 * or by anyone on the roster, comes only from a member of a group assigned to the unit, filing for their home unit,
 * and never about their own unit or one their home unit leads or contains. Without a team the delegation's default
 * (every city-level department, never its own unit) is the whole rule.
 */
final class TeamCheck {
    private TeamCheck() {}

    /** Why {@code e}, filed by {@code filerUnitId} in {@code role}, breaks the plan's team rule, or empty. */
    static Optional<String> refusal(AssessmentPlan plan, OrgTree tree, FilerRole role, String filerUnitId, Evidence e) {
        Optional<ReviewTeam> team = plan.review().team();
        if (!team.isPresent() || filerUnitId == null || e.source() != SourceKind.PANEL) {
            return Optional.empty();
        }
        boolean onRoster = team.get().member(e.author()).isPresent();
        if (role != FilerRole.PANEL_MEMBER && !(onRoster && role != FilerRole.UNIT_ITSELF)) {
            return Optional.empty(); // an assessor's own staff, not the team
        }
        Optional<String> p = team.get().refusal(e.author(), filerUnitId, e.unitId(), ledBy(tree, filerUnitId, e.unitId()));
        return p.isPresent() ? Optional.of(p.get() + " (review team of plan [" + plan.id() + "])") : p;
    }

    /** Whether {@code homeUnitId} leads {@code unitId} (its lead department) or contains it. */
    static boolean ledBy(OrgTree tree, String homeUnitId, String unitId) {
        if (!tree.contains(homeUnitId) || !tree.contains(unitId)) {
            return false;
        }
        OrgUnit u = tree.unit(unitId);
        return u.leadDepartmentId().isPresent() && u.leadDepartmentId().get().equals(homeUnitId) || tree.isAncestor(homeUnitId, unitId);
    }
}
