package org.kaoping.core.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;

/**
 * Grade bands by threshold, best first: by default 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格. The last
 * band starts at zero so every total has a grade.
 */
@API(status = API.Status.STABLE)
public final class GradeBands implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final GradeBands DEFAULTS = of(Arrays.asList(
            GradeBand.of(Grade.EXCELLENT, Points.of(90)),
            GradeBand.of(Grade.GOOD, Points.of(80)),
            GradeBand.of(Grade.PASS, Points.of(60)),
            GradeBand.of(Grade.FAIL, Points.ZERO)));

    private final List<GradeBand> bands;

    private GradeBands(List<GradeBand> bands) {
        this.bands = bands;
    }

    /**
     * Bands best first, with strictly falling minimums, ranks rising, and the last at zero.
     *
     * @throws IllegalArgumentException naming the offending band otherwise
     */
    public static GradeBands of(List<GradeBand> bands) {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("grade bands must not be empty");
        }
        for (int i = 1; i < bands.size(); i++) {
            GradeBand prev = bands.get(i - 1);
            GradeBand b = bands.get(i);
            if (!b.minimum().isLessThan(prev.minimum())) {
                throw new IllegalArgumentException("grade band " + b.grade() + " ≥ " + b.minimum()
                        + " must start below " + prev.grade() + " ≥ " + prev.minimum());
            }
            if (b.grade().rank() <= prev.grade().rank()) {
                throw new IllegalArgumentException("grade " + b.grade() + " must rank below " + prev.grade());
            }
        }
        GradeBand last = bands.get(bands.size() - 1);
        if (!last.minimum().isZero()) {
            throw new IllegalArgumentException("the last grade band must start at 0 so that every total has a grade; "
                    + last.grade() + " starts at " + last.minimum());
        }
        return new GradeBands(Collections.unmodifiableList(new ArrayList<>(bands)));
    }

    /** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below. */
    public static GradeBands defaults() {
        return DEFAULTS;
    }

    public List<GradeBand> bands() {
        return bands;
    }

    /** The grade of a final total: the first band whose minimum it reaches. */
    public Grade gradeOf(Points total) {
        for (GradeBand b : bands) {
            if (total.compareTo(b.minimum()) >= 0) {
                return b.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }

    /** The grade just below {@code grade}, or {@code grade} itself if it is the lowest. */
    public Grade below(Grade grade) {
        for (int i = 0; i < bands.size() - 1; i++) {
            if (bands.get(i).grade().equals(grade)) {
                return bands.get(i + 1).grade();
            }
        }
        return grade;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeBands && ((GradeBands) o).bands.equals(bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (GradeBand b : bands) {
            s.append(s.length() == 0 ? "" : ", ").append(b.grade()).append(" ≥ ").append(b.minimum());
        }
        return s.toString();
    }
}
