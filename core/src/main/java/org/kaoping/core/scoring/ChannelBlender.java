package org.kaoping.core.scoring;

import java.util.List;
import java.util.Map;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.Rule;

/**
 * Blends the channels of one leaf (panel, host system, public …) by the leaf's {@link SourceBlend}: precedence (the
 * first channel holding deciding evidence decides) or weights (renormalized or marked incomplete when a channel is
 * missing). It moves the {@link RuleEvaluator}'s cursor from channel to channel; it knows no rule kind.
 */
final class ChannelBlender {
    private final CompiledRubric cr;
    private final int year;
    private final NodeTrace[] trace;
    private final List<Evidence>[] own;
    private final Map<String, String> skipped;
    private final boolean[] partial;
    private final boolean[] incomplete;
    private final RuleEvaluator ev;

    ChannelBlender(Engine run, RuleEvaluator ev) {
        this.cr = run.cr;
        this.year = run.year;
        this.trace = run.trace;
        this.own = run.own;
        this.skipped = run.skipped;
        this.partial = run.partial;
        this.incomplete = run.incomplete;
        this.ev = ev;
    }

    private void skip(Evidence e, String reason) {
        Engine.skip(skipped, e, reason);
    }

    Ratio precedence(SourceBlend blend, long mask, Rule rule, NodeTrace t) {
        Ratio decided = null;
        List<Channel> order = blend.order();
        for (int k = 0; k < order.size(); k++) { // by index: no iterator per leaf
            Channel c = order.get(k);
            if ((mask & (1L << c.index())) == 0) {
                continue;
            }
            if (decided != null && t == null) {
                break;
            }
            Ratio s = evalChannel(c.index(), rule, t != null);
            if (t != null) {
                t.channels.add(result(c, null, s, decided == null && s != null));
            }
            if (decided == null && s != null) {
                decided = s;
                partial[ev.node] |= ev.missingInput;
                if (t != null) {
                    t.notes.add("precedence " + blend.order() + ": " + c + " decides");
                }
            }
        }
        return decided;
    }

    Ratio weighted(SourceBlend blend, long mask, Rule rule, NodeTrace t) {
        Ratio num = Ratio.ZERO;
        Ratio den = Ratio.ZERO;
        boolean any = false;
        for (Map.Entry<Channel, Ratio> w : blend.weights().entrySet()) {
            Channel c = w.getKey();
            Ratio s = (mask & (1L << c.index())) == 0 ? null : evalChannel(c.index(), rule, t != null);
            if (s != null) {
                any = true;
                partial[ev.node] |= ev.missingInput;
                num = Fractions.add(num, Fractions.multiply(w.getValue(), s));
                den = Fractions.add(den, w.getValue());
                if (t != null) {
                    t.channels.add(result(c, w.getValue(), s, true));
                }
            } else {
                if (blend.missing() == MissingSourcePolicy.MARK_INCOMPLETE) {
                    den = Fractions.add(den, w.getValue());
                    incomplete[ev.node] = true;
                }
                if (t != null) {
                    t.missingChannels.add(c);
                    t.notes.add(c + " (weight " + w.getValue() + ") has no evidence deciding this item: "
                            + (blend.missing() == MissingSourcePolicy.RENORMALIZE
                                    ? "the other channels' weights are renormalized"
                                    : "it contributes nothing and the item is incomplete"));
                }
            }
        }
        if (!any) {
            incomplete[ev.node] = false;
            return null;
        }
        return Fractions.divide(num, den);
    }

    ChannelResult result(Channel c, Ratio weight, Ratio share, boolean used) {
        ChannelResult.Builder b = ChannelResult.builder().used(used);
        if (c != null) {
            b.channel(c);
        }
        if (weight != null) {
            b.weight(weight);
        }
        if (share != null) {
            b.share(share);
        }
        if (ev.scratch != null) {
            b.addAllEvidenceIds(ev.scratch.evidenceIds).addAllRaters(ev.scratch.raters).addAllInputs(ev.scratch.inputs);
        }
        return b.build();
    }

    /** The channels (resolved by the leaf's blend) that hold evidence this rule reads, as a bit mask. */
    long presentChannels(int i) {
        // untraced: the leaf's own evidence is read once here, for this mask and for the rule's evaluation after it
        long mask = trace == null ? ev.gatherOwn(own[i], cr.hostDefined[i]) : scan(own[i], cr.hostDefined[i], 0);
        for (int slot : cr.keySlots[i]) {
            mask = scan(own[slot], false, mask); // the evidence of cr.keys[i], found with the ids
        }
        return mask;
    }

    private long scan(List<Evidence> l, boolean custom, long mask) {
        int kinds = custom ? RuleInputs.CUSTOM_KINDS : RuleInputs.BUILT_IN_KINDS;
        // untraced, over rows of columns: kind, year and channel read from the columns, no view made (RowFacts)
        EvidenceColumns.RowList rows = trace == null ? RowFacts.of(l) : null;
        if (rows != null) {
            return scanRows(rows, l.size(), kinds, mask);
        }
        for (int k = 0; k < l.size(); k++) {
            Evidence e = l.get(k);
            if ((kinds & 1 << e.kind().ordinal()) == 0 || e.period().year() != year) {
                continue;
            }
            int r = ev.resolve[Channel.indexOf(e)];
            if (r < 0) {
                if (trace != null) {
                    trace[ev.node].ignored.add(e.id());
                    trace[ev.node].notes.add("evidence " + e.id() + " from " + Channel.exact(e) + " ignored: the blend does not name that ev.channel");
                    skip(e, "the blend of criterion [" + cr.ids[ev.node] + "] (" + cr.blends[ev.node] + ") does not name ev.channel " + Channel.exact(e));
                }
            } else {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    /** {@link #scan} untraced over rows of columns: the same reads, from the columns by row. */
    private long scanRows(EvidenceColumns.RowList rows, int size, int kinds, long mask) {
        EvidenceColumns c = rows.columns();
        for (int k = 0; k < size; k++) {
            int row = rows.row(k);
            if ((kinds & 1 << c.kind(row).ordinal()) != 0 && c.period(row).year() == year) {
                int r = ev.resolve[RowFacts.channel(c, row)];
                if (r >= 0) {
                    mask |= 1L << r;
                }
            }
        }
        return mask;
    }

    Ratio evalChannel(int ch, Rule rule, boolean traced) {
        ev.channel = ch;
        ev.scratch = traced ? new NodeTrace.Scratch() : null;
        ev.missingInput = false;
        Ratio s = ev.eval(rule);
        if (s == null) {
            s = ev.rating();
        }
        return s;
    }
}
