package org.kaoping.spi;

import org.kaoping.core.api.API;
import org.kaoping.core.scoring.CustomRuleEvaluator;

/**
 * Evaluates custom leaf rules ({@code CustomRule}) of one type that the host defines, e.g. an attendance
 * rule read from its own HR system's evidence.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.RuleEvaluator}, or wired explicitly. Its
 * {@link #id()} is the rule type it evaluates ({@code CustomRule.type()}); two evaluators for one type
 * fail discovery. Must be a pure function of its arguments and thread-safe: scoring runs in parallel
 * and must give the same scorecard for the same inputs.
 */
@API(status = API.Status.STABLE)
public interface RuleEvaluator extends KaopingProvider, CustomRuleEvaluator {}
