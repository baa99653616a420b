package org.kaoping.core.delegation;

import org.kaoping.core.api.API;

/** A cell of the delegation matrix: allowed, allowed only as a claim that an assessor must approve, or forbidden. */
@API(status = API.Status.EXPERIMENTAL)
public enum Permission {
    /** Stored and counted. */
    ALLOWED("允许"),
    /** Stored as a claim, shown as pending (待审核), counted once an assessor approves it. */
    CLAIM("申请，待审核"),
    /** Refused at the gate. */
    FORBIDDEN("禁止");

    private final String chineseName;

    Permission(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The permission in the office's words. */
    public String chineseName() {
        return chineseName;
    }
}
