package org.kaoping.plugin.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.ranking.Aggregates;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.ranking.RollUp;
import org.kaoping.core.ranking.SectionAverage;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.rubrics.beihai2015.Beihai2015;

/**
 * The roll-ups every report shows, computed once from report data by {@link Aggregates}: per standard the average of
 * each section (which parts are weak city-wide); by the implementation plan's tasks and safeguards (the criteria's
 * tags {@code task:1}…{@code task:12}, {@code safeguard:1}…{@code safeguard:3}, titled from the plan's own text, 附件1
 * 三、主要任务 and 四、保障措施, where the plan uses the Beihai 2015 standards); by area, each county or district with
 * the units below it that have a scorecard. Immutable.
 */
final class RollUps {
    /** One row of a roll-up: what it is about, how many units, points earned and possible, the mean and the share. */
    public static final class Row {
        /** The section id, the tag, or the area's unit id. */
        public final String key;
        /** The section's title, the task's title, or the area's name. */
        public final String title;
        /** How many units the row covers. */
        public final int units;
        /** Points earned, summed over the units (for a section: the mean per unit). */
        public final Points awarded;
        /** Points possible, summed over the units (for a section: its points). */
        public final Points maximum;
        /** Earned over possible. */
        public final Ratio share;

        Row(String key, String title, int units, Points awarded, Points maximum, Ratio share) {
            this.key = key;
            this.title = title;
            this.units = units;
            this.awarded = awarded;
            this.maximum = maximum;
            this.share = share;
        }
    }

    private final Map<String, List<Row>> sections;
    private final List<Row> tags;
    private final Map<String, Map<String, Ratio>> tagShareByRubric;
    private final List<Row> areas;

    private RollUps(Map<String, List<Row>> sections, List<Row> tags, Map<String, Map<String, Ratio>> tagShareByRubric, List<Row> areas) {
        this.sections = Collections.unmodifiableMap(sections);
        this.tags = Collections.unmodifiableList(tags);
        this.tagShareByRubric = Collections.unmodifiableMap(tagShareByRubric);
        this.areas = Collections.unmodifiableList(areas);
    }

    static RollUps of(ReportData data) {
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        Map<String, List<Scorecard>> byRubric = new LinkedHashMap<>();
        Set<String> tagKeys = new LinkedHashSet<>();
        List<Rubric> rubrics = new ArrayList<>();
        for (RankingTable t : data.rankings()) {
            Rubric r = data.rubric(t);
            rubrics.add(r);
            List<Scorecard> cards = new ArrayList<>();
            for (RankedUnit u : t.entries()) {
                cards.add(data.scorecard(u.unitId()));
            }
            byRubric.put(r.id(), cards);
            Map<String, SectionAverage> averages = new LinkedHashMap<>();
            for (SectionAverage a : Aggregates.sectionAverages(cards)) {
                averages.put(a.criterionId(), a);
            }
            List<Row> rows = new ArrayList<>();
            for (Criterion c : r.criteria()) {
                SectionAverage a = averages.get(c.id());
                if (a != null) {
                    rows.add(new Row(c.id(), sectionTitle(c), a.units(), a.meanAwarded(), c.points(), a.share()));
                }
            }
            sections.put(r.id(), rows);
            for (Criterion c : r.allCriteria()) {
                tagKeys.addAll(c.tags());
            }
        }
        List<String> ordered = new ArrayList<>(tagKeys);
        ordered.sort((a, b) -> {
            int ka = a.startsWith("task:") ? 0 : a.startsWith("safeguard:") ? 1 : 2;
            int kb = b.startsWith("task:") ? 0 : b.startsWith("safeguard:") ? 1 : 2;
            if (ka != kb) {
                return Integer.compare(ka, kb);
            }
            return Integer.compare(number(a), number(b)) != 0 ? Integer.compare(number(a), number(b)) : a.compareTo(b);
        });
        Map<String, String> titles = planTitles(rubrics);
        List<Row> tags = new ArrayList<>();
        Map<String, Map<String, Ratio>> shares = new LinkedHashMap<>();
        List<Scorecard> all = data.scorecards();
        for (String tag : ordered) {
            RollUp u = Aggregates.byTag(all, tag);
            tags.add(row(tag, titles.containsKey(tag) ? titles.get(tag) : tag, u, countTagged(all, tag)));
            Map<String, Ratio> perRubric = new LinkedHashMap<>();
            for (Map.Entry<String, List<Scorecard>> e : byRubric.entrySet()) {
                RollUp x = Aggregates.byTag(e.getValue(), tag);
                if (x.maximum().isPositive()) {
                    perRubric.put(e.getKey(), Ratio.of(x.awarded().units(), x.maximum().units()));
                }
            }
            shares.put(tag, perRubric);
        }
        List<Row> areas = new ArrayList<>();
        for (OrgUnit unit : data.tree().units()) {
            if (unit.kind() != OrgKind.COUNTY_DISTRICT) {
                continue;
            }
            RollUp u = Aggregates.byArea(all, data.tree(), unit.id());
            if (!u.unitIds().isEmpty()) {
                areas.add(row(unit.id(), unit.name(), u, u.unitIds().size()));
            }
        }
        return new RollUps(sections, tags, shares, areas);
    }

    private static int countTagged(List<Scorecard> cards, String tag) {
        int n = 0;
        for (Scorecard c : cards) {
            boolean has = false;
            for (Criterion k : c.rubric().allCriteria()) {
                has |= k.tags().contains(tag);
            }
            n += has ? 1 : 0;
        }
        return n;
    }

    private static Row row(String key, String title, RollUp u, int units) {
        return new Row(key, title, units, u.awarded(), u.maximum(),
                u.maximum().isPositive() ? Ratio.of(u.awarded().units(), u.maximum().units()) : Ratio.ZERO);
    }

    private static int number(String tag) {
        int colon = tag.indexOf(':');
        try {
            return colon < 0 ? Integer.MAX_VALUE : Integer.parseInt(tag.substring(colon + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Section averages of each standard, by rubric id in report order; the awarded points of a row are the mean per unit. */
    public Map<String, List<Row>> sectionAverages() {
        return sections;
    }

    /** The plan's tasks, then its safeguards, then any other tag: points earned and possible over every unit. */
    public List<Row> byTag() {
        return tags;
    }

    /** Per tag, the share earned under each standard that has items with that tag (rubric id → share). */
    public Map<String, Map<String, Ratio>> tagShareByRubric() {
        return tagShareByRubric;
    }

    /** Each county or district with a scorecard on it or below it: final totals summed over those units. */
    public List<Row> byArea() {
        return areas;
    }

    /** The mean of a row's points per unit: the section's mean as is, an area's total divided by its units (half-up, 2 places). */
    static Points mean(Row r) {
        return r.units == 0 ? Points.ZERO : r.awarded.dividedBy(r.units, RoundingMode.HALF_UP);
    }

    private static final Pattern POINTS_SUFFIX = Pattern.compile("[（(]\\s*([0-9.]+)\\s*分\\s*[）)][。.；;]?$");

    /**
     * A section's title as a column header: its own words without the points and the full stop, then its points,
     * e.g. {@code 推进依法行政(12分)}; a long item (a standard without sections) is cut at its first clause.
     */
    public static String sectionTitle(Criterion c) {
        String text = c.text().trim();
        Matcher m = POINTS_SUFFIX.matcher(text);
        if (m.find()) {
            text = text.substring(0, m.start());
        }
        text = text.replaceAll("[。．.；;，,\\s]+$", "");
        if (text.length() > 20) {
            int cut = -1;
            for (String stop : new String[] {"，", "；", "。"}) {
                int i = text.indexOf(stop);
                if (i > 0 && (cut < 0 || i < cut)) {
                    cut = i;
                }
            }
            text = cut > 0 && cut <= 24 ? text.substring(0, cut) + "…" : text.substring(0, 20) + "…";
        }
        // An item standing as a section (a standard without sections) keeps its number, 2、; a section's (一) is dropped.
        String label = c.label().trim().endsWith("、") ? c.label().trim() : "";
        return label + text + "(" + c.points() + "分)";
    }

    /** The titles of the plan's tasks and safeguards from the Beihai source text, where the plan uses those standards. */
    private static Map<String, String> planTitles(List<Rubric> rubrics) {
        boolean beihai = false;
        for (Rubric r : rubrics) {
            beihai |= Beihai2015.ids().contains(r.id());
        }
        return beihai ? BeihaiTitles.TITLES : Collections.<String, String>emptyMap();
    }

    /** The Beihai plan's task and safeguard titles, read once from its source text (53 KB decoded for every report). */
    private static final class BeihaiTitles {
        static final Map<String, String> TITLES = Collections.unmodifiableMap(beihaiTitles());
    }

    private static Map<String, String> beihaiTitles() {
        Map<String, String> out = new LinkedHashMap<>();
        String doc = Beihai2015.sourceText();
        int tasks = doc.indexOf("三、主要任务");
        int safeguards = doc.indexOf("四、保障措施");
        int end = doc.indexOf("\n附件2\n");
        if (tasks < 0 || safeguards < tasks) {
            return out;
        }
        titles(doc.substring(tasks, safeguards), "task:", out);
        titles(doc.substring(safeguards, end > safeguards ? end : doc.length()), "safeguard:", out);
        return out;
    }

    private static void titles(String part, String prefix, Map<String, String> out) {
        Matcher m = Pattern.compile("\n（([一二三四五六七八九十]+)）([^。\n]+)").matcher(part);
        while (m.find()) {
            out.put(prefix + chineseNumber(m.group(1)), m.group(2));
        }
    }

    private static int chineseNumber(String s) {
        String digits = "一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        if (s.startsWith("十")) {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        return digits.indexOf(s.charAt(0)) + 1;
    }
}
