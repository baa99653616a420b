package org.kaoping.core.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;

/**
 * A point-weighted standard (工作标准) for one or more kinds of organization: a versioned tree of
 * {@link Criterion} with its source document and errata.
 *
 * <p>Write one with {@link #builder(String)}; check it with {@code RubricValidator} before scoring.
 */
@Value.Immutable
public interface Rubric {
    /** E.g. {@code beihai-2015/county}. */
    String id();

    /** The standard's own version, e.g. {@code 2015.1.0}. */
    String version();

    /** E.g. {@code 县（区）工作标准}. */
    String title();

    /** The kinds of organization this standard assesses. */
    Set<OrgKind> appliesTo();

    /** The declared total, normally 100. */
    Points points();

    /** The source document this rubric transcribes. */
    String source();

    /** The top-level criteria (sections), in the source's order. */
    List<Criterion> criteria();

    List<Erratum> errata();

    /** Every criterion, in pre-order. */
    @Value.Lazy
    default List<Criterion> allCriteria() {
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : criteria()) {
            Criterion.collect(c, out);
        }
        return Collections.unmodifiableList(out);
    }

    /** Every leaf, in pre-order. */
    @Value.Lazy
    default List<Criterion> leaves() {
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : allCriteria()) {
            if (c.isLeaf()) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Value.Lazy
    default Map<String, Criterion> criteriaById() {
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (Criterion c : allCriteria()) {
            out.putIfAbsent(c.id(), c);
        }
        return Collections.unmodifiableMap(out);
    }

    default Optional<Criterion> findCriterion(String criterionId) {
        return Optional.ofNullable(criteriaById().get(criterionId));
    }

    /** @throws UnknownCriterionException if the rubric has no such criterion */
    default Criterion criterion(String criterionId) {
        Criterion c = criteriaById().get(criterionId);
        if (c == null) {
            throw new UnknownCriterionException(id(), criterionId);
        }
        return c;
    }

    default boolean isApplicableTo(OrgKind kind) {
        return appliesTo().contains(kind);
    }

    /** A fluent builder that reads like the source text; see {@link RubricBuilder}. */
    static RubricBuilder builder(String id) {
        return new RubricBuilder(id);
    }
}
