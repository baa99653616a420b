package org.kaoping.benchmarks.nation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;
import org.kaoping.core.evidence.EvidenceIndex;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.org.OrgUnit;

/**
 * Generates a {@link Nation} and, per unit, its evidence, deterministically from a seed: each unit draws
 * from its own {@link SplittableRandom} seeded by a mix of the nation's seed and the unit's index, so any
 * unit's facts can be regenerated alone, in any order, by any thread, and the Kaoping index and the SQL
 * peers see exactly the same facts without either holding the other's copy.
 *
 * <p>Per leaf (≈ 3 % of leaves have no evidence and so score 0 as missing): a judgement leaf gets one
 * judgement from each panel rater (3–5 by kind) and, one time in ten, the unit's own self-assessed
 * judgement (outranked by the panel under the default precedence blend); a checklist leaf a tick per
 * requirement (95 %; met 80 %); a metric leaf 1–3 values from the host system, or one time in ten from the
 * unit itself, plus one time in twenty a value of the previous year (ignored); a public leaf 1–2 ratings
 * (20–200 respondents); a no-incident leaf an incident 3 % and a previous-year one 1 % of the time. Every
 * unit also files 12 monthly self reports, which no rule reads. About 150 facts per village, 100 million
 * facts at scale 1.0.
 */
public final class NationGenerator {
    /** How evidence objects are made. */
    public enum Style {
        /** {@link Facts}' compact views (32 bytes each, ids derived on request). */
        COMPACT,
        /** The SDK's immutable value objects ({@code Judgement.builder()} …), ids stored as Strings. */
        IMMUTABLES,
        /**
         * The SDK's own compact form: every fact held in one {@link EvidenceColumns}, indexed as a store's snapshot is;
         * single facts ({@link #evidence}, {@link #unitEvidence}) are made as {@link #COMPACT}.
         */
        COLUMNS
    }

    private NationGenerator() {}

    /** The nation of {@code scale} (0.001 … 1.0) for {@code seed}. */
    public static Nation nation(double scale, long seed) {
        return new Nation(scale, seed);
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Fills {@code out} with the facts of unit {@code u}. */
    public static void fill(Nation nation, int u, UnitFacts out) {
        SyntheticRubric r = nation.rubricOf(u);
        out.clear(u, r);
        SplittableRandom rnd = new SplittableRandom(mix64(nation.seed ^ mix64(u + 0x5DEECE66DL)));
        int raters = nation.ratersOf(u);
        for (int k = 0; k < r.leaves; k++) {
            LeafRule rule = r.rule[k];
            if (rule != LeafRule.NO_INCIDENT && rnd.nextInt(100) < 3) {
                continue; // missing evidence
            }
            switch (rule) {
                case JUDGEMENT:
                    for (int p = 0; p < raters; p++) {
                        out.add(UnitFacts.JUDGEMENT, k, UnitFacts.PANEL, false, level(rnd), p);
                    }
                    if (rnd.nextInt(10) == 0) {
                        out.add(UnitFacts.JUDGEMENT, k, UnitFacts.SELF, false, level(rnd), raters);
                    }
                    break;
                case CHECKLIST:
                    for (int q = 1; q <= r.param[k]; q++) {
                        if (rnd.nextInt(100) < 95) {
                            out.add(UnitFacts.TICK, k, UnitFacts.PANEL, false, q, rnd.nextInt(100) < 80 ? 1 : 0);
                        }
                    }
                    break;
                case AT_LEAST: {
                    byte src = rnd.nextInt(10) == 0 ? UnitFacts.SELF : UnitFacts.HOST;
                    int values = 1 + rnd.nextInt(3);
                    for (int v = 0; v < values; v++) {
                        out.add(UnitFacts.METRIC, k, src, false, rnd.nextInt(r.param[k] + 1), 0);
                    }
                    if (rnd.nextInt(20) == 0) {
                        out.add(UnitFacts.METRIC, k, UnitFacts.HOST, true, rnd.nextInt(10), 0);
                    }
                    break;
                }
                case PUBLIC_RATING: {
                    int ratings = 1 + rnd.nextInt(2);
                    for (int v = 0; v < ratings; v++) {
                        int respondents = 20 + rnd.nextInt(181);
                        int satisfied = respondents / 2 + rnd.nextInt(respondents - respondents / 2 + 1);
                        out.add(UnitFacts.RATING, k, UnitFacts.PUBLIC, false, satisfied, respondents);
                    }
                    break;
                }
                case NO_INCIDENT:
                    if (rnd.nextInt(100) < 3) {
                        out.add(UnitFacts.INCIDENT, k, UnitFacts.HOST, false, 1 + rnd.nextInt(12), 0);
                    }
                    if (rnd.nextInt(100) < 1) {
                        out.add(UnitFacts.INCIDENT, k, UnitFacts.HOST, true, 1 + rnd.nextInt(12), 0);
                    }
                    break;
                default:
                    throw new AssertionError(rule);
            }
        }
        for (int m = 1; m <= 12; m++) {
            out.add(UnitFacts.SELF_REPORT, -1, UnitFacts.SELF, false, m, 0);
        }
    }

    private static int level(SplittableRandom rnd) {
        int x = rnd.nextInt(10);
        return x < 3 ? 0 : x < 7 ? 1 : x < 9 ? 2 : 3;
    }

    /** The facts in {@code f} as evidence about {@code unit}, appended to {@code out}. */
    public static void toEvidence(UnitFacts f, OrgUnit unit, Style style, List<Evidence> out) {
        String uid = unit.id();
        SyntheticRubric r = f.rubric;
        for (int i = 0; i < f.size; i++) {
            String key = f.leaf[i] < 0 ? SelfReport.KEY : r.key[f.leaf[i]];
            out.add(style == Style.IMMUTABLES ? immutable(f, i, uid, key) : compact(f, i, uid, key));
        }
    }

    private static Evidence compact(UnitFacts f, int i, String uid, String key) {
        int src = f.source[i];
        switch (f.kind[i]) {
            case UnitFacts.JUDGEMENT: return new Facts.CompactJudgement(uid, key, i, src, f.a[i], f.b[i]);
            case UnitFacts.TICK: return new Facts.CompactTick(uid, key, i, src, f.a[i], f.b[i] == 1);
            case UnitFacts.METRIC: return new Facts.CompactMetric(uid, key, i, src, f.previousYear[i], f.a[i]);
            case UnitFacts.RATING: return new Facts.CompactRating(uid, key, i, src, f.a[i], f.b[i]);
            case UnitFacts.INCIDENT: return new Facts.CompactIncident(uid, key, i, src, f.previousYear[i], f.a[i]);
            case UnitFacts.SELF_REPORT: return new Facts.CompactSelfReport(uid, i, f.a[i]);
            default: throw new AssertionError(f.kind[i]);
        }
    }

    private static Evidence immutable(UnitFacts f, int i, String uid, String key) {
        int src = f.source[i];
        String id = Facts.id(uid, i);
        ReportingPeriod period = f.previousYear[i] ? Facts.LAST_YEAR : Facts.THIS_YEAR;
        String author = f.kind[i] == UnitFacts.JUDGEMENT && src != UnitFacts.SELF ? Facts.RATERS[f.b[i]] : Facts.SOURCE_AUTHORS[src];
        switch (f.kind[i]) {
            case UnitFacts.JUDGEMENT:
                return Judgement.builder().id(id).unitId(uid).key(key).period(period).source(Facts.SOURCES[src]).author(author)
                        .recordedAt(Facts.AT).level(UnitFacts.LEVEL_NAMES[f.a[i]]).build();
            case UnitFacts.TICK:
                return ChecklistTick.builder().id(id).unitId(uid).key(key).period(period).source(Facts.SOURCES[src]).author(author)
                        .recordedAt(Facts.AT).requirement(f.a[i]).met(f.b[i] == 1).build();
            case UnitFacts.METRIC:
                return MetricValue.builder().id(id).unitId(uid).key(key).period(period).source(Facts.SOURCES[src]).author(author)
                        .recordedAt(Facts.AT).value(BigDecimal.valueOf(f.a[i])).unit("次").build();
            case UnitFacts.RATING:
                return PublicRating.builder().id(id).unitId(uid).key(key).period(period).source(Facts.SOURCES[src]).author(author)
                        .recordedAt(Facts.AT).satisfied(f.a[i]).respondents(f.b[i]).build();
            case UnitFacts.INCIDENT:
                return Incident.builder().id(id).unitId(uid).key(key).period(period).source(Facts.SOURCES[src]).author(author)
                        .recordedAt(Facts.AT).date(java.time.LocalDate.of(period.year(), f.a[i], 15))
                        .severity(IncidentSeverity.GENERAL).description("synthetic incident").build();
            case UnitFacts.SELF_REPORT:
                return SelfReport.builder().id(id).unitId(uid).period(Facts.MONTHS[f.a[i]]).source(Facts.SOURCES[src]).author(author)
                        .recordedAt(Facts.AT).type(SelfReport.Type.MONTHLY).build();
            default:
                throw new AssertionError(f.kind[i]);
        }
    }

    /** The evidence of units {@code [from, to)}, generated lazily unit by unit. */
    public static Iterable<Evidence> evidence(Nation nation, Style style, int from, int to) {
        return () -> new Iterator<Evidence>() {
            private final UnitFacts buf = new UnitFacts();
            private final List<Evidence> batch = new ArrayList<>(256);
            private int next = from;
            private int pos;

            @Override
            public boolean hasNext() {
                while (pos == batch.size()) {
                    if (next >= to) {
                        return false;
                    }
                    batch.clear();
                    pos = 0;
                    fill(nation, next, buf);
                    toEvidence(buf, nation.units[next], style, batch);
                    next++;
                }
                return true;
            }

            @Override
            public Evidence next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(pos++);
            }
        };
    }

    /** Every unit's evidence, streamed into a core {@link EvidenceIndex}. */
    public static EvidenceIndex index(Nation nation, Style style) {
        if (style == Style.COLUMNS) {
            return EvidenceIndex.of(columns(nation).asList());
        }
        return EvidenceIndex.of(evidence(nation, style, 0, nation.size()));
    }

    /** Every unit's evidence held in the SDK's {@link EvidenceColumns}, streamed in unit by unit. */
    public static EvidenceColumns columns(Nation nation) {
        EvidenceColumns.Builder columns = EvidenceColumns.builder();
        for (Evidence e : evidence(nation, Style.COMPACT, 0, nation.size())) {
            columns.add(e);
        }
        return columns.build();
    }

    /** The evidence of one unit, freshly generated. */
    public static List<Evidence> unitEvidence(Nation nation, int u, Style style) {
        UnitFacts buf = new UnitFacts();
        fill(nation, u, buf);
        List<Evidence> out = new ArrayList<>(buf.size);
        toEvidence(buf, nation.units[u], style, out);
        return out;
    }
}
