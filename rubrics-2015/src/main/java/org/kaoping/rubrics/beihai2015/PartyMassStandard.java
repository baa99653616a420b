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
 * Builds {@code beihai-2015/party-mass}, the standard for city-level party and mass organizations:
 * part 四 of attachment 3, {@code 四、市级党群部门工作标准（总分100分）}, transcribed verbatim in the
 * source's order.
 */
final class PartyMassStandard {
    private PartyMassStandard() {}

    static Rubric build() {
        return Beihai2015.start(Beihai2015.PARTY_MASS_ID, "四、市级党群部门工作标准（总分100分）", "市级党群部门工作标准", OrgKind.CITY_PARTY_MASS)
                .item("1、",
                        "建立创建全国法治城市工作领导小组及办事机构，主要领导任组长，有专兼职工作人员，办公设施齐备（6分）。",
                        "6", body()
                        .tag("safeguard:1")
                        .rule(checklist(proportional(), "建立创建全国法治城市工作领导小组及办事机构", "主要领导任组长", "有专兼职工作人员", "办公设施齐备")))
                .item("2、",
                        "将法治城市创建工作纳入本单位综合目标考核，层层签订责任书，制定本单位创建工作活动方案，严格考核，奖惩兑现（8分）。",
                        "8", body()
                        .tag("safeguard:1")
                        .rule(checklist(proportional(),
                                "将法治城市创建工作纳入本单位综合目标考核",
                                "层层签订责任书",
                                "制定本单位创建工作活动方案",
                                "严格考核",
                                "奖惩兑现")))
                .item("3、",
                        "法治城市创建工作经费得到有效保障（5分）。",
                        "5", body()
                        .tag("safeguard:1")
                        .rule(checklist(allOrNothing(), "法治城市创建工作经费得到有效保障")))
                .item("4、",
                        "有创建工作年度计划、年终总结，以及专项活动措施、总结（6分）。",
                        "6", body()
                        .rule(checklist(proportional(), "有创建工作年度计划、年终总结", "专项活动措施、总结")))
                .item("5、",
                        "充分发挥职能优势，支持、指导、协助全市开展法治城市创建活动（8分）。",
                        "8", body()
                        .tag("safeguard:2")
                        .rule(judgement()))
                .item("6、",
                        "健全依法决策、科学决策、民主决策机制（5分）。",
                        "5", body()
                        .tag("task:2")
                        .sharePointsEqually()
                        .requirement("(1)", "制定了党委(组)议事规则及依法决策制度；",
                                checklist(allOrNothing(), "制定了党委(组)议事规则及依法决策制度"))
                        .requirement("(2)", "重大事项决策程序及咨询、论证、讨论材料完善。",
                                checklist(allOrNothing(), "重大事项决策程序及咨询、论证、讨论材料完善")))
                .item("7、",
                        "严格按规定程序讨论决定干部任免。无因违规任用干部引起争议，档案材料完善（4分）。",
                        "4", body()
                        .tag("safeguard:3")
                        .rule(allOf(
                                checklist(proportional(), "严格按规定程序讨论决定干部任免", "档案材料完善"),
                                noIncident("disputed-cadre-appointment"))))
                .item("8、",
                        "单位领导班子成员带头学法用法，掌握必备的法律知识，严格依法决策、依法管理（6分）。",
                        "6", body()
                        .tag("task:1")
                        .rule(checklist(proportional(), "单位领导班子成员带头学法用法", "掌握必备的法律知识", "严格依法决策、依法管理")))
                .item("9、",
                        "加强干部职工法治教育培训，聘请高层次法律专业人员讲学，提高依法执政的能力和水平，每年进行职工法律知识考试（8分）。",
                        "8", body()
                        .tag("task:11")
                        .rule(allOf(
                                checklist(proportional(), "加强干部职工法治教育培训", "聘请高层次法律专业人员讲学"),
                                atLeast("staff-law-exams", 1, "次", YEAR))))
                .item("10、",
                        "各项规章制度完善，内部管理规范，依法履行职能（8分）。",
                        "8", body()
                        .rule(checklist(proportional(), "各项规章制度完善", "内部管理规范", "依法履行职能")))
                .item("11、",
                        "积极开展主要事务公开活动，保障职工和有关人员的知情权（6分）。",
                        "6", body()
                        .rule(checklist(proportional(), "积极开展主要事务公开活动", "保障职工和有关人员的知情权")))
                .item("12、",
                        "依法保障职工和群众的合法权益，妥善解决群众关注的“热点”、“难点”问题（4分）。",
                        "4", body()
                        .rule(checklist(proportional(), "依法保障职工和群众的合法权益", "妥善解决群众关注的“热点”、“难点”问题")))
                .item("13、",
                        "社会治安综合治理各项措施得到全面落实，深化平安建设活动，及时调解处理各类矛盾纠纷，切实抓好信访和维稳工作，完成上级交办的信访、维稳督办案件。不得发生因工作失误导致到省进京非正常上访（4分）。",
                        "4", body()
                        .tag("task:9")
                        .rule(allOf(
                                checklist(proportional(),
                                        "社会治安综合治理各项措施得到全面落实",
                                        "深化平安建设活动",
                                        "及时调解处理各类矛盾纠纷",
                                        "切实抓好信访和维稳工作",
                                        "完成上级交办的信访、维稳督办案件"),
                                noIncident("irregular-petition-to-province-or-capital"))))
                .item("14、",
                        "以“学法律、讲权利、讲义务、讲责任”为主题，深入到乡村、社区、学校、企业、家庭、军营、高墙积极开展形式多样的法治宣传教育活动（8分）。",
                        "8", body()
                        .tag("task:11")
                        .rule(judgement()))
                .item("15、",
                        "职工法制意识和法律知识水平进一步提高，依法办事的能力和自觉性进一步增强（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(judgement()))
                .item("16、",
                        "单位工作秩序良好，未发生重大违纪案件和渎职、贪污、受贿等职务犯罪案件（8分）。",
                        "8", body()
                        .rule(allOf(
                                checklist(allOrNothing(), "单位工作秩序良好"),
                                noIncident("major-disciplinary-or-duty-crime-case"))))
                .build();
    }
}
