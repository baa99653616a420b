package org.kaoping.core.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.points.Ratio;

/**
 * What one channel's evidence earned on one item, for an explanation: the share of the item's points,
 * its weight in the blend, the evidence and raters used and the rule's inputs in words.
 */
@Value.Immutable
public interface ChannelResult {
    /** The channel; empty for a rule read over all channels at once (incidents). */
    Optional<Channel> channel();

    /** The weight in a weighted blend; empty under precedence. */
    Optional<Ratio> weight();

    /** The share earned, in [0, 1]; empty when the channel's evidence did not decide the item. */
    Optional<Ratio> share();

    List<String> evidenceIds();

    /** Raters with the level each chose, e.g. {@code r1=较好}; trimmed ones marked. */
    List<String> raters();

    /** The rule's inputs, e.g. {@code amount 3次 ≥ 2次}. */
    List<String> inputs();

    /** Whether this channel decided or took part in the blend. */
    boolean used();
}
