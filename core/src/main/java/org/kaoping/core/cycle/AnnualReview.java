package org.kaoping.core.cycle;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Ratio;

/**
 * The annual review (年度考评) in five steps, 一查、二听、三看、四评、五打分: each step is a channel of evidence
 * (the panel's for the first four, the public's for the fifth) that a plan can weight.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AnnualReview {
    private AnnualReview() {}

    /** The five steps in their order. */
    public static final List<ReviewStep> STEPS = Collections.unmodifiableList(Arrays.asList(ReviewStep.values()));

    /** A weighted blend over review steps, each in its usual source, e.g. 实地检查 30 %, …, 群众评分 20 %. */
    public static SourceBlend weighted(Map<ReviewStep, Ratio> weights, MissingSourcePolicy missing) {
        Map<Channel, Ratio> byChannel = new LinkedHashMap<>();
        for (Map.Entry<ReviewStep, Ratio> e : weights.entrySet()) {
            byChannel.put(Channel.of(e.getKey()), e.getValue());
        }
        return SourceBlend.weighted(byChannel, missing);
    }
}
