package org.kaoping.plugin.bulletin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.Obligation;
import org.kaoping.core.cycle.ObligationStatus;
import org.kaoping.core.plan.GradeBand;
import org.kaoping.core.plan.Grade;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.TriggeredVeto;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.report.Reports;

/**
 * The documents an office issues after the scores, in Chinese: the 通报 of results (GB/T 9704 form: title "发文机关关于…的通报",
 * 主送, headings 一、 and （一）, body in 仿宋, signature and date, attachments each on its own page, 抄送), the 评先评优名单 by
 * the plan's {@link org.kaoping.core.plan.CommendationRule}, and the 绩效考评 export by its
 * {@link org.kaoping.core.plan.AppraisalRule}. The 通报 says how the assessment was done, the results per category with
 * grades, the commended units, the late or missing self-reports, the vetoed units and the open rectification items
 * (整改) with their deadlines. Made from synthetic data, every document says 示例数据 first. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Bulletin {
    /** The 通报 as HTML. */
    public static final String BULLETIN_HTML = "bulletin.html";
    /** The 通报 as a Word document. */
    public static final String BULLETIN_DOCX = "bulletin.docx";
    /** The 评先评优名单 as HTML. */
    public static final String COMMENDATION_HTML = "commendation.html";
    /** The 评先评优名单 as a Word document. */
    public static final String COMMENDATION_DOCX = "commendation.docx";
    /** The 绩效考评 export as a workbook. */
    public static final String APPRAISAL_XLSX = "appraisal.xlsx";
    /** The 绩效考评 export as CSV (UTF-8 with BOM). */
    public static final String APPRAISAL_CSV = "appraisal.csv";

    private final ReportData data;
    private final Map<String, List<Obligation>> obligations;
    private final List<Rectification> rectifications;
    private final LocalDate date;
    private final String issuer;
    private final String campaign;
    private final String addressees;
    private final String copiesTo;
    private final List<Commendation> commended;
    private final List<AppraisalRow> appraisal;

    private Bulletin(Builder b) {
        this.data = Objects.requireNonNull(b.data, "report data must be set");
        this.date = Objects.requireNonNull(b.date, "date must be set");
        this.obligations = Collections.unmodifiableMap(new LinkedHashMap<>(b.obligations));
        this.rectifications = Collections.unmodifiableList(new ArrayList<>(b.rectifications));
        this.issuer = b.issuer;
        this.campaign = b.campaign;
        this.addressees = b.addressees;
        this.copiesTo = b.copiesTo;
        this.commended = Commendation.select(data, rectifications);
        this.appraisal = AppraisalRow.of(data);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The commended units, per category in rank order. */
    public List<Commendation> commended() {
        return commended;
    }

    /** The 绩效考评 rows, one per ranked unit. */
    public List<AppraisalRow> appraisal() {
        return appraisal;
    }

    /** The title of the 通报, e.g. 北海市依法治市领导小组办公室关于2015年度创建全国法治城市工作考评结果的通报. */
    public String title() {
        return issuer + "关于" + data.plan().year() + "年度" + campaign + "考评结果的通报";
    }

    /** The title of the 评先评优名单. */
    public String commendationTitle() {
        return data.plan().year() + "年度" + campaign + "评先评优名单";
    }

    /**
     * A unit's name written in full, as a 公文 writes it: a city-level name that starts with 市 (市司法局) gets the city's
     * name for it (北海市司法局), the city being the org tree's root when its name ends with 市; other names as they are.
     */
    String fullName(String unitId) {
        String name = data.unitName(unitId);
        List<org.kaoping.core.org.OrgUnit> roots = data.tree().roots();
        if (name.startsWith("市") && roots.size() == 1 && roots.get(0).name().endsWith("市") && !roots.get(0).id().equals(unitId)) {
            return roots.get(0).name() + name.substring(1);
        }
        return name;
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"};

    private static String numeral(int i) {
        return i < NUMERALS.length ? NUMERALS[i] : Integer.toString(i + 1);
    }

    OfficialDocument bulletinDocument() {
        OfficialDocument d = new OfficialDocument(title());
        banner(d);
        d.add(OfficialDocument.Kind.TITLE, title());
        d.add(OfficialDocument.Kind.ADDRESSEE, addressees);
        List<RankingTable> tables = data.rankings();
        int units = 0;
        StringBuilder perCategory = new StringBuilder();
        for (RankingTable t : tables) {
            units += t.entries().size();
            perCategory.append(perCategory.length() == 0 ? "" : "，").append(data.rubric(t).title()).append(' ')
                    .append(t.entries().size()).append(" 个");
        }
        d.add(OfficialDocument.Kind.PARAGRAPH, "根据" + data.plan().year() + "年度考评方案（" + data.plan().id() + "），" + issuer + "组织考核小组，采取"
                + "一查、二听、三看、四评、五打分的方法，对 " + units + " 个单位" + data.plan().year() + "年度" + campaign + "进行了考评。现将考评结果通报如下：");

        d.add(OfficialDocument.Kind.HEADING1, "一、考评基本情况");
        StringBuilder bands = new StringBuilder();
        for (GradeBand b : data.plan().gradeBands().bands()) {
            bands.append(bands.length() == 0 ? "" : "，").append(b.grade().name()).append(b.minimum().isZero() ? "（其余）" : "（" + b.minimum() + " 分及以上）");
        }
        d.add(OfficialDocument.Kind.PARAGRAPH, "本次考评按各类单位的工作标准逐项评分，共 " + tables.size() + " 类：" + perCategory + "。考核小组评议、档案查阅、"
                + "抽查和群众评分按考评方案合成，自查月报和年度自查报告迟报、漏报按方案扣分；分值保留 " + data.scale() + " 位小数（四舍五入）。"
                + "等次划分为：" + bands + "。");
        if (!data.tree().units().isEmpty() && data.rankings().size() > 0) {
            d.add(OfficialDocument.Kind.PARAGRAPH, "考评结果按考评方案纳入全市绩效考评，计分办法为：" + AppraisalExport.method(data) + "，各单位计分见附件3。");
        }

        d.add(OfficialDocument.Kind.HEADING1, "二、考评结果");
        for (int i = 0; i < tables.size(); i++) {
            RankingTable t = tables.get(i);
            d.add(OfficialDocument.Kind.HEADING2, "（" + numeral(i) + "）" + data.rubric(t).title() + "（" + t.entries().size() + " 个单位）");
            StringBuilder dist = new StringBuilder();
            for (Map.Entry<Grade, Integer> e : t.gradeDistribution().entrySet()) {
                dist.append(dist.length() == 0 ? "" : "，").append(e.getKey().name()).append(' ').append(e.getValue()).append(" 个");
            }
            d.add(OfficialDocument.Kind.PARAGRAPH, "等次分布：" + dist + "。");
            List<List<String>> rows = new ArrayList<>();
            for (RankedUnit u : t.entries()) {
                rows.add(Arrays.asList(Integer.toString(u.rank()), fullName(u.unitId()), u.finalTotal().format(data.scale()), u.grade().name()));
            }
            d.table(new String[] {"名次", "单位", "得分", "等次"}, rows);
        }

        d.add(OfficialDocument.Kind.HEADING1, "三、评先评优");
        if (commended.isEmpty()) {
            d.add(OfficialDocument.Kind.PARAGRAPH, "按照考评方案规定的评先评优条件（" + data.plan().commendation().describe() + "），本年度无单位符合条件。");
        } else {
            List<String> names = new ArrayList<>();
            for (Commendation c : commended) {
                names.add(fullName(c.unitId()));
            }
            d.add(OfficialDocument.Kind.PARAGRAPH, "按照考评方案规定的评先评优条件（" + data.plan().commendation().describe() + "），" + String.join("、", names)
                    + "等 " + commended.size() + " 个单位确定为" + data.plan().year() + "年度" + campaign + "先进单位，予以通报表扬（名单见附件1）。");
        }

        d.add(OfficialDocument.Kind.HEADING1, "四、存在的问题");
        d.add(OfficialDocument.Kind.HEADING2, "（一）自查报告迟报、漏报");
        List<String> late = new ArrayList<>();
        for (Map.Entry<String, List<Obligation>> e : obligations.entrySet()) {
            int l = 0;
            int m = 0;
            for (Obligation o : e.getValue()) {
                l += o.status() == ObligationStatus.LATE ? 1 : 0;
                m += o.status() == ObligationStatus.MISSING ? 1 : 0;
            }
            if (l + m > 0) {
                late.add(fullName(e.getKey()) + (l > 0 ? "迟报 " + l + " 次" : "") + (l > 0 && m > 0 ? "、" : "") + (m > 0 ? "漏报 " + m + " 次" : ""));
            }
        }
        d.add(OfficialDocument.Kind.PARAGRAPH, late.isEmpty() ? "各单位均按时报送自查月报和年度自查报告。"
                : "以下 " + late.size() + " 个单位自查月报或年度自查报告迟报、漏报，已按考评方案扣分：" + String.join("；", late) + "。");
        d.add(OfficialDocument.Kind.HEADING2, "（二）一票否决");
        List<String> vetoed = new ArrayList<>();
        for (Scorecard c : data.scorecards()) {
            for (TriggeredVeto v : c.vetoes()) {
                vetoed.add(fullName(c.unitId()) + "因发生" + data.categoryName(v.rule().incidentCategory()) + "被一票否决"
                        + (v.rule().cappedGrade().isPresent() ? "，等次定为" + v.rule().cappedGrade().get().name() : "，考评总分记为零")
                        + "，不得参加评先评优");
            }
        }
        d.add(OfficialDocument.Kind.PARAGRAPH, vetoed.isEmpty() ? "本年度无单位被一票否决。" : String.join("；", vetoed) + "。");

        d.add(OfficialDocument.Kind.HEADING1, "五、整改要求");
        List<Rectification> open = new ArrayList<>();
        int overdue = 0;
        for (Rectification r : rectifications) {
            if (r.status().isUnresolved()) {
                open.add(r);
                overdue += r.status() == org.kaoping.core.rectification.RectificationStatus.OVERDUE ? 1 : 0;
            }
        }
        d.add(OfficialDocument.Kind.PARAGRAPH, "对考评中发现的问题，各有关单位要认真对照整改，在整改期限内将整改情况和整改材料报送" + issuer
                + "，逾期未整改的，按考评方案在下一年度考评中扣分" + (data.plan().rectification().unresolvedCost().isPositive()
                        ? "（每项扣 " + data.plan().rectification().unresolvedCost() + " 分）" : "") + "。"
                + (open.isEmpty() ? "截至" + chineseDate(date) + "，考评发现的问题均已整改完毕。"
                        : "截至" + chineseDate(date) + "，尚有 " + open.size() + " 项整改事项未完成，其中 " + overdue + " 项已逾期（整改事项清单见附件2）："));
        if (!open.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Rectification r : open) {
                rows.add(Arrays.asList(fullName(r.unitId()), r.finding(), chineseDate(r.dueDate()), r.status().chineseName()));
            }
            d.table(new String[] {"单位", "问题", "整改期限", "状态"}, rows);
        }

        d.add(OfficialDocument.Kind.ATTACHMENT_LIST, "附件：1. " + commendationTitle() + "　2. " + data.plan().year() + "年度整改事项清单　3. "
                + data.plan().year() + "年度考评结果绩效考评计分表");
        d.add(OfficialDocument.Kind.SIGNATURE, issuer);
        d.add(OfficialDocument.Kind.DATE, chineseDate(date));

        d.add(OfficialDocument.Kind.ATTACHMENT, "附件1");
        d.add(OfficialDocument.Kind.TITLE, commendationTitle());
        commendationTable(d);
        d.add(OfficialDocument.Kind.ATTACHMENT, "附件2");
        d.add(OfficialDocument.Kind.TITLE, data.plan().year() + "年度整改事项清单");
        rectificationTable(d);
        d.add(OfficialDocument.Kind.ATTACHMENT, "附件3");
        d.add(OfficialDocument.Kind.TITLE, data.plan().year() + "年度考评结果绩效考评计分表");
        d.add(OfficialDocument.Kind.PARAGRAPH, "计分办法：" + AppraisalExport.method(data) + "。");
        List<List<String>> rows = new ArrayList<>();
        for (AppraisalRow r : appraisal) {
            rows.add(Arrays.asList(fullName(r.unitId()), r.category(), r.total().format(data.scale()), r.grade(),
                    r.contribution().isPresent() ? r.contribution().get().toString() : "—"));
        }
        d.table(new String[] {"单位", "考评类别", "考评总分", "等次", "绩效考评计分"}, rows);
        d.add(OfficialDocument.Kind.COPIES, copiesTo);
        d.add(OfficialDocument.Kind.COPIES, issuer + "　　" + chineseDate(date) + "印发");
        return d;
    }

    private void banner(OfficialDocument d) {
        if (data.isSynthetic()) {
            d.add(OfficialDocument.Kind.BANNER, ReportData.SYNTHETIC_NOTICE + "：本文件由考评系统根据示例数据生成，仅供演示，不是真实的考评结果。");
        }
    }

    private void commendationTable(OfficialDocument d) {
        d.add(OfficialDocument.Kind.PARAGRAPH, "评先评优条件：" + data.plan().commendation().describe() + "。");
        List<List<String>> rows = new ArrayList<>();
        for (Commendation c : commended) {
            rows.add(Arrays.asList(c.category(), Integer.toString(c.rank()), fullName(c.unitId()), c.total().format(data.scale()), c.grade()));
        }
        if (rows.isEmpty()) {
            rows.add(Arrays.asList("—", "—", "本年度无单位符合条件", "—", "—"));
        }
        d.table(new String[] {"考评类别", "名次", "单位", "得分", "等次"}, rows);
    }

    private void rectificationTable(OfficialDocument d) {
        List<List<String>> rows = new ArrayList<>();
        for (Rectification r : rectifications) {
            rows.add(Arrays.asList(fullName(r.unitId()), r.criterionId().orElse("—"), r.finding(), r.origin().chineseName(),
                    chineseDate(r.dueDate()), r.status().chineseName(), r.fixReference().orElse("—")));
        }
        if (rows.isEmpty()) {
            rows.add(Arrays.asList("—", "—", "无整改事项", "—", "—", "—", "—"));
        }
        d.table(new String[] {"单位", "指标", "问题", "来源", "整改期限", "状态", "整改材料"}, rows);
    }

    OfficialDocument commendationDocument() {
        OfficialDocument d = new OfficialDocument(commendationTitle());
        banner(d);
        d.add(OfficialDocument.Kind.TITLE, commendationTitle());
        commendationTable(d);
        d.add(OfficialDocument.Kind.SIGNATURE, issuer);
        d.add(OfficialDocument.Kind.DATE, chineseDate(date));
        return d;
    }

    /** The 通报 as a self-contained HTML page. */
    public String bulletinHtml() {
        return DocumentHtml.render(bulletinDocument());
    }

    /** The 通报 as a Word document (.docx). */
    public byte[] bulletinDocx() {
        return DocumentDocx.render(bulletinDocument());
    }

    /** The 评先评优名单 as a self-contained HTML page. */
    public String commendationHtml() {
        return DocumentHtml.render(commendationDocument());
    }

    /** The 评先评优名单 as a Word document (.docx). */
    public byte[] commendationDocx() {
        return DocumentDocx.render(commendationDocument());
    }

    /**
     * Writes the six files — {@value #BULLETIN_HTML}, {@value #BULLETIN_DOCX}, {@value #COMMENDATION_HTML},
     * {@value #COMMENDATION_DOCX}, {@value #APPRAISAL_XLSX}, {@value #APPRAISAL_CSV} — into {@code dir}, each by a rename of
     * a complete temporary file forced to disk ({@link Reports#writeFiles}).
     *
     * @return the files written
     */
    public List<Path> writeAll(Path dir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(BULLETIN_HTML, bulletinHtml().getBytes(StandardCharsets.UTF_8));
        files.put(BULLETIN_DOCX, bulletinDocx());
        files.put(COMMENDATION_HTML, commendationHtml().getBytes(StandardCharsets.UTF_8));
        files.put(COMMENDATION_DOCX, commendationDocx());
        files.put(APPRAISAL_XLSX, AppraisalExport.toXlsx(data, appraisal));
        files.put(APPRAISAL_CSV, AppraisalExport.toCsv(data, appraisal));
        return Reports.writeFiles(dir, files);
    }

    /** Builds a {@link Bulletin}; not thread-safe. */
    public static final class Builder {
        private ReportData data;
        private final Map<String, List<Obligation>> obligations = new LinkedHashMap<>();
        private final List<Rectification> rectifications = new ArrayList<>();
        private LocalDate date;
        private String issuer = "北海市依法治市领导小组办公室";
        private String campaign = "创建全国法治城市工作";
        private String addressees = "各县（区）依法治理工作领导小组办公室，市级各有关单位，各有关企事业单位：";
        private String copiesTo = "抄送：市委办公室，市人大常委会办公室，市人民政府办公室，市政协办公室。";

        private Builder() {}

        /** The scored and ranked cycle (its plan declares the commendation and appraisal rules); required. */
        public Builder report(ReportData data) {
            this.data = Objects.requireNonNull(data, "data must not be null");
            return this;
        }

        /** Each unit's self-report obligations, for the late and missing ones. */
        public Builder obligations(Map<String, List<Obligation>> byUnit) {
            obligations.putAll(Objects.requireNonNull(byUnit, "obligations must not be null"));
            return this;
        }

        /** The cycle's rectification items, e.g. {@code Kaoping.rectifications()}. */
        public Builder rectifications(Collection<Rectification> items) {
            rectifications.addAll(Objects.requireNonNull(items, "rectifications must not be null"));
            return this;
        }

        /** The date of the document (成文日期); required. */
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date must not be null");
            return this;
        }

        /** The issuing office in full; default 北海市依法治市领导小组办公室. */
        public Builder issuer(String issuer) {
            this.issuer = nonBlank(issuer, "issuer");
            return this;
        }

        /** The campaign, as in the title's "关于…年度…考评结果"; default 创建全国法治城市工作. */
        public Builder campaign(String campaign) {
            this.campaign = nonBlank(campaign, "campaign");
            return this;
        }

        /** The addressees (主送), ending with a full-width colon. */
        public Builder addressees(String addressees) {
            this.addressees = nonBlank(addressees, "addressees");
            return this;
        }

        /** The 抄送 line. */
        public Builder copiesTo(String copiesTo) {
            this.copiesTo = nonBlank(copiesTo, "copiesTo");
            return this;
        }

        private static String nonBlank(String s, String what) {
            Objects.requireNonNull(s, what + " must not be null");
            if (s.trim().isEmpty()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return s;
        }

        public Bulletin build() {
            return new Bulletin(this);
        }
    }

}
