package org.kaoping.plugin.imports;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an evidence CSV may hold, each with its Chinese header, its English header and accepted
 * aliases. Headers match after trimming; English ones case-insensitively, with spaces, hyphens and
 * underscores treated alike ({@code Unit ID}, {@code unit-id} and {@code unit_id} are one header).
 */
enum Column {
    KIND("证据类型", "kind", "what the row records: one of the evidence kinds, in English or Chinese", "类型", "evidence_kind"),
    ID("编号", "id", "a stable, unique evidence id (the OA record id)", "证据编号", "记录编号", "evidence_id"),
    UNIT("单位编码", "unit_id", "the id of the assessed unit", "单位代码", "被考评单位编码"),
    KEY("指标", "key", "the criterion id, metric key, incident or adjustment category", "指标编码", "考评项目", "criterion_id", "metric"),
    PERIOD("期间", "period", "the period reported on: 2015 or 2015-03 (also 2015年3月, 2015/03, 201503)", "所属期间", "考评期间"),
    SOURCE("来源", "source", "自查, 考核小组, 抽查, 群众评分, 业务系统 (or SELF, PANEL, SPOT_CHECK, PUBLIC, HOST_SYSTEM)", "证据来源"),
    STEP("环节", "step", "the annual review step: 实地检查, 听取工作汇报, 查阅档案资料, 综合测评, 群众评分 (or INSPECT_ON_SITE …)", "考评环节", "review_step"),
    AUTHOR("填报人", "author", "who recorded it (a rater's id for judgements)", "评分人", "录入人", "rater"),
    AUTHOR_UNIT("填报人单位", "author_unit_id", "the unit the author belongs to", "评分人单位"),
    RECORDED_AT("填报时间", "recorded_at", "when it was recorded: 2015-03-20 10:15[:30] (Asia/Shanghai), 2015-03-20, or an ISO instant such as 2015-03-20T02:15:30Z", "录入时间", "提交时间", "submitted_at"),
    VALUE("数值", "value", "a non-negative decimal number", "数量"),
    MEASURE_UNIT("计量单位", "measure_unit", "the unit of measure as the source writes it: 次, 学时, 件", "uom"),
    OUT_OF("基数", "out_of", "the base of a rate (optional): a positive decimal number", "总数"),
    LEVEL("等次", "level", "the judgement level as the rule lists it, e.g. 好, 较好, 一般, 差", "评议等次", "评价等次"),
    COMMENT("意见", "comment", "the rater's comment (optional)", "评语"),
    REQUIREMENT("要求序号", "requirement", "the 1-based position of the checklist requirement", "序号要求"),
    MET("是否达标", "met", "是 or 否 (also true/false, 1/0, Y/N)", "达标"),
    DOCUMENT_IDS("材料编号", "document_ids", "ids of supporting documents, separated by ; or 、 (optional)", "佐证材料"),
    RESPONDENTS("受访人数", "respondents", "how many answered: a whole number", "调查人数"),
    SATISFIED("满意人数", "satisfied", "how many were satisfied: a whole number"),
    SCORE("得分", "score", "a mean score (with 满分/max_score, instead of respondents and satisfied)", "评分"),
    MAX_SCORE("满分", "max_score", "the maximum score"),
    DATE("发生日期", "date", "the date it happened: 2015-06-01", "日期"),
    SEVERITY("等级", "severity", "一般, 较大, 重大, 特别重大 (or GENERAL, SERIOUS, MAJOR, EXTRAORDINARY)", "事件等级"),
    DESCRIPTION("描述", "description", "what happened", "情况说明"),
    REPORT_TYPE("报告类型", "report_type", "月报 or 年报 (MONTHLY or ANNUAL)"),
    TOPICS("内容", "topics", "topics an annual report covers, separated by ;, 、 or line breaks (optional)", "报告内容"),
    POINTS("分值", "points", "points, e.g. 0.5 or 0.5分"),
    REASON("原因", "reason", "why", "事由", "理由"),
    NEW_POINTS("新分值", "new_points", "the overriding points, e.g. 1.5", "调整后分值"),
    TITLE("标题", "title", "the document's title", "材料名称"),
    MEDIA("媒体", "media", "文字, 图片, 音频, 视频 (or TEXT, IMAGE, AUDIO, VIDEO)", "材料类型"),
    URI("地址", "uri", "where the host keeps it, e.g. oa://archive/2015/123", "存放位置"),
    SHA256("摘要", "sha256", "the SHA-256 of the document's bytes, 64 hexadecimal digits", "SHA256"),
    MEDIA_TYPE("媒体类型", "media_type", "the media type, e.g. application/pdf (optional)", "mime"),
    // issue 17: the self-report's content by section (组织建设、经费保障、措施办法、创建效果)
    SECTION_ORGANIZATION("组织建设", "section_organization", "what the report says on 组织建设 (optional)"),
    SECTION_FUNDING("经费保障", "section_funding", "what the report says on 经费保障 (optional)"),
    SECTION_MEASURES("措施办法", "section_measures", "what the report says on 措施办法 (optional)"),
    SECTION_EFFECTS("创建效果", "section_effects", "what the report says on 创建效果 (optional)");

    /** The self-report section columns, in the seed's order; the header is the section's title. */
    static final Column[] SECTIONS = {SECTION_ORGANIZATION, SECTION_FUNDING, SECTION_MEASURES, SECTION_EFFECTS};

    private static final Map<String, Column> BY_HEADER = new HashMap<>();

    static {
        for (Column c : values()) {
            register(c.chinese, c);
            register(c.english, c);
            for (String a : c.aliases) {
                register(a, c);
            }
        }
    }

    private final String chinese;
    private final String english;
    private final String expected;
    private final List<String> aliases;

    Column(String chinese, String english, String expected, String... aliases) {
        this.chinese = chinese;
        this.english = english;
        this.expected = expected;
        this.aliases = Collections.unmodifiableList(Arrays.asList(aliases));
    }

    private static void register(String header, Column c) {
        Column old = BY_HEADER.put(normalize(header), c);
        if (old != null && old != c) {
            throw new AssertionError("header " + header + " names both " + old + " and " + c);
        }
    }

    /** The column a header names, or null if none. */
    public static Column ofHeader(String header) {
        return BY_HEADER.get(normalize(header));
    }

    static String normalize(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(h.length());
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            s.append(c == ' ' || c == '-' ? '_' : c);
        }
        return s.toString();
    }

    /** The Chinese header, e.g. {@code 单位编码}. */
    public String chinese() {
        return chinese;
    }

    /** The English header, e.g. {@code unit_id}. */
    public String english() {
        return english;
    }

    /** Other accepted headers. */
    public List<String> aliases() {
        return aliases;
    }

    /** What a cell must hold, for error messages and documentation. */
    public String expected() {
        return expected;
    }

    /** {@code 单位编码/unit_id}. */
    public String headers() {
        return chinese + "/" + english;
    }
}
