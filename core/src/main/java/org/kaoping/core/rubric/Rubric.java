package org.kaoping.core.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;

/**
 * A point-weighted standard (工作标准) for one or more kinds of organization: a versioned tree of
 * {@link Criterion} with its source document and errata.
 *
 * <p>Transcribe one from its source text with {@link #builder(String)}, or assemble one from criteria already
 * built (a JSON reader, a generator) with {@link #builder()}, which the former uses too; check it with
 * {@code RubricValidator} before scoring.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Rubric {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Rubric() {}

    /** E.g. {@code beihai-2015/county}. */
    public abstract String id();

    /** The standard's own version, e.g. {@code 2015.1.0}. */
    public abstract String version();

    /** E.g. {@code 县（区）工作标准}. */
    public abstract String title();

    /** The kinds of organization this standard assesses. */
    public abstract Set<OrgKind> appliesTo();

    /** The declared total, normally 100. */
    public abstract Points points();

    /** The source document this rubric transcribes. */
    public abstract String source();

    /** The top-level criteria (sections), in the source's order. */
    public abstract List<Criterion> criteria();

    public abstract List<Erratum> errata();

    /** Every criterion, in pre-order. */
    @Value.Lazy
    public List<Criterion> allCriteria() {
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : criteria()) {
            Criterion.collect(c, out);
        }
        return Collections.unmodifiableList(out);
    }

    /** Every leaf, in pre-order. */
    @Value.Lazy
    public List<Criterion> leaves() {
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : allCriteria()) {
            if (c.isLeaf()) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Value.Lazy
    public Map<String, Criterion> criteriaById() {
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (Criterion c : allCriteria()) {
            out.putIfAbsent(c.id(), c);
        }
        return Collections.unmodifiableMap(out);
    }

    public Optional<Criterion> findCriterion(String criterionId) {
        return Optional.ofNullable(criteriaById().get(criterionId));
    }

    /** @throws UnknownCriterionException if the rubric has no such criterion */
    public Criterion criterion(String criterionId) {
        Criterion c = criteriaById().get(criterionId);
        if (c == null) {
            throw new UnknownCriterionException(id(), criterionId);
        }
        return c;
    }

    public boolean isApplicableTo(OrgKind kind) {
        return appliesTo().contains(kind);
    }

    /** A fluent builder that reads like the source text; see {@link RubricBuilder}. */
    public static RubricBuilder builder(String id) {
        return new RubricBuilder(id);
    }

    /** The builder of a rubric from its attributes and criteria, e.g. {@code builder().from(rubric).id(newId).build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Rubric}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableRubric.Builder {
        Builder() {}
    }
}
