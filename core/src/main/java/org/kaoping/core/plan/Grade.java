package org.kaoping.core.plan;

import java.io.Serializable;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * A grade of result (等次), such as 优秀; {@link #rank()} orders grades, 0 the best. Compares by name and rank.
 */
@API(status = API.Status.STABLE)
public final class Grade implements Comparable<Grade>, Serializable {
    private static final long serialVersionUID = 1L;

    public static final Grade EXCELLENT = new Grade("优秀", 0);
    public static final Grade GOOD = new Grade("良好", 1);
    public static final Grade PASS = new Grade("合格", 2);
    public static final Grade FAIL = new Grade("不合格", 3);

    private final String name;
    private final int rank;

    private Grade(String name, int rank) {
        this.name = name;
        this.rank = rank;
    }

    public static Grade of(String name, int rank) {
        if (Objects.requireNonNull(name, "name must not be null").trim().isEmpty()) {
            throw new IllegalArgumentException("grade name must not be blank");
        }
        if (rank < 0) {
            throw new IllegalArgumentException("grade rank must not be negative; got " + rank);
        }
        return new Grade(name, rank);
    }

    public String name() {
        return name;
    }

    /** 0 for the best grade, larger for worse. */
    public int rank() {
        return rank;
    }

    /** Whether this grade is {@code other} or better. */
    public boolean isAtLeast(Grade other) {
        return rank <= other.rank;
    }

    /** Best first. */
    @Override
    public int compareTo(Grade o) {
        return rank != o.rank ? Integer.compare(rank, o.rank) : name.compareTo(o.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grade && ((Grade) o).rank == rank && ((Grade) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + rank;
    }

    @Override
    public String toString() {
        return name;
    }
}
