package org.kaoping.rubrics.beihai2015;

import static org.kaoping.core.rule.Period.YEAR;
import static org.kaoping.core.rule.Rules.allOf;
import static org.kaoping.core.rule.Rules.allOrNothing;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.noIncident;
import static org.kaoping.core.rule.Rules.proportional;
import static org.kaoping.rubrics.beihai2015.Body.body;

import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;

/**
 * Builds {@code beihai-2015/enterprise}, the standard for enterprises and public institutions:
 * part 五 of attachment 3, {@code 五、企事业单位工作标准（总分100分）}, transcribed verbatim in the
 * source's order.
 */
final class EnterpriseStandard {
    private EnterpriseStandard() {}

    static Rubric build() {
        return Beihai2015.start(Beihai2015.ENTERPRISE_ID, "五、企事业单位工作标准（总分100分）", "企事业单位工作标准", OrgKind.ENTERPRISE_INSTITUTION)
                .section("(一)", "组织领导（25分）。", "25", section1())
                .section("(二)", "主要措施（50分）。", "50", section2())
                .section("(三)", "工作成效（25分）。", "25", section3())
                .build();
    }

    /** (一)组织领导（25分）。 */
    private static Body section1() {
        return body()
                .item("1、",
                        "建立创建全国法治城市工作领导小组及办事机构，主要领导任组长，有专兼职工作人员，办公设施齐备（8分）。",
                        "8", body()
                        .tag("safeguard:1")
                        .rule(checklist(proportional(), "建立创建全国法治城市工作领导小组及办事机构", "主要领导任组长", "有专兼职工作人员", "办公设施齐备")))
                .item("2、",
                        "将法治城市创建工作纳入本单位综合目标考核，层层签订责任书，制定本单位创建工作方案，严格考核，奖惩兑现（10分）。",
                        "10", body()
                        .tag("safeguard:1")
                        .rule(checklist(proportional(),
                                "将法治城市创建工作纳入本单位综合目标考核",
                                "层层签订责任书",
                                "制定本单位创建工作方案",
                                "严格考核",
                                "奖惩兑现")))
                .item("3、",
                        "法治城市创建工作经费得到有效保障（7分）。",
                        "7", body()
                        .tag("safeguard:1")
                        .rule(checklist(allOrNothing(), "法治城市创建工作经费得到有效保障")));
    }

    /** (二)主要措施（50分）。 */
    private static Body section2() {
        return body()
                .item("1、",
                        "有创建工作年度工作计划、年终总结，以及专项活动措施、总结（5分）。",
                        "5", body()
                        .rule(checklist(proportional(), "有创建工作年度工作计划、年终总结", "专项活动措施、总结")))
                .item("2、",
                        "企事业单位领导班子成员带头学法用法，掌握必备的法律知识，严格依法决策、依法经营、依法管理（3分）。",
                        "3", body()
                        .tag("task:1")
                        .rule(checklist(proportional(), "企事业单位领导班子成员带头学法用法", "掌握必备的法律知识", "严格依法决策、依法经营、依法管理")))
                .item("3、",
                        "加强干部职工法制教育培训，聘请法律专业人才举办法制讲座，每年进行职工法律知识考试（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(allOf(
                                checklist(proportional(), "加强干部职工法制教育培训", "聘请法律专业人才举办法制讲座"),
                                atLeast("staff-law-exams", 1, "次", YEAR))))
                .item("4、",
                        "各项规章制度完善，内部管理规范；建立法律顾问制度，依法履行职能、依法开展生产经营活动（5分）。",
                        "5", body()
                        .rule(checklist(proportional(), "各项规章制度完善", "内部管理规范", "建立法律顾问制度", "依法履行职能、依法开展生产经营活动")))
                .item("5、",
                        "依法建立工会、团组织、女工小组等群团组织，独立开展活动，其经费按相关规定予以保障；建立平等协商和集体合同制度、职工代表大会制度，民主管理得到落实（4分）。",
                        "4", body()
                        .tag("task:6")
                        .rule(checklist(proportional(),
                                "依法建立工会、团组织、女工小组等群团组织",
                                "独立开展活动",
                                "其经费按相关规定予以保障",
                                "建立平等协商和集体合同制度、职工代表大会制度",
                                "民主管理得到落实")))
                .item("6、",
                        "依法保障职工的合法权益，妥善解决职工关注的“热点”、“难点”问题，落实最低工资保障制度（3分）。",
                        "3", body()
                        .tag("task:6")
                        .rule(checklist(proportional(), "依法保障职工的合法权益", "妥善解决职工关注的“热点”、“难点”问题", "落实最低工资保障制度")))
                .item("7、",
                        "劳动者与企业依法签订劳动合同，职工养老、医疗、工伤、生育、失业保险得到落实（5分）。",
                        "5", body()
                        .tag("task:6")
                        .rule(checklist(proportional(), "劳动者与企业依法签订劳动合同", "职工养老、医疗、工伤、生育、失业保险得到落实")))
                .item("8、",
                        "积极开展企务公开、校务公开等主要事务公开活动，保障职工知情权（5分）。",
                        "5", body()
                        .rule(checklist(proportional(), "积极开展企务公开、校务公开等主要事务公开活动", "保障职工知情权")))
                .item("9、",
                        "加强职工教育培训，完善文化、卫生、娱乐设施，不断提高文化科技素质和生活水平（2分）。",
                        "2", body()
                        .rule(checklist(proportional(), "加强职工教育培训", "完善文化、卫生、娱乐设施", "不断提高文化科技素质和生活水平")))
                .item("10、",
                        "社会治安综合治理各项措施得到全面落实，深入开展平安创建活动，及时调解处理各类矛盾纠纷，切实抓好信访和维稳工作，不得发生因工作失误导致非正常上访（4分）。",
                        "4", body()
                        .tag("task:9")
                        .rule(allOf(
                                checklist(proportional(),
                                        "社会治安综合治理各项措施得到全面落实",
                                        "深入开展平安创建活动",
                                        "及时调解处理各类矛盾纠纷",
                                        "切实抓好信访和维稳工作"),
                                noIncident("irregular-petition-from-work-error"))))
                .item("11、",
                        "加强质量管理，不断提高产品质量和服务质量；严禁制假、贩假，畅通投诉渠道，保护消费者合法权益（3分）。",
                        "3", body()
                        .tag("task:5")
                        .rule(allOf(
                                checklist(proportional(), "加强质量管理", "不断提高产品质量和服务质量", "畅通投诉渠道", "保护消费者合法权益"),
                                noIncident("counterfeit-production-or-sale"))))
                .item("12、",
                        "以“学法律、讲权利、讲义务、讲责任”为主题，积极开展贴近职工生活、形式多样的法治宣传教育活动（5分）。",
                        "5", body()
                        .tag("task:11")
                        .rule(judgement()));
    }

    /** (三)工作成效（25分）。 */
    private static Body section3() {
        return body()
                .item("1、",
                        "职工法制意识和法律知识水平进一步提高，依法办事的能力和自觉性进一步增强（8分）。",
                        "8", body()
                        .tag("task:11")
                        .rule(judgement()))
                .item("2、",
                        "单位治安秩序和生产、工作秩序良好，无重大违法犯罪现象，无重大质量、安全等责任事故（8分）。",
                        "8", body()
                        .tag("task:9")
                        .rule(allOf(
                                checklist(allOrNothing(), "单位治安秩序和生产、工作秩序良好"),
                                noIncident("major-crime"),
                                noIncident("major-quality-or-safety-liability-accident"))))
                .item("3、",
                        "社会效益、经济效益和职工生活水平不断提高。依法提高防范经营风险能力，物质文明、政治文明和精神文明建设协调发展（9分）。",
                        "9", body()
                        .rule(judgement()));
    }
}
