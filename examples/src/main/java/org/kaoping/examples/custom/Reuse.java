package org.kaoping.examples.custom;

import java.util.function.Consumer;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.CriterionBuilder;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;

/**
 * Copies criteria of an existing rubric into a {@link RubricBuilder}, so that a new version can re-author
 * a few items and take the rest over unchanged: id, label, text, points (stated, derived by equal shares,
 * or by erratum), tags, rule and errata are all kept.
 */
final class Reuse {
    private Reuse() {}

    /** Appends {@code from}'s top-level criterion {@code id}, and everything below it, to {@code builder}. */
    static void section(RubricBuilder builder, Rubric from, String id) {
        Criterion c = from.criterion(id);
        if (c.pointsOrigin() != PointsOrigin.SOURCE) {
            throw new IllegalArgumentException("Top-level criterion [" + id + "] of [" + from.id()
                    + "] has points of origin " + c.pointsOrigin() + "; only stated points can be copied to the top");
        }
        builder.section(c.label(), c.text(), c.points().toString(), body(from, c));
    }

    /** Appends {@code from}'s criterion {@code id}, and everything below it, as a child of {@code parent}. */
    static void child(CriterionBuilder parent, Rubric from, String id) {
        add(parent, from, from.criterion(id));
    }

    /** Copies every top-level criterion and every rubric-level erratum of {@code from}. */
    static void all(RubricBuilder builder, Rubric from) {
        for (Criterion c : from.criteria()) {
            section(builder, from, c.id());
        }
        for (Erratum e : from.errata()) {
            if (e.criterionId().isEmpty()) {
                builder.erratum(e);
            }
        }
    }

    private static void add(CriterionBuilder parent, Rubric from, Criterion c) {
        switch (c.pointsOrigin()) {
            case SOURCE:
                parent.item(c.label(), c.text(), c.points().toString(), body(from, c));
                break;
            case ERRATUM: {
                Erratum pointsErratum = pointsErratum(from, c);
                parent.itemWithoutPoints(c.label(), c.text(), b -> {
                    b.pointsByErratum(c.points().toString(), pointsErratum.sourceSays(), pointsErratum.reason());
                    body(from, c).accept(b);
                });
                break;
            }
            default: // DERIVED (the parent shares its points again) or NONE
                parent.itemWithoutPoints(c.label(), c.text(), body(from, c));
        }
    }

    private static Consumer<CriterionBuilder> body(Rubric from, Criterion c) {
        return b -> {
            b.id(c.id());
            b.tag(c.tags().toArray(new String[0]));
            c.rule().ifPresent(b::rule);
            Erratum skip = c.pointsOrigin() == PointsOrigin.ERRATUM ? pointsErratum(from, c) : null;
            for (Erratum e : from.errata()) {
                if (e.criterionId().equals(c.id()) && !e.equals(skip)) {
                    b.erratum(e.sourceSays(), e.used(), e.reason());
                }
            }
            boolean derived = false;
            for (Criterion k : c.children()) {
                derived |= k.pointsOrigin() == PointsOrigin.DERIVED;
                add(b, from, k);
            }
            if (derived) {
                b.sharePointsEqually();
            }
        };
    }

    /** The erratum that supplies {@code c}'s points: on {@code c}, using exactly its points. */
    private static Erratum pointsErratum(Rubric from, Criterion c) {
        for (Erratum e : from.errata()) {
            if (e.criterionId().equals(c.id()) && e.used().equals(c.points() + "分")) {
                return e;
            }
        }
        throw new IllegalArgumentException("Criterion [" + c.id() + "] of [" + from.id()
                + "] holds points by erratum, but no erratum on it uses " + c.points() + "分");
    }
}
