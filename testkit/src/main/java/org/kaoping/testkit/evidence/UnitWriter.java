package org.kaoping.testkit.evidence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.TrendRule;

/**
 * Writes one unit's evidence for one seed. Every decision draws from a stream of its own, derived from the
 * seed, the unit id and what is being decided, and draws the same numbers whatever the compliance; the
 * compliance only picks between branches afterwards, each monotone. See {@link EvidenceSets}.
 */
final class UnitWriter {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final String[] TOPICS = {"组织建设", "经费保障", "措施办法", "创建效果"};
    private static final IncidentSeverity[] SEVERITIES = {IncidentSeverity.GENERAL, IncidentSeverity.GENERAL,
        IncidentSeverity.GENERAL, IncidentSeverity.SERIOUS, IncidentSeverity.MAJOR, IncidentSeverity.EXTRAORDINARY};

    private final EvidenceSets.Settings s;
    private final Set<String> vetoCategories;
    private final Demands demands;
    private final OrgUnit unit;
    private final long seed;
    private final int year;
    private final int c;
    private final List<Evidence> out = new ArrayList<>();

    UnitWriter(EvidenceSets.Settings settings, Set<String> vetoCategories, Demands demands, OrgUnit unit, long seed) {
        this.s = settings;
        this.vetoCategories = vetoCategories;
        this.demands = demands;
        this.unit = unit;
        this.seed = seed;
        this.year = settings.year;
        this.c = settings.compliance;
    }

    List<Evidence> write() {
        SplittableRandom r = stream("raters");
        int raters = s.ratersMin == s.ratersMax ? s.ratersMin : r.nextInt(s.ratersMin, s.ratersMax + 1);
        for (Demands.Leaf leaf : demands.leaves) {
            leaf(leaf, raters);
        }
        for (Demands.Metric m : demands.metrics.values()) {
            if (m.rateForm()) {
                rateMetric(m);
            } else {
                amountMetric(m);
            }
        }
        List<String> categories = new ArrayList<>(demands.incidentCategories);
        for (String v : vetoCategories) {
            if (!demands.incidentCategories.contains(v)) {
                categories.add(v);
            }
        }
        for (String category : categories) {
            incidents(category);
        }
        selfReports();
        for (String category : s.adjustmentCategories) {
            adjustment(category);
        }
        return Collections.unmodifiableList(out);
    }

    // ------------------------------------------------------------------ leaves

    private void leaf(Demands.Leaf leaf, int raters) {
        String id = leaf.criterion.id();
        SplittableRandom r = stream("leaf", id);
        int naCoin = r.nextInt(100);
        int overrideCoin = r.nextInt(100);
        int overrideShare = r.nextInt(1001);
        int deductionCoin = r.nextInt(100);
        int deductionU = r.nextInt(100);
        int deductionHalves = 1 + r.nextInt(4);
        int ratingCoin = r.nextInt(100);
        int day = 1 + r.nextInt(15);

        List<JudgementLevel> levels = levels(leaf.judgements);
        if (!levels.isEmpty()) {
            for (int k = 1; k <= raters; k++) {
                int harshness = stream("judge", id, Integer.toString(k)).nextInt(1000);
                int index = (int) Math.min(levels.size() - 1, (long) harshness * (100 - c) * levels.size() / 100_000);
                out.add(Judgement.builder().id(id("judgement", id, "r" + k)).unitId(unit.id()).key(id)
                        .period(ReportingPeriod.year(year)).source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION)
                        .author(String.format("panel-%02d", k)).recordedAt(at(12, day, 9 + k % 8))
                        .level(levels.get(index).name()).build());
            }
            out.add(document(id, "archive", leaf.criterion.label() + " 工作台账", DocumentRef.Media.TEXT, at(11, day, 10)));
        }
        for (int q = 1; q <= leaf.checklistSize; q++) {
            SplittableRandom t = stream("tick", id, Integer.toString(q));
            boolean met = t.nextInt(100) < c;
            DocumentRef.Media media = DocumentRef.Media.values()[t.nextInt(DocumentRef.Media.values().length)];
            List<String> docs = Collections.emptyList();
            if (met) {
                DocumentRef doc = document(id, "req" + q, leaf.criterion.label() + " 第" + q + "项佐证材料", media,
                        at(11, day, 11));
                out.add(doc);
                docs = Collections.singletonList(doc.id());
            }
            out.add(ChecklistTick.builder().id(id("tick", id, Integer.toString(q))).unitId(unit.id()).key(id)
                    .period(ReportingPeriod.year(year)).source(SourceKind.PANEL).step(ReviewStep.REVIEW_ARCHIVES)
                    .author("panel-01").recordedAt(at(12, day, 14)).requirement(q).met(met).documentIds(docs).build());
        }
        if (leaf.custom) {
            out.add(document(id, "custom", leaf.criterion.label() + " 专项材料", DocumentRef.Media.TEXT, at(11, day, 15)));
        }
        if ((!levels.isEmpty() || leaf.checklistSize > 0) && ratingCoin < s.ratings) {
            rating(id, day);
        }
        if (deductionCoin < s.deductions && deductionU >= c) {
            out.add(Deduction.builder().id(id("deduction", id)).unitId(unit.id()).key(id)
                    .period(ReportingPeriod.year(year)).source(SourceKind.SPOT_CHECK).author("assessment-office")
                    .recordedAt(at(10, day, 16)).points(Points.ofUnits(5_000L * deductionHalves))
                    .reason("抽查发现：" + leaf.criterion.label() + "工作未落实").build());
        }
        if (naCoin < s.notApplicable) {
            out.add(NotApplicableMark.builder().id(id("not-applicable", id)).unitId(unit.id()).key(id)
                    .period(ReportingPeriod.year(year)).source(SourceKind.PANEL).author("assessor")
                    .recordedAt(at(12, day, 17)).reason("该单位无此项职能").build());
        }
        if (overrideCoin < s.overrides) {
            long halves = leaf.criterion.points().units() / 5_000L * overrideShare / 1000;
            out.add(ScoreOverride.builder().id(id("override", id)).unitId(unit.id()).key(id)
                    .period(ReportingPeriod.year(year)).source(SourceKind.PANEL).author("assessor")
                    .recordedAt(at(12, 20, 10)).newPoints(Points.ofUnits(halves * 5_000L)).reason("复核调整").build());
        }
    }

    /** The levels every judgement rule of the leaf knows, best first (by share, then as listed). */
    private static List<JudgementLevel> levels(List<JudgementRule> rules) {
        if (rules.isEmpty()) {
            return Collections.emptyList();
        }
        List<JudgementLevel> levels = new ArrayList<>();
        for (JudgementLevel l : rules.get(0).levels()) {
            boolean everywhere = true;
            for (JudgementRule other : rules) {
                boolean found = false;
                for (JudgementLevel o : other.levels()) {
                    found |= o.name().equals(l.name());
                }
                everywhere &= found;
            }
            if (everywhere) {
                levels.add(l);
            }
        }
        Collections.sort(levels, (a, b) -> b.share().compareTo(a.share()));
        return levels;
    }

    private void rating(String id, int day) {
        SplittableRandom r = stream("rating", id);
        int harshness = r.nextInt(1000);
        boolean scoreForm = r.nextInt(4) == 0;
        long respondents = 30 + r.nextInt(271);
        PublicRating.Builder b = PublicRating.builder().id(id("rating", id)).unitId(unit.id()).key(id)
                .period(ReportingPeriod.year(year)).source(SourceKind.PUBLIC).step(ReviewStep.PUBLIC_SCORING)
                .author("public-survey").recordedAt(at(11, day, 20));
        if (scoreForm) {
            long max = Points.of(10).units();
            long lost = max * harshness * (100 - c) / 100_000;
            b.score(Points.ofUnits(max - lost)).maxScore(Points.ofUnits(max));
        } else {
            b.respondents(respondents).satisfied(respondents - respondents * harshness * (100 - c) / 100_000);
        }
        out.add(b.build());
    }

    // ------------------------------------------------------------------ metrics

    private void amountMetric(Demands.Metric m) {
        String key = m.key;
        long current = 0;
        long lastYear = 0;
        for (Map.Entry<Period, BigDecimal> e : m.atLeast.entrySet()) {
            BigDecimal min = e.getValue();
            String unitName = m.units.get(e.getKey());
            switch (e.getKey()) {
                case MONTH:
                    for (int month = 1; month <= 12; month++) {
                        long v = new Target(min, stream("metric", key, "month", Integer.toString(month))).value();
                        metric(key, ReportingPeriod.month(year, month), "m", v, null, unitName);
                        current += v;
                    }
                    break;
                case QUARTER:
                    for (int q = 1; q <= 4; q++) {
                        long v = new Target(min, stream("metric", key, "quarter", Integer.toString(q))).value();
                        metric(key, ReportingPeriod.month(year, 3 * q - 1), "q", v, null, unitName);
                        current += v;
                    }
                    break;
                case YEAR: {
                    SplittableRandom r = stream("metric", key, "year");
                    int parts = 1 + r.nextInt(3);
                    long t = new Target(min, r).value();
                    for (int j = 0; j < parts; j++) {
                        // floor((t + j) / parts) over j sums to t, and each part grows with t
                        long v = (t + j) / parts;
                        metric(key, ReportingPeriod.year(year), "y" + (j + 1), v, null, unitName);
                        current += v;
                    }
                    break;
                }
                case PLAN_TERM: {
                    // the four earlier years hold fixed shares of the unmet amount; this year holds the rest,
                    // so only this year moves with the compliance
                    Target t = new Target(min, stream("metric", key, "term"));
                    long earlier = 0;
                    for (int j = 0; j < 4; j++) {
                        long v = (t.unmet + j) / 5;
                        metric(key, ReportingPeriod.year(year - 4 + j), "term", v, null, unitName);
                        earlier += v;
                        if (j == 3) {
                            lastYear += v;
                        }
                    }
                    metric(key, ReportingPeriod.year(year), "term", t.value() - earlier, null, unitName);
                    current += t.value() - earlier;
                    break;
                }
                default:
                    throw new AssertionError(e.getKey());
            }
        }
        if (m.trends.isEmpty()) {
            return;
        }
        SplittableRandom r = stream("metric", key, "trend");
        boolean met = r.nextInt(100) < c;
        long base = 1 + r.nextInt(10);
        long extra = r.nextInt(5);
        int w = r.nextInt(1000);
        String unitName = m.unitName();
        boolean rise = m.trends.contains(TrendRule.Direction.INCREASE);
        boolean fall = m.trends.contains(TrendRule.Direction.DECREASE);
        if (rise && !fall) {
            // last year's level is fixed; this year's extra record lifts this year's level above it when met
            metric(key, ReportingPeriod.year(year - 1), "trend", base, null, unitName);
            metric(key, ReportingPeriod.year(year), "trend", met ? lastYear + base + 1 + extra : base * w / 1000, null,
                    unitName);
            return;
        }
        if (m.atLeast.isEmpty()) {
            metric(key, ReportingPeriod.year(year), "trend", base, null, unitName);
            current = base;
        }
        long previous;
        if (rise || lastYear > 0) {
            // asked to rise and to fall, or to fall and to reach a plan-term amount: last year stays above
            // this year whatever the compliance
            previous = Math.max(0, current + 1 - lastYear);
        } else {
            previous = met ? current + 1 + extra : current * w / 1000;
        }
        metric(key, ReportingPeriod.year(year - 1), "trend", previous, null, unitName);
    }

    /** An amount drawn for one at-least requirement: at least the minimum when met, a share below it when not. */
    private final class Target {
        final boolean met;
        /** The minimum rounded up, plus a little. */
        final long reached;
        /** A share of the minimum, below it (zero if the minimum is zero). */
        final long unmet;

        Target(BigDecimal min, SplittableRandom r) {
            met = r.nextInt(100) < c;
            long ceiling = min.setScale(0, RoundingMode.CEILING).longValueExact();
            reached = ceiling + r.nextInt((int) Math.min(1_000_000L, Math.max(1L, ceiling / 2)) + 1);
            unmet = min.multiply(BigDecimal.valueOf(r.nextInt(1000))).movePointLeft(3).setScale(0, RoundingMode.FLOOR)
                    .longValueExact();
        }

        long value() {
            return met ? reached : unmet;
        }
    }

    private void rateMetric(Demands.Metric m) {
        String key = m.key;
        String unitName = m.unitName();
        boolean rise = m.trends.contains(TrendRule.Direction.INCREASE);
        boolean fall = m.trends.contains(TrendRule.Direction.DECREASE);
        if (m.rateHigh == null) {
            // a rate only asked to move: this year against last year
            SplittableRandom r = stream("metric", key, "trend");
            boolean met = r.nextInt(100) < c;
            long outOf = 20 + r.nextInt(481);
            long base = (outOf - 1) * r.nextInt(1000) / 1000;
            long moved = base + 1 + (outOf - base - 1) * r.nextInt(1000) / 1000;
            long stayed = base * r.nextInt(1000) / 1000;
            long now = base;
            long before = base;
            if (rise && !fall) {
                now = met ? moved : stayed;
            } else if (fall && !rise) {
                before = met ? moved : stayed;
            }
            metric(key, ReportingPeriod.year(year), "rate", now, outOf, unitName);
            metric(key, ReportingPeriod.year(year - 1), "rate", before, outOf, unitName);
            return;
        }
        // one record per month or quarter if an at-least rule also counts the metric by month or quarter
        boolean monthly = m.atLeast.containsKey(Period.MONTH);
        boolean quarterly = !monthly && m.atLeast.containsKey(Period.QUARTER);
        int records = monthly ? 12 : quarterly ? 4 : 1 + stream("metric", key, "records").nextInt(3);
        for (int j = 1; j <= records; j++) {
            ReportingPeriod period = monthly ? ReportingPeriod.month(year, j)
                    : quarterly ? ReportingPeriod.month(year, 3 * j - 1) : ReportingPeriod.year(year);
            SplittableRandom r = stream("metric", key, "rate", Integer.toString(j));
            boolean met = r.nextInt(100) < c;
            long outOf = 20 + r.nextInt(481);
            int w = r.nextInt(1000);
            int w2 = r.nextInt(1000);
            long low = ceilTimes(m.rateHigh, outOf);
            long value = met ? low + (outOf - low + 1) * w / 1000 : floorTimes(m.rateLow, outOf * w, 1000);
            metric(key, period, "r" + j, value, outOf, unitName);
            if (rise && !fall) {
                // last year below the lowest threshold, fixed: a rate that reaches its thresholds has risen
                metric(key, ReportingPeriod.year(year - 1), "r" + j, floorTimes(m.rateLow, outOf * w2, 1000), outOf,
                        unitName);
            } else if (fall) {
                // asked to fall and to reach a rate: last year equals this year, so it neither rises nor falls
                metric(key, ReportingPeriod.year(year - 1), "r" + j, value, outOf, unitName);
            }
        }
    }

    private static long ceilTimes(Ratio r, long n) {
        BigInteger[] qr = BigInteger.valueOf(r.numerator()).multiply(BigInteger.valueOf(n))
                .divideAndRemainder(BigInteger.valueOf(r.denominator()));
        return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
    }

    /** floor(r × n / d). */
    private static long floorTimes(Ratio r, long n, long d) {
        return BigInteger.valueOf(r.numerator()).multiply(BigInteger.valueOf(n))
                .divide(BigInteger.valueOf(r.denominator()).multiply(BigInteger.valueOf(d))).longValueExact();
    }

    private void metric(String key, ReportingPeriod period, String tag, long value, Long outOf, String unitName) {
        boolean panel = demands.metrics.get(key).panel;
        MetricValue.Builder b = MetricValue.builder().id(id("metric", key, period.toString(), tag)).unitId(unit.id())
                .key(key).period(period).source(panel ? SourceKind.PANEL : s.metricSource)
                .author(panel ? "panel-01" : "oa-clerk")
                .recordedAt(endOf(period)).value(BigDecimal.valueOf(value)).unit(unitName);
        if (outOf != null) {
            b.outOf(BigDecimal.valueOf(outOf));
        }
        if (panel) {
            b.step(ReviewStep.REVIEW_ARCHIVES);
        }
        out.add(b.build());
    }

    // ------------------------------------------------------------------ the rest

    private void incidents(String category) {
        SplittableRandom r = stream("incident", category);
        int coin = r.nextInt(100);
        int count = r.nextInt(100) < 25 ? 2 : 1;
        for (int k = 1; k <= count; k++) {
            LocalDate date = LocalDate.ofYearDay(year, 1 + r.nextInt(365));
            IncidentSeverity severity = SEVERITIES[r.nextInt(SEVERITIES.length)];
            if (coin < s.incidents) {
                out.add(Incident.builder().id(id("incident", category, Integer.toString(k))).unitId(unit.id())
                        .key(category).period(ReportingPeriod.year(year)).source(SourceKind.HOST_SYSTEM)
                        .author("oa-clerk").recordedAt(date.plusDays(1).atTime(9, 0).toInstant(CHINA))
                        .date(date).severity(severity).description(unit.name() + "发生" + category + "事件（生成）").build());
            }
        }
    }

    private void selfReports() {
        for (int month = 1; month <= 12; month++) {
            SplittableRandom r = stream("self-report", Integer.toString(month));
            boolean onTime = r.nextInt(100) < c;
            int early = 1 + r.nextInt(24);
            int late = 25 + r.nextInt(4);
            ReportingPeriod period = ReportingPeriod.month(year, month);
            Instant at = LocalDateTime.of(year, month, onTime ? early : late, 16, 0).toInstant(CHINA);
            DocumentRef doc = document(SelfReport.KEY, period.toString(), year + "年" + month + "月自查月报",
                    DocumentRef.Media.TEXT, at);
            out.add(doc);
            out.add(SelfReport.builder().id(id("self-report", period.toString())).unitId(unit.id()).period(period)
                    .source(SourceKind.SELF).author("self-inspection-office").recordedAt(at)
                    .type(SelfReport.Type.MONTHLY).documentIds(Collections.singletonList(doc.id())).build());
        }
        SplittableRandom r = stream("self-report", "annual");
        boolean onTime = r.nextInt(100) < c;
        Instant at = (onTime ? LocalDate.of(year, 11, 1 + r.nextInt(30)) : LocalDate.of(year, 12, 1 + r.nextInt(20)))
                .atTime(16, 0).toInstant(CHINA);
        DocumentRef doc = document(SelfReport.KEY, Integer.toString(year), year + "年度自查报告", DocumentRef.Media.TEXT, at);
        out.add(doc);
        out.add(SelfReport.builder().id(id("self-report", Integer.toString(year))).unitId(unit.id())
                .period(ReportingPeriod.year(year)).source(SourceKind.SELF).author("self-inspection-office")
                .recordedAt(at).type(SelfReport.Type.ANNUAL).topics(Arrays.asList(TOPICS))
                .documentIds(Collections.singletonList(doc.id())).build());
    }

    private void adjustment(String category) {
        SplittableRandom r = stream("adjustment", category);
        int coin = r.nextInt(100);
        int halves = 1 + r.nextInt(4);
        if (coin < s.adjustmentPercent) {
            out.add(Adjustment.builder().id(id("adjustment", category)).unitId(unit.id()).key(category)
                    .period(ReportingPeriod.year(year)).source(SourceKind.HOST_SYSTEM).author("assessment-office")
                    .recordedAt(at(12, 10, 10)).points(Points.ofUnits(5_000L * halves))
                    .reason(category + "（生成）").build());
        }
    }

    private DocumentRef document(String key, String tag, String title, DocumentRef.Media media, Instant at) {
        String id = id("document", key, tag);
        String uri = "oa://archive/" + year + "/" + unit.id() + "/" + key + "/" + tag;
        return DocumentRef.builder().id(id).unitId(unit.id()).key(key).period(ReportingPeriod.year(year))
                .source(SourceKind.SELF).author("archivist").recordedAt(at).title(title).media(media).uri(uri)
                .sha256(sha256Hex(uri + "\n" + title)).mediaType(mediaType(media)).build();
    }

    private static String mediaType(DocumentRef.Media media) {
        switch (media) {
            case IMAGE: return "image/jpeg";
            case AUDIO: return "audio/mpeg";
            case VIDEO: return "video/mp4";
            default: return "application/pdf";
        }
    }

    /** The lowercase hexadecimal SHA-256 of {@code text} in UTF-8. */
    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String id(String kind, String... parts) {
        StringBuilder b = new StringBuilder(unit.id()).append('/').append(kind);
        for (String p : parts) {
            b.append('/').append(p);
        }
        return b.toString();
    }

    private Instant at(int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).toInstant(CHINA);
    }

    private Instant endOf(ReportingPeriod p) {
        LocalDate last = p.isWholeYear() ? LocalDate.of(p.year(), 12, 31)
                : LocalDate.of(p.year(), p.month(), 1).plusMonths(1).minusDays(1);
        return last.atTime(18, 0).toInstant(CHINA);
    }

    /** A stream of its own for one decision: a function of the seed, the unit id and {@code parts} only. */
    private SplittableRandom stream(String... parts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = absorb(h, unit.id());
        for (String p : parts) {
            h = absorb(h, p);
        }
        return new SplittableRandom(mix(h));
    }

    private static long absorb(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        return mix(h ^ 0xFFL);
    }

    /** MurmurHash3's 64-bit finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
