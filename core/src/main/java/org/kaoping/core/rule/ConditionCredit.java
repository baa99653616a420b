package org.kaoping.core.rule;

import org.kaoping.core.api.API;

/**
 * How a composite rule ({@link CompositeRule}, "all of several conditions") counts a condition that earns
 * partial credit by its own policy, e.g. a proportional checklist with three of its four requirements met.
 *
 * <p>The default is {@link #MET_IN_FULL}. Why: the Beihai standard (attachment 3) writes a combined item as
 * one sentence of requirements that must all hold ("规范性文件的内容符合宪法、法律法规、规章和政策规定，所有规范性文件的
 * 制定、实施都依法进行，无与法律、法规和规章相抵触现象……（1分）", "党委每年召开常委会专题研究部署创建活动1次以上，普法依法治理领导小组全体会议
 * 年内不少于2次"): "所有", "无", "以上", "不少于" state thresholds a condition reaches or does not, and the source
 * prints no share, "酌情" or "按比例" below the item's points. So a condition is met when it is met in full; the
 * item's partial credit comes from the composite's own policy over the conditions met (proportional by default).
 * {@link #SHARE} is the other defensible reading, declared per rule where an office wants it: declared on every
 * composite of the five Beihai rubrics it would raise 34 of the demo's 48 units, by up to 4.95 points, and change
 * 6 grades (measured on the demo's evidence).
 */
@API(status = API.Status.STABLE)
public enum ConditionCredit {
    /** A condition counts as met only when it earns its full share; a partly met condition counts as not met. */
    MET_IN_FULL,
    /**
     * A condition counts the share it earned (three of four requirements: 0.75 of a condition) under a proportional
     * composite; under all-or-nothing and per-shortfall policies a partly met condition is still a shortfall.
     */
    SHARE;

    /** {@code a condition counts only when met in full} or {@code a condition counts its share}. */
    public String describe() {
        return this == MET_IN_FULL ? "a condition counts only when met in full" : "a condition counts its share";
    }
}
