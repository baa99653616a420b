package org.kaoping.core.rule;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.points.Ratio;

/**
 * Qualitative judgement (定性): raters choose a level, and the item earns that level's share of its
 * points. Levels are listed best first.
 */
@Value.Immutable
public interface JudgementRule extends Rule {
    List<JudgementLevel> levels();

    /** The four levels used unless a plan declares others: 好 100 %, 较好 80 %, 一般 60 %, 差 0. */
    static JudgementRule standard() {
        return of(Arrays.asList(
                JudgementLevel.of("好", Ratio.ONE),
                JudgementLevel.of("较好", Ratio.percent(80)),
                JudgementLevel.of("一般", Ratio.percent(60)),
                JudgementLevel.of("差", Ratio.ZERO)));
    }

    static JudgementRule of(List<JudgementLevel> levels) {
        return ImmutableJudgementRule.builder().levels(levels).build();
    }

    @Override
    default RuleKind kind() {
        return RuleKind.JUDGEMENT;
    }

    @Override
    default <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitJudgement(this);
    }

    @Override
    default String describe() {
        StringBuilder s = new StringBuilder("judgement by levels");
        String sep = " ";
        for (JudgementLevel l : levels()) {
            s.append(sep).append(l.name()).append('=').append(l.share().toPercentString());
            sep = ", ";
        }
        return s.toString();
    }
}
