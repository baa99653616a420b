package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleKind;
import org.kaoping.core.rule.TrendRule;

/**
 * The rules against the wording they score: thresholds printed in a criterion's text appear as data in
 * its rule, trend and no-incident wording maps to trend and no-incident rules, keys are stable.
 */
class RulesTest {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NOT_LESS_THAN = Pattern.compile("(?:不少于|累计不少于)(\\d+)(次|学时|天)|(\\d+)(次)以上");
    private static final Pattern PERCENT = Pattern.compile("([0-9O]+)[%％]");
    private static final Pattern TREND = Pattern.compile("逐年(提高|降低|下降|减少)|降年(降低)|明显(减少)");
    private static final Pattern NO_INCIDENT_WORDING =
            Pattern.compile("不得发生|未发生|未出现|没有发生|不发生|杜绝|严禁|不得滥用|(?:无|没有)[^，。；]*?(发生|事件|案件|现象|行为|事故|上访|争议|主义)");

    /** Each leaf with its rubric, for messages. */
    private record Leaf(Rubric rubric, Criterion criterion) {
        String where() {
            return rubric.id() + " " + criterion.id() + " " + criterion.label();
        }

        /** The text with the readings of its errata applied (e.g. 1O0％ read as 100%). */
        String reading() {
            String text = criterion.text();
            for (Erratum e : rubric.errata()) {
                if (e.criterionId().equals(criterion.id()) && text.contains(e.sourceSays())) {
                    text = text.replace(e.sourceSays(), e.used());
                }
            }
            return text;
        }
    }

    private static List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        for (Rubric r : Beihai2015.all()) {
            for (Criterion c : r.leaves()) {
                out.add(new Leaf(r, c));
            }
        }
        return out;
    }

    /** The leaf rules of {@code rule}: itself, or its conditions, recursively. */
    static List<Rule> conditions(Rule rule) {
        List<Rule> out = new ArrayList<>();
        if (rule instanceof CompositeRule composite) {
            for (Rule r : composite.conditions()) {
                out.addAll(conditions(r));
            }
        } else {
            out.add(rule);
        }
        return out;
    }

    private static <T extends Rule> List<T> conditions(Leaf leaf, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Rule r : conditions(leaf.criterion().rule().orElseThrow())) {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        }
        return out;
    }

    @Test
    void everyPrintedMinimumCountIsAnAtLeastRuleWithItsUnitAndPeriod() {
        int found = 0;
        for (Leaf leaf : leaves()) {
            Matcher m = NOT_LESS_THAN.matcher(leaf.reading());
            List<AtLeastRule> rules = conditions(leaf, AtLeastRule.class);
            Period period = leaf.reading().contains("以五年规划为时间段") ? Period.PLAN_TERM : Period.YEAR;
            while (m.find()) {
                found++;
                BigDecimal n = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(3));
                String unit = m.group(2) != null ? m.group(2) : m.group(4);
                assertTrue(rules.stream().anyMatch(r -> r.minimum().compareTo(n) == 0 && r.unit().equals(unit)
                        && r.period() == period), leaf.where() + ": no at-least rule for " + m.group() + " in " + rules);
            }
        }
        assertEquals(11, found, "minimum counts printed in attachment 3");
    }

    @Test
    void everyPrintedPercentageIsARateThresholdAndEveryRateThresholdIsPrinted() {
        int found = 0;
        for (Leaf leaf : leaves()) {
            Set<Ratio> printed = new TreeSet<>();
            Matcher m = PERCENT.matcher(leaf.reading());
            while (m.find()) {
                found++;
                printed.add(Ratio.parsePercent(m.group()));
            }
            Set<Ratio> rules = new TreeSet<>();
            for (RateAtLeastRule r : conditions(leaf, RateAtLeastRule.class)) {
                if (!r.targetKey().isPresent()) { // a target of the higher level prints no percentage: issue 17
                    rules.add(r.minimum());
                }
            }
            assertEquals(printed, rules, leaf.where());
        }
        assertEquals(18, found, "percentages printed in attachment 3");
    }

    @Test
    void everyTargetOfTheHigherLevelIsATargetRateRuleAndEveryTargetRuleIsWordedSo() {
        List<String> worded = new java.util.ArrayList<>();
        List<String> ruled = new java.util.ArrayList<>();
        for (Leaf leaf : leaves()) {
            if (leaf.reading().contains("达到上级")) {
                worded.add(leaf.where());
            }
            if (conditions(leaf, RateAtLeastRule.class).stream().anyMatch(r -> r.targetKey().isPresent())) {
                ruled.add(leaf.where());
            }
        }
        assertEquals(worded, ruled);
        assertEquals(2, worded.size(), "county 九.4 and 九.6 say 达到上级指标/标准要求");
    }

    @Test
    void trendWordingIsATrendRuleInTheRightDirection() {
        for (Leaf leaf : leaves()) {
            Matcher m = TREND.matcher(leaf.reading());
            List<TrendRule> rules = conditions(leaf, TrendRule.class);
            while (m.find()) {
                TrendRule.Direction direction = m.group().endsWith("提高") ? TrendRule.Direction.INCREASE
                        : TrendRule.Direction.DECREASE;
                assertTrue(rules.stream().anyMatch(r -> r.direction() == direction),
                        leaf.where() + ": " + m.group() + " has no " + direction + " trend in " + rules);
            }
            if (!rules.isEmpty()) {
                assertTrue(leaf.reading().matches("(?s).*(逐年|不断提高|明显减少|降低).*"),
                        leaf.where() + ": a trend rule where the text states no trend");
            }
        }
    }

    @Test
    void noIncidentWordingIsANoIncidentRuleAndViceVersa() {
        int rules = 0;
        for (Leaf leaf : leaves()) {
            boolean worded = NO_INCIDENT_WORDING.matcher(leaf.reading()).find();
            List<NoIncidentRule> found = conditions(leaf, NoIncidentRule.class);
            rules += found.size();
            assertEquals(worded, !found.isEmpty(), leaf.where() + ": " + leaf.criterion().text());
        }
        assertTrue(rules >= 30, "the wording pattern finds the no-incident clauses at all: " + rules);
    }

    @Test
    void keysAreKebabCaseAndMeanTheSameEverywhere() {
        Map<String, String> signature = new HashMap<>();
        for (Leaf leaf : leaves()) {
            for (Rule r : conditions(leaf.criterion().rule().orElseThrow())) {
                String key;
                String sig;
                if (r instanceof AtLeastRule a) {
                    key = a.metric();
                    sig = "at-least " + a.unit() + " " + a.period();
                } else if (r instanceof RateAtLeastRule rate) {
                    key = rate.metric();
                    sig = "rate";
                } else if (r instanceof TrendRule t) {
                    key = t.metric();
                    sig = "trend " + t.direction();
                } else if (r instanceof NoIncidentRule n) {
                    key = n.incidentCategory();
                    sig = "incident";
                } else {
                    continue;
                }
                assertTrue(KEY.matcher(key).matches(), leaf.where() + ": key [" + key + "] is not kebab-case");
                String before = signature.putIfAbsent(key, sig);
                assertTrue(before == null || before.equals(sig),
                        leaf.where() + ": key [" + key + "] is used as " + before + " and as " + sig);
            }
        }
        assertTrue(signature.size() > 60, "distinct keys: " + signature.size());
    }

    @Test
    void checklistRequirementsQuoteTheirCriterionVerbatim() {
        for (Leaf leaf : leaves()) {
            for (ChecklistRule c : conditions(leaf, ChecklistRule.class)) {
                assertFalse(c.requirements().isEmpty(), leaf.where());
                for (String req : c.requirements()) {
                    assertTrue(leaf.criterion().text().contains(req), leaf.where() + ": not verbatim: " + req);
                }
                if (c.requirements().size() == 1) {
                    assertEquals(CreditPolicy.allOrNothing(), c.policy(), leaf.where());
                } else {
                    assertEquals(CreditPolicy.proportional(), c.policy(), leaf.where());
                }
            }
        }
    }

    @Test
    void judgementsUseTheStandardFourLevels() {
        int judgements = 0;
        for (Leaf leaf : leaves()) {
            for (JudgementRule j : conditions(leaf, JudgementRule.class)) {
                judgements++;
                assertEquals(JudgementRule.standard(), j, leaf.where());
                assertEquals(RuleKind.JUDGEMENT, leaf.criterion().rule().orElseThrow().kind(),
                        leaf.where() + ": a judgement is never one condition among measured ones");
            }
        }
        assertTrue(judgements > 0);
    }

    // --- the key thresholds named in the issue, spelled out ---

    @Test
    void county73StudyHoursLecturesTrainingRateAndTrainingDays() {
        List<Rule> c = conditions(Beihai2015.county().criterion("7.3").rule().orElseThrow());
        assertEquals(List.of(
                "law-study-hours ≥ 40学时 per year, all-or-nothing",
                "thematic-law-lectures ≥ 1次 per year, all-or-nothing",
                "cadre-law-training-rate rate ≥ 95%, all-or-nothing",
                "law-enforcement-staff-legal-training-days ≥ 15天 per year, all-or-nothing"), describe(c));
    }

    @Test
    void county75ExamsPerPlanTermParticipationAndPassRates() {
        List<Rule> c = conditions(Beihai2015.county().criterion("7.5").rule().orElseThrow());
        assertEquals(List.of(
                "checklist of 2 requirement(s), proportional",
                "leader-law-exams ≥ 5次 per plan_term, all-or-nothing",
                "exam-participation-rate rate ≥ 98%, all-or-nothing",
                "unit-leader-law-exam-pass-rate rate ≥ 100%, all-or-nothing",
                "civil-servant-law-exam-pass-rate rate ≥ 100%, all-or-nothing"), describe(c));
    }

    @Test
    void administrative211LitigationAndReconsiderationRates() {
        List<Rule> c = conditions(Beihai2015.administrative().criterion("2.11").rule().orElseThrow());
        assertEquals(List.of(
                "administrative-litigation-win-rate rate ≥ 80%, all-or-nothing",
                "administrative-reconsideration-upheld-rate rate ≥ 80%, all-or-nothing",
                "litigation-judgement-compliance-rate rate ≥ 100%, all-or-nothing",
                "reconsideration-decision-compliance-rate rate ≥ 100%, all-or-nothing",
                "agency-head-first-court-appearance-rate rate ≥ 100%, all-or-nothing"), describe(c));
    }

    @Test
    void judicial14AndAdministrative14DeputyProposalRates() {
        List<String> expected = List.of(
                "deputy-proposal-handling-rate rate ≥ 100%, all-or-nothing",
                "deputy-proposal-reply-rate rate ≥ 100%, all-or-nothing",
                "deputy-proposal-satisfaction-rate rate ≥ 98%, all-or-nothing");
        assertEquals(expected, describe(conditions(Beihai2015.judicial().criterion("1.4").rule().orElseThrow())));
        assertEquals(expected, describe(conditions(Beihai2015.administrative().criterion("1.4").rule().orElseThrow())));
    }

    @Test
    void appealsAndClosuresTrendInOppositeDirections() {
        for (Criterion c : List.of(Beihai2015.county().criterion("4.2"), Beihai2015.judicial().criterion("2.4"))) {
            List<String> d = describe(conditions(c.rule().orElseThrow()));
            assertEquals("court-case-closure-rate rises year over year, all-or-nothing", d.get(0), c.text());
            assertEquals("court-appeal-rate falls year over year, all-or-nothing", d.get(1), c.text());
        }
    }

    private static List<String> describe(List<Rule> rules) {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            out.add(r.describe());
        }
        return out;
    }
}
