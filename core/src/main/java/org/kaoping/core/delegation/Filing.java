package org.kaoping.core.delegation;

import org.kaoping.core.api.API;
import org.kaoping.core.evidence.EvidenceKind;

/** What may be filed about a unit: one per evidence kind, and the approval (or rejection) of a claim. */
@API(status = API.Status.EXPERIMENTAL)
public enum Filing {
    SELF_REPORT("自查报告", EvidenceKind.SELF_REPORT),
    DOCUMENT("档案材料", EvidenceKind.DOCUMENT),
    METRIC_VALUE("指标数值", EvidenceKind.METRIC_VALUE),
    INCIDENT("事件", EvidenceKind.INCIDENT),
    CHECKLIST_TICK("清单勾选", EvidenceKind.CHECKLIST_TICK),
    JUDGEMENT("评议等次", EvidenceKind.JUDGEMENT),
    PUBLIC_RATING("群众评分", EvidenceKind.PUBLIC_RATING),
    DEDUCTION("扣分", EvidenceKind.DEDUCTION),
    ADJUSTMENT("加分/扣分项", EvidenceKind.ADJUSTMENT),
    NOT_APPLICABLE("不适用", EvidenceKind.NOT_APPLICABLE),
    SCORE_OVERRIDE("改分", EvidenceKind.SCORE_OVERRIDE),
    /** Approving or rejecting a unit's claim (its own N/A mark or adjustment). */
    CLAIM_DECISION("审核申请", null);

    private final String chineseName;
    private final EvidenceKind kind;

    Filing(String chineseName, EvidenceKind kind) {
        this.chineseName = chineseName;
        this.kind = kind;
    }

    /** The filing's name in the office's words. */
    public String chineseName() {
        return chineseName;
    }

    /** The filing of evidence of {@code kind}. */
    public static Filing of(EvidenceKind kind) {
        for (Filing f : values()) {
            if (f.kind == kind) {
                return f;
            }
        }
        throw new AssertionError(kind);
    }
}
