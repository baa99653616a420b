package org.kaoping.core.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.points.Ratio;

/**
 * What one channel's evidence earned on one item, for an explanation: the share of the item's points,
 * its weight in the blend, the evidence and raters used and the rule's inputs in words.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class ChannelResult {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    ChannelResult() {}

    /** The channel; empty for a rule read over all channels at once (incidents). */
    public abstract Optional<Channel> channel();

    /** The weight in a weighted blend; empty under precedence. */
    public abstract Optional<Ratio> weight();

    /** The share earned, in [0, 1]; empty when the channel's evidence did not decide the item. */
    public abstract Optional<Ratio> share();

    public abstract List<String> evidenceIds();

    /** Raters with the level each chose, e.g. {@code r1=较好}; trimmed ones marked. */
    public abstract List<String> raters();

    /** The rule's inputs, e.g. {@code amount 3次 ≥ 2次}. */
    public abstract List<String> inputs();

    /** Whether this channel decided or took part in the blend. */
    public abstract boolean used();

    /** A builder of {@code ChannelResult}s. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link ChannelResult}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableChannelResult.Builder {
        Builder() {}
    }
}
