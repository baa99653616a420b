package org.kaoping.testkit.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.testkit.SeededGenerator;
import org.kaoping.testkit.rubric.Places.Place;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A seeded generator of random, valid rubrics: every node's points are the sum of its children's, the
 * top level sums to the declared total, every leaf has a rule and every {@link RuleKind} occurs at least
 * once; some leaves hold their points by erratum. {@code RubricValidator} reports neither an error nor a
 * warning on them.
 *
 * <p>{@link #damaged(long, Damage)} injects one named inconsistency into such a rubric and says where the
 * validator must report it, so that validators, importers and editors can be property-tested.
 *
 * <p>Instances are immutable: each sizing method returns a new generator; thread-safe.
 *
 * <pre>{@code
 * Rubric r = Rubrics.defaults().sections(3, 10).generate(42L);
 * DamagedRubric d = Rubrics.defaults().damaged(42L, Damage.SUM_MISMATCH);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Rubrics implements SeededGenerator<Rubric> {
    private static final String[] SECTION_LABELS = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）",
        "（九）", "（十）", "（十一）", "（十二）", "（十三）", "（十四）", "（十五）", "（十六）"};
    private static final String[] PHRASES = {"建立健全法治宣传教育制度", "领导干部学法制度健全", "规范性文件依法备案和公布",
        "重大行政决策经合法性审查", "行政执法行为规范、程序合法", "信访案件及时依法处理", "法律援助应援尽援",
        "村（居）民自治制度落实", "企业依法经营、诚信守法", "社会治安综合治理责任落实", "法治文化阵地建设完善",
        "政务公开及时、全面"};
    private static final String[] METRICS = {"law-study-sessions", "training-hours", "outreach-activities",
        "inspection-days", "exam-participation-rate", "case-closure-rate", "petition-count"};
    private static final String[] UNITS = {"次", "学时", "天", "件"};
    private static final String[] CATEGORIES = {"major-safety-accident", "mass-incident", "duty-crime-case",
        "unlawful-administrative-act"};
    private static final String[] TAGS = {"task:1", "task:2", "task:3", "task:10", "task:11", "safeguard:1"};

    private final int sectionsMin;
    private final int sectionsMax;
    private final int childrenMin;
    private final int childrenMax;
    private final int maxDepth;
    private final Points total;
    private final Points granularity;

    private Rubrics(int sectionsMin, int sectionsMax, int childrenMin, int childrenMax, int maxDepth, Points total,
            Points granularity) {
        if (sectionsMin < 2 || sectionsMax < sectionsMin) {
            throw new IllegalArgumentException("sections need 2 <= min <= max; got [" + sectionsMin + ", "
                    + sectionsMax + "]");
        }
        if (childrenMin < 2 || childrenMax < childrenMin) {
            throw new IllegalArgumentException("children per node need 2 <= min <= max; got [" + childrenMin + ", "
                    + childrenMax + "]");
        }
        if (maxDepth < 2) {
            throw new IllegalArgumentException("depth must be at least 2 (sections and items); got " + maxDepth);
        }
        if (!granularity.isPositive() || total.units() % granularity.units() != 0) {
            throw new IllegalArgumentException("total " + total + " must be a positive multiple of the granularity "
                    + granularity);
        }
        long units = total.units() / granularity.units();
        if (units < 2L * sectionsMax * childrenMax) {
            throw new IllegalArgumentException("total " + total + " in steps of " + granularity
                    + " is too small to share among " + sectionsMax + " sections of up to " + childrenMax + " items");
        }
        this.sectionsMin = sectionsMin;
        this.sectionsMax = sectionsMax;
        this.childrenMin = childrenMin;
        this.childrenMax = childrenMax;
        this.maxDepth = maxDepth;
        this.total = total;
        this.granularity = granularity;
    }

    /** 2–8 sections, 2–5 children per node, three levels, a total of 100 in steps of 0.5. */
    public static Rubrics defaults() {
        return new Rubrics(2, 8, 2, 5, 3, Points.HUNDRED, Points.parse("0.5"));
    }

    /** How many top-level sections; at least 2. */
    public Rubrics sections(int min, int max) {
        return new Rubrics(min, max, childrenMin, childrenMax, maxDepth, total, granularity);
    }

    /** How many children a criterion with children has; at least 2, so every leaf has a sibling. */
    public Rubrics childrenPerNode(int min, int max) {
        return new Rubrics(sectionsMin, sectionsMax, min, max, maxDepth, total, granularity);
    }

    /** How many levels at most (sections are level 1); at least 2. */
    public Rubrics maxDepth(int depth) {
        return new Rubrics(sectionsMin, sectionsMax, childrenMin, childrenMax, depth, total, granularity);
    }

    /** The declared total, e.g. {@code "100"}, and the step all points are multiples of, e.g. {@code "0.5"}. */
    public Rubrics total(String total, String granularity) {
        return new Rubrics(sectionsMin, sectionsMax, childrenMin, childrenMax, maxDepth, Points.parse(total),
                Points.parse(granularity));
    }

    @Override
    public Rubric generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long units = total.units() / granularity.units();
        for (int attempt = 0; ; attempt++) {
            Draft draft = draft(random, units);
            if (draft.leaves.size() >= RuleKind.values().length) {
                return draft.build(seed, random);
            }
            if (attempt > 1000) {
                throw new IllegalStateException("cannot draw " + RuleKind.values().length + " leaves with " + this);
            }
        }
    }

    /** A random damage of a random rubric; the same seed gives the same damage of the same rubric. */
    public DamagedRubric damaged(long seed) {
        Damage[] all = Damage.values();
        return damaged(seed, all[new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L).nextInt(all.length)]);
    }

    /** The rubric of {@link #generate(long)} with {@code damage} injected at a place drawn from {@code seed}. */
    public DamagedRubric damaged(long seed, Damage damage) {
        Rubric valid = generate(seed);
        return Damager.apply(valid, damage, new SplittableRandom(seed * 31 + damage.ordinal()), granularity);
    }

    /** A QuickTheories generator of {@link #damaged(long)} rubrics. */
    public Gen<DamagedRubric> damagedGen() {
        return in -> damaged(in.next(Constraint.none()));
    }

    /** A QuickTheories generator of rubrics with {@code damage}. */
    public Gen<DamagedRubric> damagedGen(Damage damage) {
        return in -> damaged(in.next(Constraint.none()), damage);
    }

    @Override
    public String toString() {
        return "Rubrics[sections " + sectionsMin + "–" + sectionsMax + ", children " + childrenMin + "–" + childrenMax
                + ", depth " + maxDepth + ", total " + total + " in steps of " + granularity + "]";
    }

    private Draft draft(SplittableRandom random, long units) {
        Draft d = new Draft();
        int sections = (int) Math.min(units, between(random, sectionsMin, sectionsMax));
        long[] shares = split(random, units, sections);
        for (int s = 0; s < sections; s++) {
            d.sections.add(node(d, random, Integer.toString(s + 1), SECTION_LABELS.length > s
                    ? SECTION_LABELS[s] : "（" + (s + 1) + "）", shares[s], 1, s == 0));
        }
        return d;
    }

    private Node node(Draft d, SplittableRandom random, String id, String label, long units, int depth,
            boolean forceChildren) {
        Node n = new Node(id, label, units);
        boolean split = depth < maxDepth && units >= childrenMin && (forceChildren || random.nextInt(2) == 0);
        if (split) {
            int count = (int) Math.min(units, between(random, childrenMin, childrenMax));
            long[] shares = split(random, units, count);
            for (int i = 0; i < count; i++) {
                String childLabel = depth == 1 ? (i + 1) + "、" : "(" + (i + 1) + ")";
                n.children.add(node(d, random, id + "." + (i + 1), childLabel, shares[i], depth + 1, false));
            }
        } else {
            d.leaves.add(n);
        }
        return n;
    }

    /** {@code units} split into {@code parts} positive parts, uniformly among compositions. */
    private static long[] split(SplittableRandom random, long units, int parts) {
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < parts - 1) {
            cuts.add(1 + random.nextLong(units - 1));
        }
        long[] out = new long[parts];
        long previous = 0;
        int i = 0;
        for (long cut : cuts) {
            out[i++] = cut - previous;
            previous = cut;
        }
        out[i] = units - previous;
        return out;
    }

    private static int between(SplittableRandom random, int min, int max) {
        return min == max ? min : random.nextInt(min, max + 1);
    }

    /** A mutable criterion while drawing. */
    private static final class Node {
        final String id;
        final String label;
        final long units;
        final List<Node> children = new ArrayList<>();
        Rule rule;
        boolean byErratum;

        Node(String id, String label, long units) {
            this.id = id;
            this.label = label;
            this.units = units;
        }
    }

    private final class Draft {
        final List<Node> sections = new ArrayList<>();
        final List<Node> leaves = new ArrayList<>();

        Rubric build(long seed, SplittableRandom random) {
            List<Node> shuffled = new ArrayList<>(leaves);
            for (int i = shuffled.size() - 1; i > 0; i--) {
                Collections.swap(shuffled, i, random.nextInt(i + 1));
            }
            RuleKind[] kinds = RuleKind.values();
            for (int i = 0; i < shuffled.size(); i++) {
                RuleKind kind = i < kinds.length ? kinds[i] : kinds[random.nextInt(kinds.length)];
                shuffled.get(i).rule = rule(random, kind);
                shuffled.get(i).byErratum = random.nextInt(10) == 0;
            }
            List<Erratum> errata = new ArrayList<>();
            Rubric.Builder b = Rubric.builder()
                    .id("random/" + Long.toHexString(seed))
                    .version("1.0.0")
                    .title("随机工作标准 " + Long.toHexString(seed))
                    .source("generated by kaoping-testkit " + Rubrics.this + ", seed " + seed + "L")
                    .points(total)
                    .addAllAppliesTo(appliesTo(random));
            for (Node s : sections) {
                b.addCriteria(criterion(s, random, errata));
            }
            return b.addAllErrata(errata).build();
        }

        private Criterion criterion(Node n, SplittableRandom random, List<Erratum> errata) {
            Points points = granularity.times(n.units);
            String phrase = PHRASES[random.nextInt(PHRASES.length)];
            Criterion.Builder b = Criterion.builder().id(n.id).label(n.label).points(points);
            if (n.byErratum) {
                b.text(phrase + "。").pointsOrigin(PointsOrigin.ERRATUM)
                        .pointsNote("the source prints no points; the parent's sum leaves " + points + "分");
                errata.add(Erratum.of(n.id, phrase + "。", points + "分",
                        "the source prints no points; the parent's sum leaves " + points + "分"));
            } else {
                b.text(phrase + "（" + points + "分）。").pointsOrigin(PointsOrigin.SOURCE);
            }
            int tags = random.nextInt(3);
            Set<String> chosen = new LinkedHashSet<>();
            for (int i = 0; i < tags; i++) {
                chosen.add(TAGS[random.nextInt(TAGS.length)]);
            }
            b.addAllTags(chosen);
            if (n.rule != null) {
                b.rule(n.rule);
            }
            for (Node c : n.children) {
                b.addChildren(criterion(c, random, errata));
            }
            return b.build();
        }
    }

    private static EnumSet<OrgKind> appliesTo(SplittableRandom random) {
        EnumSet<OrgKind> kinds = EnumSet.noneOf(OrgKind.class);
        OrgKind[] all = OrgKind.values();
        int n = 1 + random.nextInt(2);
        while (kinds.size() < n) {
            kinds.add(all[random.nextInt(all.length)]);
        }
        return kinds;
    }

    private static Rule rule(SplittableRandom random, RuleKind kind) {
        return kind.accept(new RuleKind.Visitor<Rule>() {
            @Override
            public Rule judgement() {
                return Rubrics.judgement(random);
            }

            @Override
            public Rule checklist() {
                return ChecklistRule.of(policy(random), requirements(random));
            }

            @Override
            public Rule atLeast() {
                return Rubrics.atLeast(random);
            }

            @Override
            public Rule rateAtLeast() {
                return rate(random);
            }

            @Override
            public Rule trend() {
                return TrendRule.of(METRICS[random.nextInt(METRICS.length)],
                        random.nextBoolean() ? TrendRule.Direction.INCREASE : TrendRule.Direction.DECREASE,
                        CreditPolicy.allOrNothing());
            }

            @Override
            public Rule noIncident() {
                return NoIncidentRule.of(CATEGORIES[random.nextInt(CATEGORIES.length)],
                        random.nextBoolean() ? CreditPolicy.allOrNothing() : deduct(random));
            }

            @Override
            public Rule composite() {
                List<Rule> conditions = new ArrayList<>();
                int n = 2 + random.nextInt(2);
                RuleKind[] simple = {RuleKind.CHECKLIST, RuleKind.AT_LEAST, RuleKind.RATE_AT_LEAST, RuleKind.TREND,
                    RuleKind.NO_INCIDENT};
                for (int i = 0; i < n; i++) {
                    conditions.add(rule(random, simple[random.nextInt(simple.length)]));
                }
                return CompositeRule.of(random.nextBoolean() ? CreditPolicy.proportional()
                        : CreditPolicy.allOrNothing(), conditions);
            }

            @Override
            public Rule custom() {
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("threshold", Integer.toString(1 + random.nextInt(20)));
                parameters.put("window", random.nextBoolean() ? "month" : "year");
                return CustomRule.of("testkit/attendance", parameters);
            }
        });
    }

    private static JudgementRule judgement(SplittableRandom random) {
        if (random.nextBoolean()) {
            return JudgementRule.standard();
        }
        List<String> names = Arrays.asList("好", "较好", "一般", "差");
        int n = 2 + random.nextInt(3);
        // Best first: 100 %, then n - 2 distinct shares between 1 % and 99 %, then 0.
        TreeSet<Integer> middle = new TreeSet<>(Collections.reverseOrder());
        while (middle.size() < n - 2) {
            middle.add(1 + random.nextInt(99));
        }
        List<Integer> shares = new ArrayList<>();
        shares.add(100);
        shares.addAll(middle);
        shares.add(0);
        List<JudgementLevel> levels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            levels.add(JudgementLevel.of(names.get(i), Ratio.percent(shares.get(i))));
        }
        return JudgementRule.of(levels);
    }

    private static List<String> requirements(SplittableRandom random) {
        List<String> out = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.add(PHRASES[random.nextInt(PHRASES.length)]);
        }
        return out;
    }

    private static AtLeastRule atLeast(SplittableRandom random) {
        Period[] periods = Period.values();
        return AtLeastRule.of(METRICS[random.nextInt(METRICS.length)], BigDecimal.valueOf(1 + random.nextInt(40)),
                UNITS[random.nextInt(UNITS.length)], periods[random.nextInt(periods.length)], policy(random));
    }

    private static RateAtLeastRule rate(SplittableRandom random) {
        // 50.0 % to 100.0 % in steps of 0.5 %.
        return RateAtLeastRule.of(METRICS[random.nextInt(METRICS.length)], Ratio.of(100 + random.nextInt(101), 200),
                policy(random));
    }

    private static CreditPolicy policy(SplittableRandom random) {
        switch (random.nextInt(3)) {
            case 0: return CreditPolicy.allOrNothing();
            case 1: return CreditPolicy.proportional();
            default: return deduct(random);
        }
    }

    private static CreditPolicy deduct(SplittableRandom random) {
        return CreditPolicy.deductEach(Points.ofUnits(2_500L * (1 + random.nextInt(4))));
    }

    /** Injects one {@link Damage}. */
    private static final class Damager {
        private Damager() {}

        static DamagedRubric apply(Rubric valid, Damage damage, SplittableRandom random, Points step) {
            Places places = new Places(valid);
            List<Place> leaves = new ArrayList<>();
            List<Place> parents = new ArrayList<>();
            for (Place p : places.all()) {
                (p.criterion.isLeaf() ? leaves : parents).add(p);
            }
            List<Place> all = places.all();
            Place leaf = leaves.get(random.nextInt(leaves.size()));
            Place any = all.get(random.nextInt(all.size()));
            RubricEdit edit = RubricEdit.of(valid);
            String at;
            String what;
            switch (damage) {
                case SUM_MISMATCH: {
                    Points raised = leaf.criterion.points().plus(step);
                    edit.points(leaf.criterion.id(), raised.toString());
                    at = leaf.parent == null ? "" : leaf.parent.criterion.id();
                    what = "points of " + leaf.where() + " raised from " + leaf.criterion.points() + " to " + raised;
                    break;
                }
                case NO_POINTS:
                case NON_POSITIVE_POINTS: {
                    // The points move to a leaf sibling, so that every sum still adds up. The children of
                    // the deepest node with children are all leaves, so such a pair always exists.
                    List<Place> paired = new ArrayList<>();
                    for (Place p : leaves) {
                        if (!leafSiblings(places, p).isEmpty()) {
                            paired.add(p);
                        }
                    }
                    leaf = paired.get(random.nextInt(paired.size()));
                    List<Place> siblings = leafSiblings(places, leaf);
                    Place sibling = siblings.get(random.nextInt(siblings.size()));
                    Points moved = leaf.criterion.points();
                    edit.points(sibling.criterion.id(), sibling.criterion.points().plus(moved).toString());
                    if (damage == Damage.NO_POINTS) {
                        edit.map(leaf.criterion.id(), c -> Criterion.builder().from(c).points(Points.ZERO)
                                .pointsOrigin(PointsOrigin.NONE).build());
                        what = "points of " + leaf.where() + " removed; " + sibling.where() + " takes their " + moved;
                    } else {
                        edit.points(leaf.criterion.id(), "0");
                        what = "points of " + leaf.where() + " set to 0; " + sibling.where() + " takes their " + moved;
                    }
                    at = leaf.criterion.id();
                    break;
                }
                case DUPLICATE_ID: {
                    Place target = any;
                    Place renamed;
                    do {
                        renamed = all.get(random.nextInt(all.size()));
                    } while (renamed == target || hasErratum(valid, renamed.criterion.id()));
                    edit.renameCriterion(renamed.criterion.id(), target.criterion.id());
                    at = target.criterion.id();
                    what = renamed.where() + " given the id of " + target.where();
                    break;
                }
                case EMPTY_TEXT:
                    edit.text(any.criterion.id(), "");
                    at = any.criterion.id();
                    what = "text of " + any.where() + " blanked";
                    break;
                case EMPTY_LABEL:
                    edit.label(any.criterion.id(), "");
                    at = any.criterion.id();
                    what = "label of " + any.where() + " blanked";
                    break;
                case MISSING_METADATA:
                    edit.title("");
                    at = "";
                    what = "title blanked";
                    break;
                case NO_RULE:
                    edit.withoutRule(leaf.criterion.id());
                    at = leaf.criterion.id();
                    what = "rule of " + leaf.where() + " removed";
                    break;
                case RULE_ON_PARENT: {
                    Place parent = parents.get(random.nextInt(parents.size()));
                    edit.rule(parent.criterion.id(), JudgementRule.standard());
                    at = parent.criterion.id();
                    what = "a judgement rule put on " + parent.where() + ", which has children";
                    break;
                }
                case INVALID_RULE:
                    edit.rule(leaf.criterion.id(), ChecklistRule.of(CreditPolicy.proportional(),
                            Collections.<String>emptyList()));
                    at = leaf.criterion.id();
                    what = "rule of " + leaf.where() + " replaced by a checklist without requirements";
                    break;
                case THRESHOLD_OUT_OF_RANGE: {
                    Ratio rate = Ratio.percent(101 + random.nextInt(100));
                    edit.rule(leaf.criterion.id(), RateAtLeastRule.of("exam-participation-rate", rate,
                            CreditPolicy.allOrNothing()));
                    at = leaf.criterion.id();
                    what = "rule of " + leaf.where() + " replaced by a rate of at least " + rate.toPercentString();
                    break;
                }
                case UNKNOWN_ERRATUM_TARGET: {
                    String unknown = "no-such-criterion-" + random.nextInt(1000);
                    edit.addErratum(Erratum.of(unknown, "某项（1分）", "某项（2分）", "injected by the testkit"));
                    at = unknown;
                    what = "an erratum added on [" + unknown + "], which the rubric does not hold";
                    break;
                }
                default:
                    throw new AssertionError(damage);
            }
            return new DamagedRubric(edit.build(), valid, damage, at, what);
        }

        /** The other leaves under the same parent. */
        private static List<Place> leafSiblings(Places places, Place leaf) {
            List<Place> out = new ArrayList<>();
            for (Place p : places.all()) {
                if (p != leaf && p.parent == leaf.parent && p.criterion.isLeaf()) {
                    out.add(p);
                }
            }
            return out;
        }

        private static boolean hasErratum(Rubric rubric, String criterionId) {
            for (Erratum e : rubric.errata()) {
                if (e.criterionId().equals(criterionId)) {
                    return true;
                }
            }
            return false;
        }
    }
}
