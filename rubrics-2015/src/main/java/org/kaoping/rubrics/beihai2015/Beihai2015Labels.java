package org.kaoping.rubrics.beihai2015;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kaoping.core.api.API;

/**
 * The Chinese names of the metric keys and incident categories the five Beihai 2015 standards' rules read
 * ({@code deputy-proposal-handling-rate} → 代表建议、委员提案办理率), so that what the office reads names them in its
 * own words rather than by code. Data only; the rules keep the codes.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Beihai2015Labels {
    private static final Map<String, String> LABELS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("abandonment-or-neglect-of-elderly", "遗弃、虐待老人");
        m.put("abuse-of-administrative-coercion", "滥用行政强制");
        m.put("administrative-approval-major-negative-incident", "行政审批重大负面事件");
        m.put("administrative-law-training-sessions", "依法行政培训");
        m.put("administrative-litigation-win-rate", "行政诉讼胜诉率");
        m.put("administrative-reconsideration-upheld-rate", "行政复议维持率");
        m.put("agency-head-first-court-appearance-rate", "行政机关负责人出庭应诉率");
        m.put("arbitrary-fine-fee-or-levy", "乱罚款、乱收费、乱摊派");
        m.put("cadre-law-training-rate", "干部法律培训率");
        m.put("central-group-law-study-sessions", "中心组集体学法");
        m.put("civil-servant-law-exam-pass-rate", "公务员法律知识考试合格率");
        m.put("counterfeit-production-or-sale", "制售假冒伪劣");
        m.put("court-appeal-rate", "一审案件上诉率");
        m.put("court-case-closure-rate", "法院结案率");
        m.put("court-enforcement-complaint-rate", "执行案件投诉率");
        m.put("court-enforcement-conclusion-rate", "执行案件执结率");
        m.put("court-enforcement-rate", "执行到位率");
        m.put("democratic-rule-of-law-village-coverage", "民主法治村（社区）创建覆盖率");
        m.put("deputy-proposal-handling-rate", "代表建议、委员提案办理率");
        m.put("deputy-proposal-reply-rate", "代表建议、委员提案答复率");
        m.put("deputy-proposal-satisfaction-rate", "代表建议、委员提案满意率");
        m.put("discriminatory-rule-against-migrant-workers", "歧视外来务工人员的规定");
        m.put("disputed-cadre-appointment", "干部选拔任用引起群众反映强烈的问题");
        m.put("drug-crime-cases", "毒品犯罪案件");
        m.put("election-interference", "干扰、破坏选举");
        m.put("enterprise-manager-legal-education-coverage", "企业经营管理人员普法覆盖率");
        m.put("environmental-pollution-incident", "环境污染事件");
        m.put("exam-participation-rate", "普法考试参考率");
        m.put("irregular-petition-from-official-error", "因工作人员过错引发的非正常上访");
        m.put("irregular-petition-from-work-error", "因工作失误引发的非正常上访");
        m.put("irregular-petition-to-province-or-capital", "赴省进京非正常上访");
        m.put("juvenile-case-appointed-defence-rate", "未成年人案件指定辩护率");
        m.put("key-group-legal-education-coverage", "重点对象普法覆盖率");
        m.put("law-enforcement-file-reviews", "执法案卷评查");
        m.put("law-enforcement-inspections", "执法检查");
        m.put("law-enforcement-major-rights-infringement", "执法中严重侵犯群众权益");
        m.put("law-enforcement-staff-legal-training-days", "执法人员法律培训天数");
        m.put("law-outreach-activities", "法制宣传活动");
        m.put("law-related-petition-cases", "涉法涉诉信访案件");
        m.put("law-study-hours", "学法学时");
        m.put("leader-law-exams", "领导干部法律知识考试");
        m.put("legal-service-violation", "法律服务违法违规");
        m.put("litigation-judgement-compliance-rate", "生效裁判履行率");
        m.put("local-or-departmental-protectionism", "地方或部门保护主义");
        m.put("major-crime", "重大刑事犯罪");
        m.put("major-disciplinary-or-duty-crime-case", "重大违纪案件和渎职、贪污、受贿等职务犯罪案件");
        m.put("major-ip-counterfeit-or-quality-case", "重大侵犯知识产权、假冒伪劣或质量案件");
        m.put("major-mass-incident", "重大群体性事件");
        m.put("major-public-safety-accident", "重大公共安全事故");
        m.put("major-quality-or-safety-liability-accident", "重大质量、安全责任事故");
        m.put("major-tax-crime-cases", "重大涉税犯罪案件");
        m.put("major-work-safety-accident", "重大安全生产责任事故");
        m.put("non-public-trial-with-serious-consequences", "应公开未公开审理造成严重后果");
        m.put("normative-document-conflicting-with-law", "规范性文件与法律法规相抵触");
        m.put("normative-document-harm-to-stability-or-rights", "规范性文件损害稳定或群众权益");
        m.put("organization-normative-document-conflicting-with-law", "本组织规范性文件与法律法规相抵触");
        m.put("petition-closure-rate", "信访案件办结率");
        m.put("party-committee-sessions-on-campaign", "党委常委会专题研究创建工作");
        m.put("petition-from-mishandled-emergency", "突发事件处置不当引发上访");
        m.put("reconsideration-decision-compliance-rate", "复议决定履行率");
        m.put("released-or-corrected-person-out-of-supervision", "刑释解教、社区矫正人员脱管失控");
        m.put("rule-of-law-administration-reports", "依法行政工作报告");
        m.put("rule-of-law-leading-group-plenary-meetings", "普法依法治理领导小组全体会议");
        m.put("safe-unit-rate", "平安村、平安单位创建达标率");
        m.put("school-legal-vice-principal-staffing-rate", "中小学法制副校长配备率");
        m.put("sector-wide-major-case-harming-stability-or-rights", "本系统损害稳定或群众权益的重大案件");
        m.put("serious-infringement-of-minors-women-elderly-or-disabled", "严重侵害未成年人、妇女、老人、残疾人权益");
        m.put("serious-loss-from-dereliction-of-duty", "失职渎职造成重大损失");
        m.put("staff-law-exams", "职工法律知识考试");
        m.put("superior-assessment-standard-submissions", "按上级考核标准报送材料");
        m.put("thematic-law-lectures", "法制专题讲座");
        m.put("unit-leader-law-exam-pass-rate", "单位领导法律知识考试合格率");
        m.put("unlawful-case-handling-with-bad-influence", "违法办案造成恶劣影响");
        m.put("unlawful-judicial-conduct", "司法人员违法违纪");
        m.put("village-legal-education-activities", "村（社区）法制宣传活动");
        m.put("vulnerable-group-left-without-care", "困难群体无人救助");
        LABELS = Collections.unmodifiableMap(m);
    }

    private Beihai2015Labels() {}

    /** Code → Chinese name, for every metric key and incident category of the five standards; unmodifiable. */
    public static Map<String, String> all() {
        return LABELS;
    }
}
