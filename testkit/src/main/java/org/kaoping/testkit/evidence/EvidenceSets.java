package org.kaoping.testkit.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.VetoRule;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.testkit.SeededGenerator;

/**
 * A seeded generator of realistic evidence of every kind for a unit, or every unit of an org tree, assessed
 * by a rubric: the evidence a host system would hand to Kaoping for one assessment year, keyed the way the
 * rubric's rules read it.
 *
 * <p>For each leaf criterion, by its rule (and the conditions of a composite rule):
 * <ul>
 *   <li>judgement rules: one {@code Judgement} per panel rater of the unit, at a level the rule lists,
 *       plus a {@code DocumentRef} from the archive;</li>
 *   <li>checklist rules: one {@code ChecklistTick} per requirement, each met tick backed by a
 *       {@code DocumentRef} (SHA-256 of its synthetic bytes, lowercase hex);</li>
 *   <li>at-least, rate and trend rules: {@code MetricValue}s under the rule's metric key, monthly,
 *       quarterly, yearly or over the five-year plan term as the rule's period asks, counts out of a base
 *       for rates, and the previous year's values that trends compare against; from the
 *       {@linkplain #metricSource(SourceKind) metric source}, or from the panel for a metric that a leaf
 *       also ticks or judges (a composite rule is scored one channel at a time, so its amounts must come
 *       from the channel of its ticks);</li>
 *   <li>no-incident rules (and, for a plan, its veto categories): {@code Incident}s under the category;</li>
 *   <li>custom rules: a {@code DocumentRef}.</li>
 * </ul>
 * and, drawn per leaf with the chances set below, {@code PublicRating}s (on judgement and checklist
 * leaves), spot-check {@code Deduction}s, {@code NotApplicableMark}s and {@code ScoreOverride}s; per unit,
 * twelve monthly and one annual {@code SelfReport} with their documents, and {@code Adjustment} claims in
 * the categories given.
 *
 * <p><b>Compliance.</b> {@link #compliance(int)} is the chance, in percent, that each requirement is met:
 * a metric reaches its minimum or rate, a tick is met, a trend moves the right way, a report is on time;
 * judgements and public ratings improve with it. Which metric values, judgements, ticks and ratings are
 * generated (their ids, keys, sources and periods) does not depend on it; only their values, levels and met
 * flags do, each moving one way only. Beyond those, a met tick gains its document and spot-check
 * deductions (findings on non-compliant leaves) become rarer. Incidents, not-applicable marks, overrides
 * and adjustments do not depend on it (see {@link #incidentPercent(int)}). So, for a fixed seed, raising the
 * compliance never lowers any leaf's points nor the total under any plan. (A trend on a metric that the
 * rubric also asks to move the other way, or to fall while reaching a rate or a plan-term amount,
 * contradicts itself; its outcome is then fixed, whatever the compliance.)
 *
 * <p>Each unit's evidence is drawn from the seed and the unit's id alone, so the same seed gives equal
 * evidence for a unit whatever else the tree holds. Ids are readable and unique across units:
 * {@code c1.k1/judgement/1.2/r3}. Instances are immutable: each setting returns a new generator;
 * thread-safe.
 *
 * <pre>{@code
 * EvidenceSets sets = EvidenceSets.forRubric(Beihai2015.county()).compliance(80).ratersPerUnit(5, 7);
 * List<Evidence> oneUnit = sets.unit(county).generate(42L);
 * List<Evidence> wholeTree = sets.tree(OrgTrees.defaults().generate(7L)).generate(42L);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EvidenceSets {
    private final Map<OrgKind, Rubric> byKind;
    private final Rubric only;
    private final Set<String> vetoCategories;
    private final Settings settings;

    private EvidenceSets(Map<OrgKind, Rubric> byKind, Rubric only, Set<String> vetoCategories, Settings settings) {
        this.byKind = byKind;
        this.only = only;
        this.vetoCategories = vetoCategories;
        this.settings = settings;
    }

    /**
     * Evidence for units assessed by {@code rubric}, for the year 2015; {@link #tree(OrgTree)} covers the
     * units of the kinds the rubric applies to (all units if it names none).
     */
    public static EvidenceSets forRubric(Rubric rubric) {
        Objects.requireNonNull(rubric, "rubric must not be null");
        Map<OrgKind, Rubric> byKind = new EnumMap<>(OrgKind.class);
        for (OrgKind kind : OrgKind.values()) {
            if (rubric.appliesTo().isEmpty() || rubric.isApplicableTo(kind)) {
                byKind.put(kind, rubric);
            }
        }
        return new EvidenceSets(byKind, rubric, Collections.<String>emptySet(), new Settings());
    }

    /**
     * Evidence for the units {@code plan} assesses, each by the plan's rubric for its kind, for the plan's
     * year, with incidents also in the plan's veto categories and adjustment claims in its bonus and
     * penalty categories (at the default chance of 10 %).
     */
    public static EvidenceSets forPlan(AssessmentPlan plan) {
        Objects.requireNonNull(plan, "plan must not be null");
        Set<String> vetoes = new LinkedHashSet<>();
        for (VetoRule v : plan.vetoRules()) {
            vetoes.add(v.incidentCategory());
        }
        Settings s = new Settings();
        s.year = plan.year();
        List<String> categories = new ArrayList<>();
        for (AdjustmentRule a : plan.adjustments()) {
            categories.add(a.category());
        }
        s.adjustmentCategories = Collections.unmodifiableList(categories);
        return new EvidenceSets(new EnumMap<>(plan.rubrics()), null, Collections.unmodifiableSet(vetoes), s);
    }

    /** The assessment year; evidence reports on it (trends and plan-term amounts also on earlier years). */
    public EvidenceSets year(int year) {
        if (year < 1905 || year > 9999) {
            throw new IllegalArgumentException("year must lie in [1905, 9999] (the plan term reaches back four years); got "
                    + year);
        }
        Settings s = settings.copy();
        s.year = year;
        return with(s);
    }

    /** The chance, 0 to 100, that each requirement is met; see the class documentation. The default is 70. */
    public EvidenceSets compliance(int percent) {
        Settings s = settings.copy();
        s.compliance = percent("compliance", percent);
        return with(s);
    }

    /** How many panel raters judge each unit (each judges every judgement criterion); the default is 3 to 5. */
    public EvidenceSets ratersPerUnit(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("raters per unit need 1 <= min <= max; got [" + min + ", " + max + "]");
        }
        Settings s = settings.copy();
        s.ratersMin = min;
        s.ratersMax = max;
        return with(s);
    }

    /**
     * The chance, 0 to 100, that a unit has incidents (one or two) in each category its rubric's no-incident
     * rules or the plan's vetoes name; independent of the compliance. The default is 10.
     */
    public EvidenceSets incidentPercent(int percent) {
        Settings s = settings.copy();
        s.incidents = percent("incident percent", percent);
        return with(s);
    }

    /** The chance, 0 to 100, that a judgement or checklist criterion also has a public rating; the default is 30. */
    public EvidenceSets publicRatingPercent(int percent) {
        Settings s = settings.copy();
        s.ratings = percent("public rating percent", percent);
        return with(s);
    }

    /** The chance, 0 to 100, that a spot check finds a non-compliant leaf and deducts points; the default is 10. */
    public EvidenceSets deductionPercent(int percent) {
        Settings s = settings.copy();
        s.deductions = percent("deduction percent", percent);
        return with(s);
    }

    /** The chance, 0 to 100, that a leaf is marked not applicable to the unit; the default is 2. */
    public EvidenceSets notApplicablePercent(int percent) {
        Settings s = settings.copy();
        s.notApplicable = percent("not-applicable percent", percent);
        return with(s);
    }

    /** The chance, 0 to 100, that an assessor overrides a leaf's points; the default is 1. */
    public EvidenceSets overridePercent(int percent) {
        Settings s = settings.copy();
        s.overrides = percent("override percent", percent);
        return with(s);
    }

    /**
     * Bonus or penalty claims: with chance {@code percent}, a unit claims 0.5 to 2 points in each category;
     * independent of the compliance. The default is none for a rubric, the plan's categories for a plan.
     */
    public EvidenceSets adjustments(int percent, String... categories) {
        Settings s = settings.copy();
        s.adjustmentPercent = percent("adjustment percent", percent);
        for (String c : categories) {
            if (c == null || c.trim().isEmpty()) {
                throw new IllegalArgumentException("adjustment categories must not be blank; got " + Arrays.toString(categories));
            }
        }
        s.adjustmentCategories = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(categories)));
        return with(s);
    }

    /** The source of metric values, e.g. the host's business system (the default) or the unit itself. */
    public EvidenceSets metricSource(SourceKind source) {
        Settings s = settings.copy();
        s.metricSource = Objects.requireNonNull(source, "source must not be null");
        return with(s);
    }

    /** The rubric {@link #unit(OrgUnit)} assesses {@code unit} by, if any. */
    public Optional<Rubric> rubricFor(OrgUnit unit) {
        return only != null ? Optional.of(only) : Optional.ofNullable(byKind.get(unit.kind()));
    }

    /**
     * A generator of the evidence about {@code unit}.
     *
     * @throws IllegalArgumentException if this generator is for a plan with no rubric for the unit's kind
     */
    public SeededGenerator<List<Evidence>> unit(OrgUnit unit) {
        Objects.requireNonNull(unit, "unit must not be null");
        Rubric rubric = rubricFor(unit).orElseThrow(() -> new IllegalArgumentException("no rubric for unit ["
                + unit.id() + "] of kind " + unit.kind() + "; the plan covers " + byKind.keySet()));
        Demands demands = new Demands(rubric);
        return seed -> new UnitWriter(settings, vetoCategories, demands, unit, seed).write();
    }

    /**
     * A generator of the evidence about every unit of {@code tree} that has a rubric (see
     * {@link #forRubric} and {@link #forPlan}), units in the tree's pre-order.
     */
    public SeededGenerator<List<Evidence>> tree(OrgTree tree) {
        Objects.requireNonNull(tree, "tree must not be null");
        List<SeededGenerator<List<Evidence>>> units = new ArrayList<>();
        for (OrgUnit u : tree.units()) {
            if (byKind.containsKey(u.kind())) {
                units.add(unit(u));
            }
        }
        return seed -> {
            List<Evidence> out = new ArrayList<>();
            for (SeededGenerator<List<Evidence>> g : units) {
                out.addAll(g.generate(seed));
            }
            return Collections.unmodifiableList(out);
        };
    }

    @Override
    public String toString() {
        return "EvidenceSets[" + (only != null ? only.id() : "plan of " + byKind.keySet()) + ", " + settings + "]";
    }

    private EvidenceSets with(Settings s) {
        return new EvidenceSets(byKind, only, vetoCategories, s);
    }

    private static int percent(String what, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(what + " must lie in [0, 100]; got " + percent);
        }
        return percent;
    }

    /** The settings; copied on change, never changed once a generator holds them. */
    static final class Settings {
        int year = 2015;
        int compliance = 70;
        int ratersMin = 3;
        int ratersMax = 5;
        int incidents = 10;
        int ratings = 30;
        int deductions = 10;
        int notApplicable = 2;
        int overrides = 1;
        int adjustmentPercent = 10;
        List<String> adjustmentCategories = Collections.emptyList();
        SourceKind metricSource = SourceKind.HOST_SYSTEM;

        Settings copy() {
            Settings s = new Settings();
            s.year = year;
            s.compliance = compliance;
            s.ratersMin = ratersMin;
            s.ratersMax = ratersMax;
            s.incidents = incidents;
            s.ratings = ratings;
            s.deductions = deductions;
            s.notApplicable = notApplicable;
            s.overrides = overrides;
            s.adjustmentPercent = adjustmentPercent;
            s.adjustmentCategories = adjustmentCategories;
            s.metricSource = metricSource;
            return s;
        }

        @Override
        public String toString() {
            return "year " + year + ", compliance " + compliance + "%, raters " + ratersMin + "–" + ratersMax
                    + ", incidents " + incidents + "%, ratings " + ratings + "%, deductions " + deductions
                    + "%, not applicable " + notApplicable + "%, overrides " + overrides + "%, adjustments "
                    + adjustmentPercent + "% of " + adjustmentCategories + ", metrics from " + metricSource;
        }
    }
}
