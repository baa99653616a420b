package org.kaoping.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Rule evaluation goes through {@link RuleVisitor}, and completeness over rule kinds is checked by the compiler.
 *
 * <p>{@link KindOf} below is a plain (non-abstract, no default methods) implementation of {@code RuleVisitor}: it
 * must list every visit method, so adding a rule kind (a new {@code visitX} in {@code RuleVisitor}) stops this test
 * — and the engine's evaluator, {@code RuleEvaluator}, and the compiler's {@code CompiledRubric.KeyCollector}
 * and {@code RuleShape} — from compiling until each says what the new kind does. A new rule type that does not
 * implement {@link Rule#accept} (abstract there) does not compile either. At run time the test checks that each
 * kind's {@code accept} reaches the visit method of that same kind, so no rule type dispatches to a neighbour.
 */
class RuleVisitorCompletenessTest {

    /** Answers which visit method was called; must name every visit method of {@link RuleVisitor} to compile. */
    private static final class KindOf implements RuleVisitor<RuleKind> {
        @Override
        public RuleKind visitJudgement(JudgementRule rule) {
            return RuleKind.JUDGEMENT;
        }

        @Override
        public RuleKind visitChecklist(ChecklistRule rule) {
            return RuleKind.CHECKLIST;
        }

        @Override
        public RuleKind visitAtLeast(AtLeastRule rule) {
            return RuleKind.AT_LEAST;
        }

        @Override
        public RuleKind visitRateAtLeast(RateAtLeastRule rule) {
            return RuleKind.RATE_AT_LEAST;
        }

        @Override
        public RuleKind visitTrend(TrendRule rule) {
            return RuleKind.TREND;
        }

        @Override
        public RuleKind visitNoIncident(NoIncidentRule rule) {
            return RuleKind.NO_INCIDENT;
        }

        @Override
        public RuleKind visitComposite(CompositeRule rule) {
            return RuleKind.COMPOSITE;
        }

        @Override
        public RuleKind visitCustom(CustomRule rule) {
            return RuleKind.CUSTOM;
        }
    }

    private static List<Rule> oneOfEachKind() {
        return Arrays.asList(
                Rules.judgement(),
                Rules.checklist(Rules.proportional(), "a", "b"),
                Rules.atLeast("training-sessions", 2, "次", Period.YEAR),
                Rules.rateAtLeast("exam-pass", "98%"),
                Rules.rising("cases-closed"),
                Rules.noIncident("major-incident"),
                Rules.allOf(Rules.noIncident("major-incident"), Rules.rateAtLeast("exam-pass", "98%")),
                CustomRule.of("acme/attendance", Collections.<String, String>emptyMap()));
    }

    @Test
    void everyRuleDispatchesToTheVisitMethodOfItsOwnKind() {
        for (Rule rule : oneOfEachKind()) {
            assertEquals(rule.kind(), rule.accept(new KindOf()), rule.describe());
        }
    }

    @Test
    void theSamplesCoverEveryRuleKind() {
        Set<RuleKind> seen = EnumSet.noneOf(RuleKind.class);
        for (Rule rule : oneOfEachKind()) {
            seen.add(rule.accept(new KindOf()));
        }
        assertEquals(EnumSet.allOf(RuleKind.class), seen,
                "a rule kind has no sample here: add one, and a visit method if it lacks one");
    }

    @ParameterizedTest
    @EnumSource(RuleKind.class)
    void everyRuleKindDispatchesToItsOwnKindMethod(RuleKind kind) {
        assertEquals(kind, kind.accept(new KindItself()));
    }

    /** Answers, for each method of {@link RuleKind.Visitor}, the kind it is for. */
    private static final class KindItself implements RuleKind.Visitor<RuleKind> {
        @Override
        public RuleKind judgement() {
            return RuleKind.JUDGEMENT;
        }

        @Override
        public RuleKind checklist() {
            return RuleKind.CHECKLIST;
        }

        @Override
        public RuleKind atLeast() {
            return RuleKind.AT_LEAST;
        }

        @Override
        public RuleKind rateAtLeast() {
            return RuleKind.RATE_AT_LEAST;
        }

        @Override
        public RuleKind trend() {
            return RuleKind.TREND;
        }

        @Override
        public RuleKind noIncident() {
            return RuleKind.NO_INCIDENT;
        }

        @Override
        public RuleKind composite() {
            return RuleKind.COMPOSITE;
        }

        @Override
        public RuleKind custom() {
            return RuleKind.CUSTOM;
        }
    }
}
