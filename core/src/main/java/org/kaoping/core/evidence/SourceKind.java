package org.kaoping.core.evidence;

import org.kaoping.core.api.API;

/** Who produced a piece of evidence: the unit itself, the review panel, a spot check, the public or a host system. */
@API(status = API.Status.STABLE)
public enum SourceKind {
    /** The assessed unit's own self-inspection (自查). */
    SELF("自查"),
    /** The review panel (考核小组) at the annual review. */
    PANEL("考核小组"),
    /** An unannounced spot check (抽查) by the assessment office. */
    SPOT_CHECK("抽查"),
    /** The public (群众评分、满意度测评). */
    PUBLIC("群众评分"),
    /** A host system such as the city's case or petition database. */
    HOST_SYSTEM("业务系统");

    private final String chineseName;

    SourceKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The seed's own word for this source. */
    public String chineseName() {
        return chineseName;
    }
}
