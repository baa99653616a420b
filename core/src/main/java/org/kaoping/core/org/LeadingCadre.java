package org.kaoping.core.org;

import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * A leading cadre of a unit as the host's directory names them (领导干部): name and post, e.g. 李明, 局长. The organization
 * department (组织部) reads each unit's result beside them (述职考核). Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LeadingCadre {
    private final String name;
    private final String post;

    private LeadingCadre(String name, String post) {
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.post = Objects.requireNonNull(post, "post must not be null");
        if (name.trim().isEmpty() || post.trim().isEmpty()) {
            throw new IllegalArgumentException("a leading cadre needs a name and a post; got [" + name + "], [" + post + "]");
        }
    }

    public static LeadingCadre of(String name, String post) {
        return new LeadingCadre(name, post);
    }

    public String name() {
        return name;
    }

    /** The post, e.g. 局长, 党委书记. */
    public String post() {
        return post;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeadingCadre && name.equals(((LeadingCadre) o).name) && post.equals(((LeadingCadre) o).post);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, post);
    }

    /** {@code 李明（局长）}. */
    @Override
    public String toString() {
        return name + "（" + post + "）";
    }
}
