package org.kaoping.core.rule;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Ratio;

/**
 * Qualitative judgement (定性): raters choose a level, and the item earns that level's share of its
 * points. Levels are listed best first.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class JudgementRule implements Rule {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    JudgementRule() {}

    public abstract List<JudgementLevel> levels();

    /** The four levels used unless a plan declares others: 好 100 %, 较好 80 %, 一般 60 %, 差 0. */
    public static JudgementRule standard() {
        return of(Arrays.asList(
                JudgementLevel.of("好", Ratio.ONE),
                JudgementLevel.of("较好", Ratio.percent(80)),
                JudgementLevel.of("一般", Ratio.percent(60)),
                JudgementLevel.of("差", Ratio.ZERO)));
    }

    public static JudgementRule of(List<JudgementLevel> levels) {
        return ImmutableJudgementRule.builder().levels(levels).build();
    }

    @Override
    public RuleKind kind() {
        return RuleKind.JUDGEMENT;
    }

    @Override
    public <R> R accept(RuleVisitor<R> visitor) {
        return visitor.visitJudgement(this);
    }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("judgement by levels");
        String sep = " ";
        for (JudgementLevel l : levels()) {
            s.append(sep).append(l.name()).append('=').append(l.share().toPercentString());
            sep = ", ";
        }
        return s.toString();
    }
}
