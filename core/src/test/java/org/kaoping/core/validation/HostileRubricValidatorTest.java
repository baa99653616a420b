package org.kaoping.core.validation;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rule;

/** Rubrics built to break the validator (issue 11): each is an error in the report, never a crash. */
class HostileRubricValidatorTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    private static org.kaoping.core.rubric.Criterion.Builder node(String id, Points points) {
        return Criterion.builder().id(id).label(id).text("t").points(points).pointsOrigin(PointsOrigin.SOURCE);
    }

    private static Rubric rubric(Points points, Criterion... top) {
        Rubric.Builder b = Rubric.builder().id("r").version("1").title("t").source("s").points(points);
        for (Criterion c : top) {
            b.addCriteria(c);
        }
        return b.build();
    }

    private static boolean hasError(ValidationReport report, Diagnostic.Code code) {
        return report.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR && d.code() == code);
    }

    @Test
    void criteriaNested5000DeepAreATooDeepErrorNotAStackOverflow() {
        Criterion c = node("leaf", Points.ONE).build();
        for (int i = 0; i < 5000; i++) {
            c = node("n" + i, Points.ONE).addChildren(c).build();
        }
        Rubric r = rubric(Points.ONE, c);
        ValidationReport report = assertTimeoutPreemptively(QUICK, () -> RubricValidator.validate(r));
        assertTrue(hasError(report, Diagnostic.Code.TOO_DEEP), report.toString());
    }

    @Test
    void compositeRulesNested5000DeepAreATooDeepError() {
        Rule rule = AtLeastRule.of("m", BigDecimal.ONE, "次", Period.YEAR, CreditPolicy.allOrNothing());
        for (int i = 0; i < 5000; i++) {
            rule = CompositeRule.of(CreditPolicy.allOrNothing(), Collections.singletonList(rule));
        }
        Rubric r = rubric(Points.ONE, node("1", Points.ONE).rule(rule).build());
        ValidationReport report = assertTimeoutPreemptively(QUICK, () -> RubricValidator.validate(r));
        assertTrue(hasError(report, Diagnostic.Code.TOO_DEEP), report.toString());
    }

    @Test
    void pointsSummingPastLongAreAnOverflowError() {
        Points huge = Points.ofUnits(Long.MAX_VALUE - 1);
        Rubric r = rubric(Points.HUNDRED, node("1", huge).build(), node("2", huge).build());
        ValidationReport report = RubricValidator.validate(r);
        assertTrue(hasError(report, Diagnostic.Code.POINTS_OVERFLOW), report.toString());
        Rubric nested = rubric(Points.HUNDRED, node("p", Points.HUNDRED).addChildren(node("1", huge).build(),
                node("2", huge).build()).build());
        assertTrue(hasError(RubricValidator.validate(nested), Diagnostic.Code.POINTS_OVERFLOW));
    }

    @Test
    void aHugeOrTinyMinimumIsAnErrorWithoutExpandingIt() {
        for (String minimum : new String[] {"1e2000000000", "-1e2000000000", "1e-2000000000"}) {
            Rule rule = AtLeastRule.of("m", new BigDecimal(minimum), "次", Period.YEAR, CreditPolicy.allOrNothing());
            Rubric r = rubric(Points.ONE, node("1", Points.ONE).rule(rule).build());
            ValidationReport report = assertTimeoutPreemptively(QUICK, () -> RubricValidator.validate(r));
            assertTrue(hasError(report, Diagnostic.Code.THRESHOLD_OUT_OF_RANGE), minimum + ": " + report);
        }
    }
}
