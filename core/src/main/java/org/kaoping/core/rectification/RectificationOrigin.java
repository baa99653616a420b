package org.kaoping.core.rectification;

import org.kaoping.core.api.API;

/** What finding a rectification item comes from: a spot-check deduction, points lost on an item, a veto, an incident, or the office's own. */
@API(status = API.Status.EXPERIMENTAL)
public enum RectificationOrigin {
    /** A spot-check finding that deducted points (抽查扣分). */
    SPOT_CHECK("spot-check", "抽查发现问题"),
    /** An item that lost at least the plan's threshold of points (失分较多). */
    LOST_POINTS("lost-points", "失分较多"),
    /** A triggered veto (一票否决). */
    VETO("veto", "一票否决"),
    /** An incident recorded against the unit (事件). */
    INCIDENT("incident", "发生事件"),
    /** Added by the assessment office by hand (交办). */
    BY_HAND("by-hand", "考评办交办");

    private final String code;
    private final String chineseName;

    RectificationOrigin(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /** The stable spelling in plan files and audit details, e.g. {@code spot-check}. */
    public String code() {
        return code;
    }

    /** The origin as the office reads it, e.g. 抽查发现问题. */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The origin spelled {@code code}.
     *
     * @throws IllegalArgumentException naming the spellings known, if none matches
     */
    public static RectificationOrigin ofCode(String code) {
        for (RectificationOrigin o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown rectification origin [" + code + "]; expected one of spot-check, lost-points, veto, incident, by-hand");
    }
}
