package org.kaoping.core.rectification;

import org.kaoping.core.api.API;

/** Where a rectification item (整改事项) stands: open, submitted by the unit, verified by the assessor, or overdue. */
@API(status = API.Status.EXPERIMENTAL)
public enum RectificationStatus {
    /** Opened and waiting for the unit's fix (待整改). */
    OPEN("待整改"),
    /** The unit submitted its fix; waiting for the assessor (已提交待验收). */
    SUBMITTED("已提交待验收"),
    /** The assessor verified the fix (已验收); closed. */
    VERIFIED("已验收"),
    /** The deadline passed without a fix submitted (逾期未整改). */
    OVERDUE("逾期未整改");

    private final String chineseName;

    RectificationStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The status as the office reads it, e.g. 逾期未整改. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether the item still needs the unit's or the assessor's action (every status but {@link #VERIFIED}). */
    public boolean isUnresolved() {
        return this != VERIFIED;
    }
}
