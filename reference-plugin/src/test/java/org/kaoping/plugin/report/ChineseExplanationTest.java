package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.plan.MissingSourcePolicy;
import org.kaoping.core.plan.SourceBlend;
import org.kaoping.core.points.Points;
import org.kaoping.core.points.Ratio;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.TrendRule;
import org.kaoping.core.scoring.AppliedDeduction;
import org.kaoping.core.scoring.AppliedOverride;
import org.kaoping.core.scoring.ChannelResult;
import org.kaoping.core.scoring.Explanation;
import org.kaoping.core.scoring.NodeState;

class ChineseExplanationTest {
    private static final Function<String, String> LABELS = k -> k.equals("safety") ? "安全生产" : k;

    private static String rule(Rule r) {
        return ChineseExplanation.rule(r, LABELS);
    }

    @Test
    void eachRuleKindReadsInChinese() {
        assertEquals("判定等次（好 100%、较好 80%、一般 60%、差 0%）", rule(JudgementRule.standard()));
        assertEquals("检查清单 3 项，按比例计分", rule(ChecklistRule.of(CreditPolicy.proportional(), Arrays.asList("a", "b", "c"))));
        assertEquals("meetings 不少于 2次（每年），每项扣 0.5 分，扣完为止",
                rule(AtLeastRule.of("meetings", new BigDecimal("2.0"), "次", Period.YEAR, CreditPolicy.deductEach(Points.parse("0.5")))));
        assertEquals("exam 比率不低于 98%，全有或全无", rule(RateAtLeastRule.of("exam", Ratio.percent(98), CreditPolicy.allOrNothing())));
        assertEquals("cases 逐年提高，全有或全无", rule(TrendRule.of("cases", TrendRule.Direction.INCREASE, CreditPolicy.allOrNothing())));
        assertEquals("petitions 逐年下降，按比例计分", rule(TrendRule.of("petitions", TrendRule.Direction.DECREASE, CreditPolicy.proportional())));
        assertEquals("无安全生产事件发生，每项扣 1 分，扣完为止", rule(NoIncidentRule.of("safety", CreditPolicy.deductEach(Points.of(1)))));
        assertEquals("同时满足以下条件：(1) 检查清单 1 项，全有或全无；(2) x 比率不低于 90%，按比例计分。总体计分：全有或全无；部分满足的条件按未满足计（条件须完全满足才计入）",
                rule(CompositeRule.of(CreditPolicy.allOrNothing(), Arrays.<Rule>asList(
                        ChecklistRule.of(CreditPolicy.allOrNothing(), Collections.singletonList("a")),
                        RateAtLeastRule.of("x", Ratio.percent(90), CreditPolicy.proportional())))));
        assertEquals("自定义规则 host-kind {k=v}", rule(CustomRule.of("host-kind", Collections.singletonMap("k", "v"))));
    }

    @Test
    void blendsAndChannelsNameSourcesAndStepsInChinese() {
        assertEquals("考核小组·实地检查", ChineseExplanation.channelName(Channel.of(ReviewStep.INSPECT_ON_SITE)));
        assertEquals("群众评分", ChineseExplanation.channelName(Channel.of(ReviewStep.PUBLIC_SCORING)), "a step named like its source is not doubled");
        assertEquals("按先后顺序取第一个有证据的来源：考核小组 → 抽查 → 业务系统 → 群众评分 → 自查",
                ChineseExplanation.blend(SourceBlend.defaultBlend()));
        java.util.Map<Channel, Ratio> w = new java.util.LinkedHashMap<>();
        w.put(Channel.of(SourceKind.PANEL), Ratio.of(4, 1));
        w.put(Channel.of(SourceKind.PUBLIC), Ratio.ONE);
        assertTrue(ChineseExplanation.blend(SourceBlend.weighted(w, MissingSourcePolicy.MARK_INCOMPLETE))
                .startsWith("加权综合：考核小组 权重 4，群众评分 权重 1；某来源无证据时该来源不得分"));
    }

    private static Explanation.Builder leaf(NodeState state, String awarded) {
        return Explanation.builder().criterionId("1.1").criterion("1、 要求").state(state).awarded(Points.parse(awarded))
                .maximum(Points.of(2)).incomplete(false);
    }

    private static String html(Explanation e, Rule r) {
        return ChineseExplanation.html(e, r, SourceBlend.defaultBlend(), Points.of(2), 2, LABELS);
    }

    @Test
    void aScoredItemShowsItsSourceEvidenceRatersAndExactArithmetic() {
        Explanation e = leaf(NodeState.SCORED, "1.33").blendedShare(Ratio.of(2, 3))
                .addChannels(ChannelResult.builder().channel(Channel.of(SourceKind.PANEL)).share(Ratio.of(2, 3))
                        .addEvidenceIds("ev-7", "ev-9").addRaters("r1=较好 (80%)").addInputs("2 of 3 requirements met, proportional").used(true).build())
                .addNotes("2 × 66.6667% = 1.33 (rounded half-up to 2 decimal places)").build();
        String h = html(e, ChecklistRule.of(CreditPolicy.proportional(), Arrays.asList("a", "b", "c")));
        assertTrue(h.contains("<dt>计分规则</dt><dd>检查清单 3 项，按比例计分</dd>"), h);
        assertTrue(h.contains("考核小组：得分率 66.6667%（采用），证据编号 ev-7, ev-9"), h);
        assertTrue(h.contains("评分人：r1=较好 (80%)"), h);
        assertTrue(h.contains("<dt>得分计算</dt><dd>2 分 × 66.6667% = 1.33 分（四舍五入保留 2 位小数）</dd>"), h);
        assertTrue(h.contains("<summary>计算过程（技术细节）</summary><pre>PANEL: 2 of 3 requirements met, proportional\n2 × 66.6667% = 1.33"), h);
    }

    @Test
    void theArithmeticIsLeftOutWhenItDoesNotReproduceTheAwardedPoints() {
        Explanation e = leaf(NodeState.SCORED, "1.5").blendedShare(Ratio.of(2, 3)).build();
        String h = html(e, null);
        assertTrue(h.contains("<dt>得分计算</dt><dd>得分 1.50 分</dd>"), h);
        assertFalse(h.contains("×"), h);
    }

    @Test
    void aDeductionShowsReasonEvidenceAskedAndTaken() {
        Explanation e = leaf(NodeState.SCORED, "0.5").blendedShare(Ratio.ONE)
                .addDeductions(AppliedDeduction.builder().evidenceId("d-1").criterionId("1").reason("台账缺失")
                        .asked(Points.parse("1.5")).taken(Points.parse("1.5")).build()).build();
        String h = html(e, null);
        assertTrue(h.contains("<tr><td>台账缺失</td><td>d-1</td><td>1</td><td class=\"num\">1.5 分</td><td class=\"num\">1.5 分</td></tr>"), h);
        assertTrue(h.contains("2 分 × 100% = 2.00 分；扣分 1.5 分，得分 0.50 分"), h);
    }

    @Test
    void anOverrideShowsWhoWhenWhyAndOldToNew() {
        Explanation e = leaf(NodeState.OVERRIDDEN, "1.8").override(AppliedOverride.builder().evidenceId("ov-3").author("王审核")
                .at(Instant.parse("2015-12-01T02:30:00Z")).reason("复核后调整").oldPoints(Points.ONE).newPoints(Points.parse("1.8")).build()).build();
        String h = html(e, null);
        assertTrue(h.contains("改分人 王审核，时间 2015年12月1日 10:30，原因：复核后调整；原分 1 分 → 新分 1.8 分（证据编号 ov-3）"), h);
        assertTrue(h.contains("<dt>得分计算</dt><dd>人工改分后得分 1.80 分</dd>"), "no share, so no rule arithmetic: " + h);
        String withShare = html(leaf(NodeState.OVERRIDDEN, "1.8").blendedShare(Ratio.of(1, 2)).override(e.override().get()).build(), null);
        assertTrue(withShare.contains("按规则计算：2 分 × 50% = 1.00 分（四舍五入保留 2 位小数）；人工改分后得分 1.80 分"), withShare);
    }

    @Test
    void aNotApplicableItemShowsItsReasonAndNoBlend() {
        Explanation e = leaf(NodeState.NOT_APPLICABLE, "0").maximum(Points.ZERO).notApplicable("本年度无此项工作 [na-1 by 张三]").build();
        String h = html(e, null);
        assertTrue(h.contains("<dt>不适用原因</dt><dd>本年度无此项工作（证据编号 na-1，填报人 张三）</dd>"), h);
        assertTrue(h.contains("不适用：不计分，其分值不计入满分"), h);
        assertFalse(h.contains("来源综合"), h);
        assertFalse(h.contains("技术细节"), "nothing technical to show");
    }

    @Test
    void everyTextIsEscaped() {
        Explanation e = leaf(NodeState.SCORED, "0").blendedShare(Ratio.ZERO).notApplicable("a<b>&c")
                .addChannels(ChannelResult.builder().channel(Channel.of(SourceKind.SELF)).share(Ratio.ZERO)
                        .addEvidenceIds("<e&1>").addRaters("r<1>=差").addInputs("(甲 <i> & 乙) not met").used(true).build())
                .addDeductions(AppliedDeduction.builder().evidenceId("d<2>").criterionId("1.1").reason("<script>")
                        .asked(Points.ZERO).taken(Points.ZERO).build())
                .addDocuments("doc <x> & y").addNotes("<note>").build();
        String h = html(e, NoIncidentRule.of("<cat>&", CreditPolicy.allOrNothing()));
        for (String raw : new String[] {"a<b>", "<e&1>", "r<1>", "<i>", "d<2>", "<script>", "<x>", "<note>", "<cat>"}) {
            assertFalse(h.contains(raw), raw + " in " + h);
        }
        for (String escaped : new String[] {"a&lt;b&gt;&amp;c", "&lt;e&amp;1&gt;", "r&lt;1&gt;=差", "(甲 &lt;i&gt; &amp; 乙)", "d&lt;2&gt;",
                "&lt;script&gt;", "doc &lt;x&gt; &amp; y", "&lt;note&gt;", "无&lt;cat&gt;&amp;事件发生"}) {
            assertTrue(h.contains(escaped), escaped + " in " + h);
        }
    }
}
