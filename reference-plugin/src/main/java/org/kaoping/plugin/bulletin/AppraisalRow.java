package org.kaoping.plugin.bulletin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.AppraisalRule;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.report.ReportData;

/**
 * One unit's line of the performance-appraisal export (绩效考评): the unit, its category, rank, final total and grade,
 * and its contribution as the plan's {@link AppraisalRule} declares it. The same fields, in the same order, are the
 * columns of {@code appraisal.csv} and {@code appraisal.xlsx} (see {@link AppraisalExport#COLUMNS}). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AppraisalRow {
    private final String unitId;
    private final String unitName;
    private final String rubricId;
    private final String category;
    private final int rank;
    private final Points total;
    private final String grade;
    private final Points contribution;

    private AppraisalRow(String unitId, String unitName, String rubricId, String category, int rank, Points total, String grade,
            Points contribution) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.rubricId = rubricId;
        this.category = category;
        this.rank = rank;
        this.total = total;
        this.grade = grade;
        this.contribution = contribution;
    }

    /** One row per ranked unit of {@code data}, by ranking and rank; contributions empty if the plan declares no appraisal rule. */
    public static List<AppraisalRow> of(ReportData data) {
        Optional<AppraisalRule> rule = data.plan().appraisal();
        List<AppraisalRow> out = new ArrayList<>();
        for (RankingTable t : data.rankings()) {
            for (RankedUnit u : t.entries()) {
                out.add(new AppraisalRow(u.unitId(), data.unitName(u.unitId()), t.rubricId(), data.rubric(t).title(), u.rank(), u.finalTotal(),
                        u.grade().name(), rule.isPresent() ? rule.get().contribution(u.finalTotal(), u.grade().name()) : null));
            }
        }
        return Collections.unmodifiableList(out);
    }

    public String unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public String rubricId() {
        return rubricId;
    }

    /** The standard's title. */
    public String category() {
        return category;
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

    /** The contribution to the 绩效考评; empty if the plan declares no {@link AppraisalRule}. */
    public Optional<Points> contribution() {
        return Optional.ofNullable(contribution);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AppraisalRow)) {
            return false;
        }
        AppraisalRow r = (AppraisalRow) o;
        return unitId.equals(r.unitId) && rubricId.equals(r.rubricId) && rank == r.rank && total.equals(r.total) && grade.equals(r.grade)
                && Objects.equals(contribution, r.contribution) && unitName.equals(r.unitName) && category.equals(r.category);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, rubricId, rank, total);
    }

    @Override
    public String toString() {
        return unitId + " " + total + " " + grade + " → " + contribution;
    }
}
