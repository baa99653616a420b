package org.kaoping.runtime;

import org.kaoping.core.api.API;

/**
 * Where a plan's cycle stands after the scores: collecting evidence, scored, published for notice (公示, open to
 * appeals) or final. Kept in the store's audit trail, so it survives restarts wherever the store does.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum CycleState {
    /** Evidence is collected and scored; nothing is published for notice yet (also after a re-opening). */
    COLLECTING,
    /** The cycle was scored and ranked for publication; the results are about to be published for notice. */
    SCORED,
    /** 公示: the results are published for the plan's notice period; the units may appeal. */
    NOTICE,
    /** Final: the result stands; evidence for the cycle is refused until the city office re-opens it. */
    FINAL;

    /** The office's word for the state: 采集中, 已评分, 公示中, 已定稿. */
    public String chinese() {
        switch (this) {
            case COLLECTING:
                return "采集中";
            case SCORED:
                return "已评分";
            case NOTICE:
                return "公示中";
            default:
                return "已定稿";
        }
    }
}
