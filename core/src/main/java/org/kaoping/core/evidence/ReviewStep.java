package org.kaoping.core.evidence;

import org.kaoping.core.api.API;

/**
 * One of the annual review's five steps (一查、二听、三看、四评、五打分). Evidence may name the step that
 * produced it, so that an assessment plan can weight the steps as channels of their own.
 *
 * <p>It lives here rather than in {@code cycle} because evidence carries it and {@code cycle} builds on evidence.
 */
@API(status = API.Status.STABLE)
public enum ReviewStep {
    /** 一查: inspect on site (实地检查). */
    INSPECT_ON_SITE("实地检查", SourceKind.PANEL),
    /** 二听: hear the unit's work report (听取工作汇报). */
    HEAR_REPORTS("听取工作汇报", SourceKind.PANEL),
    /** 三看: review the archives (查阅档案资料). */
    REVIEW_ARCHIVES("查阅档案资料", SourceKind.PANEL),
    /** 四评: comprehensive evaluation (综合测评). */
    COMPREHENSIVE_EVALUATION("综合测评", SourceKind.PANEL),
    /** 五打分: public scoring (群众评分). */
    PUBLIC_SCORING("群众评分", SourceKind.PUBLIC);

    private final String chineseName;
    private final SourceKind usualSource;

    ReviewStep(String chineseName, SourceKind usualSource) {
        this.chineseName = chineseName;
        this.usualSource = usualSource;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The source whose evidence this step normally yields: the panel, or the public for step five. */
    public SourceKind usualSource() {
        return usualSource;
    }
}
