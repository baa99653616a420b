package org.kaoping.core.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;

/**
 * How one scorecard node got its points: the rule, each channel's evidence, raters, inputs and share, the
 * blend, deductions, an override, a not-applicable mark and notes. {@link #text()} renders it for people.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class Explanation {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    Explanation() {}

    public abstract String criterionId();

    /** The source's label and text of the criterion. */
    public abstract String criterion();

    public abstract NodeState state();

    public abstract Points awarded();

    public abstract Points maximum();

    /** The rule's one-line description; empty on a node with children. */
    public abstract Optional<String> rule();

    /** The blend used for a leaf, e.g. {@code precedence [PANEL, …]}. */
    public abstract Optional<String> blend();

    public abstract List<ChannelResult> channels();

    /** The share of the item's points after blending, before deductions and overrides. */
    public abstract Optional<Ratio> blendedShare();

    /** Weighted channels that had no deciding evidence. */
    public abstract List<Channel> missingChannels();

    /** Evidence of channels the blend does not name. */
    public abstract List<String> ignoredEvidenceIds();

    public abstract List<AppliedDeduction> deductions();

    public abstract Optional<AppliedOverride> override();

    /** The reason the criterion is not applicable, with the mark's evidence id. */
    public abstract Optional<String> notApplicable();

    /** Documents filed under the criterion: id, title and SHA-256. */
    public abstract List<String> documents();

    public abstract List<String> notes();

    /** Whether a weighted channel is missing under {@code MARK_INCOMPLETE}, here or below. */
    public abstract boolean incomplete();

    /** Whether the item was scored with some inputs missing (an unticked requirement, an undecided condition), here or below. */
    @Value.Default
    public boolean missingInputs() {
        return false;
    }

    /** Every evidence id the explanation cites. */
    public java.util.Set<String> evidenceIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (ChannelResult c : channels()) {
            ids.addAll(c.evidenceIds());
        }
        for (AppliedDeduction d : deductions()) {
            ids.add(d.evidenceId());
        }
        if (override().isPresent()) {
            ids.add(override().get().evidenceId());
        }
        ids.addAll(ignoredEvidenceIds());
        return ids;
    }

    /** A multi-line rendering: header, rule, one line per channel, deductions, override, notes. */
    public String text() {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder();
        s.append(criterionId()).append(' ').append(criterion()).append(nl);
        s.append("  ").append(awarded()).append(" of ").append(maximum()).append(", ").append(state())
                .append(incomplete() ? ", incomplete" : "").append(missingInputs() ? ", missing inputs" : "").append(nl);
        if (rule().isPresent()) {
            s.append("  rule: ").append(rule().get()).append(nl);
        }
        if (blend().isPresent()) {
            s.append("  blend: ").append(blend().get()).append(nl);
        }
        if (notApplicable().isPresent()) {
            s.append("  not applicable: ").append(notApplicable().get()).append(nl);
        }
        for (ChannelResult c : channels()) {
            s.append("  ").append(c.channel().isPresent() ? c.channel().get().toString() : "all sources")
                    .append(c.weight().isPresent() ? " (weight " + c.weight().get() + ")" : "")
                    .append(c.share().isPresent() ? ": " + c.share().get().toPercentString() : ": undecided")
                    .append(c.used() ? "" : " (not used)")
                    .append(" evidence ").append(c.evidenceIds()).append(nl);
            for (String r : c.raters()) {
                s.append("    rater ").append(r).append(nl);
            }
            for (String in : c.inputs()) {
                s.append("    ").append(in).append(nl);
            }
        }
        for (AppliedDeduction d : deductions()) {
            s.append("  deduction ").append(d.evidenceId()).append(" on ").append(d.criterionId()).append(": ")
                    .append(d.reason()).append(", asked ").append(d.asked()).append(", taken ").append(d.taken()).append(nl);
        }
        if (override().isPresent()) {
            AppliedOverride o = override().get();
            s.append("  override ").append(o.evidenceId()).append(" by ").append(o.author()).append(" at ").append(o.at())
                    .append(": ").append(o.oldPoints()).append(" → ").append(o.newPoints()).append(", because ")
                    .append(o.reason()).append(nl);
        }
        for (String d : documents()) {
            s.append("  document ").append(d).append(nl);
        }
        for (String note : notes()) {
            s.append("  note: ").append(note).append(nl);
        }
        return s.toString();
    }

    /** A builder of {@code Explanation}s. */
    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link Explanation}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableExplanation.Builder {
        Builder() {}
    }
}
