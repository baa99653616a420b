package org.kaoping.core.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;

/**
 * A fluent builder for {@link Rubric}s that reads like the source document:
 *
 * <pre>{@code
 * Rubric.builder("beihai-2015/county").version("2015.1.0").title("县（区）工作标准")
 *     .appliesTo(OrgKind.COUNTY_DISTRICT).points("100").source("…")
 *     .section("（二）", "加强制度建设（6分）。", "6", s -> s
 *         .item("1、", "根据经济社会发展需要…（1分）。", "1", judgement())
 *         .itemWithoutPoints("3、", "规范性文件的制定过程符合法定程序…", i -> i
 *             .pointsByErratum("1", "（无分值）", "section declares 6 and the other items sum to 5")))
 *     .build();
 * }</pre>
 *
 * <p>The builder records what it is given; it does not judge sums or thresholds. That is
 * {@code RubricValidator}'s job, so that a faulty transcription can be built, reported and fixed.
 */
@API(status = API.Status.STABLE)
public final class RubricBuilder {
    private final String id;
    private String version;
    private String title;
    private String source;
    private Points points;
    private final List<OrgKind> appliesTo = new ArrayList<>();
    private final List<CriterionBuilder> sections = new ArrayList<>();
    private final List<Erratum> errata = new ArrayList<>();

    RubricBuilder(String id) {
        this.id = Objects.requireNonNull(id, "id must not be null");
    }

    public RubricBuilder version(String version) {
        this.version = version;
        return this;
    }

    public RubricBuilder title(String title) {
        this.title = title;
        return this;
    }

    public RubricBuilder source(String source) {
        this.source = source;
        return this;
    }

    /** The declared total as the source prints it, e.g. {@code "100"}. */
    public RubricBuilder points(String points) {
        this.points = Points.parse(points);
        return this;
    }

    public RubricBuilder appliesTo(OrgKind... kinds) {
        this.appliesTo.addAll(Arrays.asList(kinds));
        return this;
    }

    /** A top-level section with points stated in the source. */
    public RubricBuilder section(String label, String text, String points, Consumer<CriterionBuilder> body) {
        CriterionBuilder s = new CriterionBuilder(label, text, Objects.requireNonNull(points, "points must not be null"));
        body.accept(s);
        sections.add(s);
        return this;
    }

    /**
     * A top-level item, for standards without sections (the party & mass standard lists items 1–16
     * directly); same as {@link #section}.
     */
    public RubricBuilder item(String label, String text, String points, Consumer<CriterionBuilder> body) {
        return section(label, text, points, body);
    }

    /** A top-level leaf scored by {@code rule}. */
    public RubricBuilder item(String label, String text, String points, org.kaoping.core.rule.Rule rule) {
        return section(label, text, points, c -> c.rule(rule));
    }

    /** An erratum on the rubric as a whole or on a criterion named by id. */
    public RubricBuilder erratum(Erratum erratum) {
        this.errata.add(Objects.requireNonNull(erratum, "erratum must not be null"));
        return this;
    }

    /**
     * @throws IllegalStateException naming the first of version, title, source or points not given
     */
    public Rubric build() {
        require(version, "version");
        require(title, "title");
        require(source, "source");
        require(points, "points");
        Rubric.Builder b = Rubric.builder().id(id).version(version).title(title)
                .source(source).points(points).addAllAppliesTo(appliesTo);
        List<Erratum> collected = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            b.addCriteria(sections.get(i).build(Integer.toString(i + 1), collected));
        }
        collected.addAll(errata);
        return b.addAllErrata(collected).build();
    }

    private void require(Object value, String field) {
        if (value == null) {
            throw new IllegalStateException("Rubric [" + id + "] has no " + field + "; call ." + field + "(…) before build()");
        }
    }
}
