package org.kaoping.plugin.bulletin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.CommendationRule;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.plan.GradeBand;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.plugin.report.ReportData;

/**
 * One unit on the commendation list (评先评优名单): its category (the standard it was ranked by), name, rank, total and
 * grade; and {@link #select} applies a plan's {@link CommendationRule} to the rankings. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Commendation {
    private final String category;
    private final String unitId;
    private final String unitName;
    private final int rank;
    private final Points total;
    private final String grade;

    private Commendation(String category, String unitId, String unitName, int rank, Points total, String grade) {
        this.category = category;
        this.unitId = unitId;
        this.unitName = unitName;
        this.rank = rank;
        this.total = total;
        this.grade = grade;
    }

    /**
     * The commended units by {@code data}'s plan's {@link CommendationRule}: per ranking, in rank order, the units at the
     * rule's grade or better, without a triggered veto (if the rule says so), without a rectification item that went
     * overdue (if it says so), at most the quota per category.
     *
     * @throws IllegalArgumentException if the rule's grade is not one of the plan's grade bands
     */
    public static List<Commendation> select(ReportData data, Collection<Rectification> rectifications) {
        CommendationRule rule = data.plan().commendation();
        Grade minimum = null;
        for (GradeBand b : data.plan().gradeBands().bands()) {
            if (b.grade().name().equals(rule.minimumGrade())) {
                minimum = b.grade();
            }
        }
        if (minimum == null && rule.equals(CommendationRule.defaults())) {
            minimum = data.plan().gradeBands().bands().get(0).grade(); // the default rule means the plan's best grade
            rule = CommendationRule.of(minimum.name(), rule.excludeVetoed(), rule.excludeOverdueRectification(), null);
        }
        if (minimum == null) {
            throw new IllegalArgumentException("the commendation rule's grade [" + rule.minimumGrade() + "] is not a grade of plan ["
                    + data.plan().id() + "]: " + data.plan().gradeBands());
        }
        Set<String> overdue = new HashSet<>();
        for (Rectification r : rectifications) {
            if (r.wentOverdue()) {
                overdue.add(r.unitId());
            }
        }
        List<Commendation> out = new ArrayList<>();
        for (RankingTable t : data.rankings()) {
            int taken = 0;
            for (RankedUnit u : t.entries()) {
                if (rule.quotaPerCategory().isPresent() && taken >= rule.quotaPerCategory().get()) {
                    break;
                }
                if (!u.grade().isAtLeast(minimum) || (rule.excludeVetoed() && !u.commendable())
                        || (rule.excludeOverdueRectification() && overdue.contains(u.unitId()))) {
                    continue;
                }
                out.add(new Commendation(data.rubric(t).title(), u.unitId(), data.unitName(u.unitId()), u.rank(), u.finalTotal(),
                        u.grade().name()));
                taken++;
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The standard the unit was ranked by, e.g. 县（区）创建法治城市工作标准. */
    public String category() {
        return category;
    }

    public String unitId() {
        return unitId;
    }

    /** The unit's full name, e.g. 北海市司法局. */
    public String unitName() {
        return unitName;
    }

    public int rank() {
        return rank;
    }

    public Points total() {
        return total;
    }

    public String grade() {
        return grade;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Commendation)) {
            return false;
        }
        Commendation c = (Commendation) o;
        return category.equals(c.category) && unitId.equals(c.unitId) && unitName.equals(c.unitName) && rank == c.rank
                && total.equals(c.total) && grade.equals(c.grade);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, unitId, rank);
    }

    @Override
    public String toString() {
        return category + " " + rank + ". " + unitName + " " + total + " " + grade;
    }
}
