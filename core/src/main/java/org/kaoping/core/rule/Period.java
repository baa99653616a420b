package org.kaoping.core.rule;

import org.kaoping.core.api.API;

/** The period over which a count or amount is measured. */
@API(status = API.Status.STABLE)
public enum Period {
    MONTH("每月"),
    QUARTER("每季度"),
    YEAR("每年"),
    /** The five-year legal-education plan term (以五年规划为时间段). */
    PLAN_TERM("五年规划期");

    private final String chineseName;

    Period(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
