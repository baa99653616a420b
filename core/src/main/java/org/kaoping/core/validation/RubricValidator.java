package org.kaoping.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;

/**
 * Checks a rubric for the mistakes a transcription makes: children that do not add up to their parent
 * (naming the declared and the computed sum), points missing, zero or negative, duplicate ids, empty
 * text, rules missing or with thresholds out of range. Errata are listed as notices.
 *
 * <p>A rubric whose report {@linkplain ValidationReport#hasErrors() has errors} cannot be scored.
 * Criteria nested deeper than {@value #MAX_DEPTH} levels (or composite rules nested that deep) are an error and are
 * not descended into, so a hostile rubric cannot exhaust the stack; points whose sum leaves the range of
 * {@link Points} and thresholds with more than {@value #MAX_THRESHOLD_DIGITS} digits either side of the decimal point
 * are errors too, reported without expanding the number.
 * Stateless and thread-safe.
 */
@API(status = API.Status.STABLE)
public final class RubricValidator {
    /** The deepest nesting of criteria (and of composite rules) checked; the Beihai standards use three levels. */
    public static final int MAX_DEPTH = 32;
    /** The most digits of a threshold before, and after, its decimal point. */
    public static final int MAX_THRESHOLD_DIGITS = 18;

    private RubricValidator() {}

    public static ValidationReport validate(Rubric rubric) {
        return new Run(rubric).run();
    }

    private static final class Run {
        private final Rubric rubric;
        private final List<Diagnostic> out = new ArrayList<>();
        private final Map<String, List<String>> pathsById = new LinkedHashMap<>();

        Run(Rubric rubric) {
            this.rubric = rubric;
        }

        ValidationReport run() {
            metadata();
            Points sectionSum = Points.ZERO;
            for (Criterion c : rubric.criteria()) {
                sectionSum = plus(sectionSum, c.points());
                criterion(c, c.label(), 1);
            }
            if (sectionSum == null) {
                add(Severity.ERROR, Diagnostic.Code.POINTS_OVERFLOW, "", "", "The top-level criteria's points sum past "
                        + "the largest number of points (" + Points.ofUnits(Long.MAX_VALUE) + ")");
            } else if (!rubric.criteria().isEmpty() && !sectionSum.equals(rubric.points())) {
                add(Severity.ERROR, Diagnostic.Code.SUM_MISMATCH, "", "", "Rubric declares " + rubric.points()
                        + " points but its top-level criteria sum to " + sectionSum);
            }
            for (Map.Entry<String, List<String>> e : pathsById.entrySet()) {
                if (e.getValue().size() > 1) {
                    add(Severity.ERROR, Diagnostic.Code.DUPLICATE_ID, e.getKey(), e.getValue().get(0),
                            "Criterion id [" + e.getKey() + "] is used " + e.getValue().size() + " times: at "
                                    + String.join(", ", e.getValue()));
                }
            }
            for (Erratum e : rubric.errata()) {
                String path = e.criterionId().isEmpty() ? "" : firstPath(e.criterionId());
                if (!e.criterionId().isEmpty() && path == null) {
                    add(Severity.ERROR, Diagnostic.Code.UNKNOWN_ERRATUM_TARGET, e.criterionId(), "",
                            "Erratum names criterion [" + e.criterionId() + "], which the rubric does not hold");
                    continue;
                }
                add(Severity.NOTICE, Diagnostic.Code.ERRATUM, e.criterionId(), path,
                        "Erratum: the source says 「" + e.sourceSays() + "」; used: 「" + e.used() + "」; because "
                                + e.reason());
            }
            return ImmutableValidationReport.of(rubric.id(), out);
        }

        private String firstPath(String id) {
            List<String> paths = pathsById.get(id);
            return paths == null ? null : paths.get(0);
        }

        private void metadata() {
            if (rubric.id().trim().isEmpty()) {
                add(Severity.ERROR, Diagnostic.Code.MISSING_METADATA, "", "", "Rubric id is blank");
            }
            if (rubric.version().trim().isEmpty()) {
                add(Severity.ERROR, Diagnostic.Code.MISSING_METADATA, "", "", "Rubric version is blank");
            }
            if (rubric.title().trim().isEmpty()) {
                add(Severity.ERROR, Diagnostic.Code.MISSING_METADATA, "", "", "Rubric title is blank");
            }
            if (rubric.appliesTo().isEmpty()) {
                add(Severity.WARNING, Diagnostic.Code.MISSING_METADATA, "", "",
                        "Rubric names no org kind it applies to");
            }
            if (!rubric.points().isPositive()) {
                add(Severity.ERROR, Diagnostic.Code.NON_POSITIVE_POINTS, "", "",
                        "Rubric total must be positive; got " + rubric.points());
            }
            if (rubric.criteria().isEmpty()) {
                add(Severity.ERROR, Diagnostic.Code.NO_POINTS, "", "", "Rubric has no criteria");
            }
        }

        /** {@code a + b}, or null once a sum has left the range of {@link Points} (null stays null). */
        private Points plus(Points a, Points b) {
            if (a == null) {
                return null;
            }
            try {
                return a.plus(b);
            } catch (ArithmeticException e) {
                return null;
            }
        }

        private void criterion(Criterion c, String path, int depth) {
            if (depth > MAX_DEPTH) {
                error(c, path, Diagnostic.Code.TOO_DEEP, "Criteria are nested more than " + MAX_DEPTH
                        + " levels deep here; what lies below is not checked");
                return;
            }
            pathsById.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(path);
            if (c.text().trim().isEmpty()) {
                error(c, path, Diagnostic.Code.EMPTY_TEXT, "Criterion has empty text");
            }
            if (c.label().trim().isEmpty()) {
                add(Severity.WARNING, Diagnostic.Code.EMPTY_LABEL, c.id(), path, "Criterion has no source label");
            }
            if (c.pointsOrigin() == PointsOrigin.NONE) {
                error(c, path, Diagnostic.Code.NO_POINTS, (c.isLeaf() ? "Leaf" : "Criterion")
                        + " has no points: the source states none and no erratum or derivation supplies them");
            } else if (!c.points().isPositive()) {
                error(c, path, Diagnostic.Code.NON_POSITIVE_POINTS, "Points must be positive; got " + c.points());
            }
            if (c.isLeaf()) {
                if (c.rule().isPresent()) {
                    rule(c, path, c.rule().get(), c.points());
                } else {
                    add(Severity.WARNING, Diagnostic.Code.NO_RULE, c.id(), path, "Leaf has no scoring rule");
                }
                return;
            }
            if (c.rule().isPresent()) {
                add(Severity.WARNING, Diagnostic.Code.RULE_ON_PARENT, c.id(), path,
                        "Criterion has children, so its rule [" + c.rule().get().describe() + "] is not used");
            }
            Points sum = Points.ZERO;
            for (Criterion child : c.children()) {
                sum = plus(sum, child.points());
                criterion(child, path + " " + child.label(), depth + 1);
            }
            if (sum == null) {
                error(c, path, Diagnostic.Code.POINTS_OVERFLOW, "Its children's points sum past the largest number of "
                        + "points (" + Points.ofUnits(Long.MAX_VALUE) + ")");
            } else if (c.pointsOrigin() != PointsOrigin.NONE && !sum.equals(c.points())) {
                error(c, path, Diagnostic.Code.SUM_MISMATCH, "Declares " + c.points()
                        + " points but its children sum to " + sum);
            }
        }

        private void rule(Criterion c, String path, Rule rule, Points itemPoints) {
            rule.accept(new RuleVisitor<Void>() {
                private int compositeDepth;

                @Override
                public Void visitJudgement(JudgementRule r) {
                    if (r.levels().isEmpty()) {
                        invalid("judgement rule has no levels");
                    }
                    for (JudgementLevel l : r.levels()) {
                        if (!l.share().isFraction()) {
                            range("judgement level [" + l.name() + "] earns " + l.share().toPercentString()
                                    + "; a share must lie between 0% and 100%");
                        }
                    }
                    return null;
                }

                @Override
                public Void visitChecklist(ChecklistRule r) {
                    if (r.requirements().isEmpty()) {
                        invalid("checklist has no requirements");
                    }
                    policy(r.policy());
                    return null;
                }

                @Override
                public Void visitAtLeast(AtLeastRule r) {
                    metric(r.metric());
                    long scale = r.minimum().scale();
                    if (scale > MAX_THRESHOLD_DIGITS || r.minimum().precision() - scale > MAX_THRESHOLD_DIGITS) {
                        // toString, not toPlainString: 1E+2000000000 must not be written out digit by digit.
                        range("minimum " + r.minimum() + r.unit() + " has more than " + MAX_THRESHOLD_DIGITS
                                + " digits before or after the decimal point");
                    } else if (r.minimum().signum() < 0) {
                        range("minimum " + r.minimum().toPlainString() + r.unit() + " is negative");
                    }
                    if (r.unit().trim().isEmpty()) {
                        add(Severity.WARNING, Diagnostic.Code.INVALID_RULE, c.id(), path,
                                "minimum of [" + r.metric() + "] has no unit");
                    }
                    policy(r.policy());
                    return null;
                }

                @Override
                public Void visitRateAtLeast(RateAtLeastRule r) {
                    metric(r.metric());
                    if (r.minimum().compareTo(Ratio.ONE) > 0) {
                        range("rate threshold " + r.minimum().toPercentString() + " of [" + r.metric()
                                + "] is above 100%");
                    } else if (r.minimum().signum() < 0) {
                        range("rate threshold " + r.minimum().toPercentString() + " of [" + r.metric()
                                + "] is below 0%");
                    }
                    policy(r.policy());
                    return null;
                }

                @Override
                public Void visitTrend(TrendRule r) {
                    metric(r.metric());
                    policy(r.policy());
                    return null;
                }

                @Override
                public Void visitNoIncident(NoIncidentRule r) {
                    if (r.incidentCategory().trim().isEmpty()) {
                        invalid("no-incident rule has a blank incident category");
                    }
                    policy(r.policy());
                    return null;
                }

                @Override
                public Void visitComposite(CompositeRule r) {
                    if (r.conditions().isEmpty()) {
                        invalid("composite rule has no conditions");
                    }
                    if (compositeDepth >= MAX_DEPTH) {
                        error(c, path, Diagnostic.Code.TOO_DEEP, "Composite rules are nested more than " + MAX_DEPTH
                                + " levels deep; the conditions below are not checked");
                        return null;
                    }
                    compositeDepth++;
                    for (Rule condition : r.conditions()) {
                        condition.accept(this);
                    }
                    compositeDepth--;
                    policy(r.policy());
                    return null;
                }

                @Override
                public Void visitCustom(CustomRule r) {
                    if (r.type().trim().isEmpty()) {
                        invalid("custom rule has a blank type");
                    }
                    return null;
                }

                private void metric(String metric) {
                    if (metric.trim().isEmpty()) {
                        invalid("rule names a blank metric");
                    }
                }

                private void policy(CreditPolicy policy) {
                    if (policy.kind() == CreditPolicy.Kind.DEDUCT_PER_SHORTFALL) {
                        Points each = policy.deduction().get();
                        if (!each.isPositive()) {
                            range("deduction per shortfall must be positive; got " + each);
                        }
                    }
                }

                private void invalid(String message) {
                    error(c, path, Diagnostic.Code.INVALID_RULE, message);
                }

                private void range(String message) {
                    error(c, path, Diagnostic.Code.THRESHOLD_OUT_OF_RANGE, message);
                }
            });
        }

        private void error(Criterion c, String path, Diagnostic.Code code, String message) {
            add(Severity.ERROR, code, c.id(), path, message);
        }

        private void add(Severity severity, Diagnostic.Code code, String id, String path, String message) {
            out.add(Diagnostic.of(severity, code, id, path, message));
        }
    }

}
