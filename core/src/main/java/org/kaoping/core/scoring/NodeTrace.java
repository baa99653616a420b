package org.kaoping.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.points.Ratio;

/** What a traced run records about one node, turned into an {@link Explanation} afterwards. Mutable, internal. */
final class NodeTrace {
    final List<ChannelResult> channels = new ArrayList<>();
    final Set<String> ignored = new LinkedHashSet<>();
    final List<Channel> missingChannels = new ArrayList<>();
    Ratio blended;
    final List<AppliedDeduction> deductions = new ArrayList<>();
    AppliedOverride override;
    String notApplicable;
    final Set<String> documents = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    /** The channel being evaluated. */
    static final class Scratch {
        final Set<String> evidenceIds = new LinkedHashSet<>();
        final List<String> raters = new ArrayList<>();
        final List<String> inputs = new ArrayList<>();
    }
}
