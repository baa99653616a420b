package org.kaoping.plugin.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.ranking.Rankings;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.NodeState;
import org.kaoping.core.scoring.ScoreNode;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.report.AppealsSection;
import org.kaoping.plugin.run.CycleResult;
import org.kaoping.plugin.run.CycleRun;
import org.kaoping.runtime.Appeal;
import org.kaoping.runtime.CriterionRef;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.OverrideRequest;
import org.kaoping.runtime.UnitRef;
import org.kaoping.spi.AssessmentStore;

/**
 * The demo's cycle after the scores (issue 15), on the demo's store and in Beijing time: the results published for notice
 * (公示) on Monday 11 January 2016 for the plan's 5 working days; 银海区 appeals an item where it lost points and the
 * city office upholds it (the item set to its full points by an audited override; the unit re-scored and re-ranked),
 * 合浦县 appeals another and is rejected; the cycle is finalized on Monday 18 January. Synthetic data (示例数据).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DemoLifecycle {
    /** The unit whose appeal is upheld. */
    public static final String UPHELD_UNIT = "beihai/yinhai";
    /** The unit whose appeal is rejected. */
    public static final String REJECTED_UNIT = "beihai/hepu";
    /** Who acts for the city office. */
    public static final String OFFICE_ACTOR = "王主任";

    static final Instant PUBLISHED = BeihaiDemo.at(2016, 1, 11, 9);
    static final Instant FILED = BeihaiDemo.at(2016, 1, 13, 10);
    static final Instant DECIDED = BeihaiDemo.at(2016, 1, 15, 16);
    static final Instant FINALIZED = BeihaiDemo.at(2016, 1, 18, 9);

    private DemoLifecycle() {}

    /** The demo's clock, moved from step to step. */
    private static final class StepClock extends Clock {
        volatile Instant now = PUBLISHED;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * Runs the cycle after the scores on {@code store}, which holds {@code scored}'s cycle, and returns the result with the
     * upheld unit re-scored, the cycle re-ranked and the appeals.
     */
    public static CycleResult run(AssessmentStore store, CycleResult scored) {
        StepClock clock = new StepClock();
        try (Kaoping k = CycleRun.runtime(scored.setup(), BeihaiSampleCity.directory(), store, clock)) {
            k.publishForNotice(OFFICE_ACTOR, BeihaiSampleCity.OFFICE_ID);
            clock.now = FILED;
            ScoreNode lost = firstLost(scored.scorecard(UPHELD_UNIT));
            ScoreNode other = firstLost(scored.scorecard(REJECTED_UNIT));
            Appeal up = k.fileAppeal("银海区联络员", UPHELD_UNIT, UPHELD_UNIT, Collections.singletonList(lost.id()),
                    "第 " + lost.id() + " 项已按要求落实，评议时未看到佐证材料（示例数据）", evidenceOn(scored.scorecard(UPHELD_UNIT), lost.id()));
            Appeal down = k.fileAppeal("合浦县联络员", REJECTED_UNIT, REJECTED_UNIT, Collections.singletonList(other.id()),
                    "认为第 " + other.id() + " 项扣分过重（示例数据）", Collections.<String>emptyList());
            clock.now = DECIDED;
            k.upholdAppeal(OFFICE_ACTOR, BeihaiSampleCity.OFFICE_ID, up.id(), "经复核佐证材料齐全，该项按满分计（示例数据）",
                    Collections.singletonList(OverrideRequest.of(UnitRef.of(UPHELD_UNIT), CriterionRef.of(lost.id()), lost.points(),
                            "经复核佐证材料齐全，该项按满分计（示例数据）")));
            k.rejectAppeal(OFFICE_ACTOR, BeihaiSampleCity.OFFICE_ID, down.id(), "扣分依据抽查记录，申诉理由不成立（示例数据）");
            clock.now = FINALIZED;
            k.finalizeCycle(OFFICE_ACTOR, BeihaiSampleCity.OFFICE_ID);
            Scorecard rescored = k.scoreUnit(UPHELD_UNIT);
            List<Scorecard> cards = new ArrayList<>();
            for (Scorecard c : scored.scorecards()) {
                cards.add(c.unitId().equals(UPHELD_UNIT) ? rescored : c);
            }
            Map<String, RankingTable> rankings = Rankings.rank(cards, scored.setup().plan());
            return scored.afterAppeals(cards, rankings, k.appeals());
        }
    }

    /** The first leaf (in rubric order) scored from evidence below its points: what the unit appeals. */
    static ScoreNode firstLost(Scorecard card) {
        for (ScoreNode n : card.nodes()) {
            if (n.isLeaf() && n.state() == NodeState.SCORED && n.awarded().compareTo(n.points()) < 0) {
                return n;
            }
        }
        throw new IllegalStateException("unit " + card.unitId() + " lost no points on a scored item");
    }

    private static List<String> evidenceOn(Scorecard card, String criterionId) {
        List<String> out = new ArrayList<>();
        for (Evidence e : card.evidence().all()) {
            if (e.key().equals(criterionId) && out.size() < 2) {
                out.add(e.id());
            }
        }
        return out;
    }

    /** The console lines about the appeals and the final result. */
    public static List<String> summary(CycleResult r) {
        List<String> out = new ArrayList<>();
        if (r.appeals().isEmpty()) {
            return out;
        }
        out.add("公示与申诉：结果于 2016年1月11日 起公示 5 个工作日，至 1月15日 24:00（北京时间）止；申诉 " + r.appeals().size()
                + " 件，2016年1月18日 定稿（" + BeihaiDemo.SYNTHETIC + "）。");
        for (String line : AppealsSection.lines(r.appeals(), r.tree())) {
            out.add("　" + line);
        }
        return out;
    }

    /** {@code lines} followed by {@link #summary(CycleResult)}. */
    static List<String> withSummary(List<String> lines, CycleResult r) {
        List<String> out = new ArrayList<>(lines);
        out.addAll(summary(r));
        return Collections.unmodifiableList(out);
    }

}
