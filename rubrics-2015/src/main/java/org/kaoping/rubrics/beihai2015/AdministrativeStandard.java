package org.kaoping.rubrics.beihai2015;

import static org.kaoping.core.rule.Period.YEAR;
import static org.kaoping.core.rule.Rules.allOf;
import static org.kaoping.core.rule.Rules.allOrNothing;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.noIncident;
import static org.kaoping.core.rule.Rules.proportional;
import static org.kaoping.core.rule.Rules.rateAtLeast;
import static org.kaoping.rubrics.beihai2015.Body.body;

import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;

/**
 * Builds {@code beihai-2015/administrative}, the standard for city-level administrative departments:
 * part 三 of attachment 3, {@code 三、市级行政部门工作标准（总分100分）}, transcribed verbatim in the
 * source's order.
 */
final class AdministrativeStandard {
    private AdministrativeStandard() {}

    static Rubric build() {
        return Beihai2015.start(Beihai2015.ADMINISTRATIVE_ID, "三、市级行政部门工作标准（总分100分）", "市级行政部门工作标准", OrgKind.CITY_ADMINISTRATIVE)
                .section("(一)", "加强党的领导，推进创建活动（25分）。", "25", section1())
                .section("(二)", "坚持公正高效，做到依法行政（50分）。", "50", section2())
                .section("(三)", "发挥职能优势，加强法治宣传（25分）。", "25", section3())
                .build();
    }

    /** (一)加强党的领导，推进创建活动（25分）。 */
    private static Body section1() {
        return body()
                .item("1、",
                        "加强组织领导（8分）：",
                        "8", body()
                        .tag("safeguard:1")
                        .sharePointsEqually()
                        .requirement("(1)", "成立创建全国法治城市工作领导小组及其办公室,有工作人员；",
                                checklist(proportional(), "成立创建全国法治城市工作领导小组及其办公室", "有工作人员"))
                        .requirement("(2)", "将法治城市创建工作纳入本部门综合目标考核，落实责任，制定创建全国法治城市活动方案，严格考核检查；",
                                checklist(proportional(), "将法治城市创建工作纳入本部门综合目标考核", "落实责任", "制定创建全国法治城市活动方案", "严格考核检查"))
                        .requirement("(3)", "落实工作经费，保障法治城市创建工作；",
                                checklist(allOrNothing(), "落实工作经费，保障法治城市创建工作"))
                        .requirement("(4)", "年初有计划安排，年终有总结表彰。",
                                checklist(proportional(), "年初有计划安排", "年终有总结表彰")))
                .item("2、",
                        "健全依法决策、科学决策、民主决策机制（4分）。",
                        "4", body()
                        .tag("task:2")
                        .sharePointsEqually()
                        .requirement("(1)", "制定了党委(组)议事规则及依法决策制度；",
                                checklist(allOrNothing(), "制定了党委(组)议事规则及依法决策制度"))
                        .requirement("(2)", "对涉及区域经济社会发展的重大问题或与人民群众利益密切相关的重大事项，决策前进行科学性、合法性论证，并集体讨论决定；",
                                checklist(proportional(), "决策前进行科学性、合法性论证", "并集体讨论决定"))
                        .requirement("(3)", "重大事项决策程序及咨询、论证、讨论材料完善。",
                                checklist(allOrNothing(), "重大事项决策程序及咨询、论证、讨论材料完善")))
                .item("3、",
                        "严格执行《党政领导干部选拔任用工作条例》。干部人事制度改革稳步推进，干部选拔、任用体系科学，程序规范，奖惩制度完善。（3分）",
                        "3", body()
                        .tag("safeguard:3")
                        .rule(checklist(proportional(),
                                "严格执行《党政领导干部选拔任用工作条例》",
                                "干部人事制度改革稳步推进",
                                "干部选拔、任用体系科学",
                                "程序规范",
                                "奖惩制度完善")))
                .item("4、",
                        "自觉接受市人大、政协的监督，人大代表、政协委员的议案、提案、建议、批评、意见办理率达100%，回复率达100%，基本满意和满意率达98%以上（5分）。",
                        "5", body()
                        .tag("task:10")
                        .rule(allOf(
                                rateAtLeast("deputy-proposal-handling-rate", "100%"),
                                rateAtLeast("deputy-proposal-reply-rate", "100%"),
                                rateAtLeast("deputy-proposal-satisfaction-rate", "98%"))))
                .item("5、",
                        "模范遵守宪法和法律，自觉在宪法和法律法规范围内活动，无重大违纪案件和渎职、贪污、受贿等刑事案件发生（3分）。",
                        "3", body()
                        .rule(noIncident("major-disciplinary-or-duty-crime-case")))
                .item("6、",
                        "每年向市依法治市领导小组办公室提供上级部门对本部门的考核标准（2分）。",
                        "2", body()
                        .rule(atLeast("superior-assessment-standard-submissions", 1, "次", YEAR)));
    }

    /** (二)坚持公正高效，做到依法行政（50分）。 */
    private static Body section2() {
        return body()
                .item("1、",
                        "领导班子深入贯彻落实科学发展观，坚持立党为公、以人为本，根据新的实践和新的发展，着力构建有利于科学发展的体制机制，不断运用科学发展观统领经济社会发展的能力。（2分）。",
                        "2", body()
                        .tag("task:3")
                        .erratum("不断运用科学发展观统领经济社会发展的能力",
                                "不断提高运用科学发展观统领经济社会发展的能力",
                                "the clause lacks its verb (the object 能力 has none); read with 提高, as in the county standard's 提升运用法治思维和法治方式统领经济社会发展的能力 (一、(一)1)")
                        .rule(judgement()))
                .item("2、",
                        "建立公众参与、专家论证和重大事项集体决定相结合的行政决策机制，对涉及社会面广、与人民群众利益密切相关的决策事项，向社会公开征求意见，或举行听证会广泛听取意见（2分）。",
                        "2", body()
                        .tag("task:2", "task:3")
                        .rule(checklist(proportional(), "建立公众参与、专家论证和重大事项集体决定相结合的行政决策机制", "向社会公开征求意见，或举行听证会广泛听取意见")))
                .item("3、",
                        "健全依法行政工作报告制度。每年向市政府报告全面推进依法行政情况，自觉接受检查、监督，认真落实市政府提出的改进工作意见，及时报告整改情况（2分）。",
                        "2", body()
                        .tag("task:3")
                        .rule(allOf(
                                checklist(proportional(), "健全依法行政工作报告制度", "自觉接受检查、监督", "认真落实市政府提出的改进工作意见", "及时报告整改情况"),
                                atLeast("rule-of-law-administration-reports", 1, "次", YEAR))))
                .item("4、",
                        "规范行政执法主体，适时清理、确认并向社会公告行政执法主体，严格执行行政执法人员任职资格制度；强化执法人员法律知识培训，提高依法行政水平（4分）。",
                        "4", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "规范行政执法主体",
                                "适时清理、确认并向社会公告行政执法主体",
                                "严格执行行政执法人员任职资格制度",
                                "强化执法人员法律知识培训")))
                .item("5、",
                        "完善并落实行政执法责任制、行政执法评议考核制和行政执法过错责任追究制，依法界定执法职责，严格规范执法程序，全面落实执法责任，严格追究执法过错责任（6分）。",
                        "6", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "完善并落实行政执法责任制、行政执法评议考核制和行政执法过错责任追究制",
                                "依法界定执法职责",
                                "严格规范执法程序",
                                "全面落实执法责任",
                                "严格追究执法过错责任")))
                .item("6、",
                        "全面实行行政许可制度，规范行政许可行为，行政许可相关事项和依据、程序、条件、结果依法公开，依法听证，制定并落实一次性告知制度、时限制度和一站式服务制度。加强行政服务窗口建设，提高办事效率和透明度（4分）。",
                        "4", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "全面实行行政许可制度",
                                "规范行政许可行为",
                                "行政许可相关事项和依据、程序、条件、结果依法公开",
                                "依法听证",
                                "制定并落实一次性告知制度、时限制度和一站式服务制度",
                                "加强行政服务窗口建设",
                                "提高办事效率和透明度")))
                .item("7、",
                        "深化政务公开。政务公开制度化、经常化，群众获知公开的政务事项和信息途径方便、快捷（5分）。",
                        "5", body()
                        .tag("task:3")
                        .rule(checklist(proportional(), "深化政务公开", "政务公开制度化、经常化", "群众获知公开的政务事项和信息途径方便、快捷")))
                .item("8、",
                        "严格收费管理，收费项目合法、标准公开、行为规范。严格执行收费公示制度、收费登记制度、收缴分离制度和收费许可证年审制度，杜绝乱罚款、乱收费、乱摊派（5分）。",
                        "5", body()
                        .tag("task:3")
                        .rule(allOf(
                                checklist(proportional(), "收费项目合法、标准公开、行为规范", "严格执行收费公示制度、收费登记制度、收缴分离制度和收费许可证年审制度"),
                                noIncident("arbitrary-fine-fee-or-levy"))))
                .item("9、",
                        "行政处罚坚持过罚相当、教育和处罚相结合的原则，严格遵照法定程序，规范自由裁量权，严格实行罚缴分离，依法维护公民、法人和其他组织的合法权益（4分）。",
                        "4", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "行政处罚坚持过罚相当、教育和处罚相结合的原则",
                                "严格遵照法定程序",
                                "规范自由裁量权",
                                "严格实行罚缴分离",
                                "依法维护公民、法人和其他组织的合法权益")))
                .item("10、",
                        "实施行政强制措施应当严格依照法定条件，选择适当的行政强制方式，以最小损害当事人的权益为限度。不得滥用行政强制措施（3分）。",
                        "3", body()
                        .tag("task:3")
                        .rule(allOf(
                                checklist(proportional(), "实施行政强制措施应当严格依照法定条件", "选择适当的行政强制方式", "以最小损害当事人的权益为限度"),
                                noIncident("abuse-of-administrative-coercion"))))
                .item("11、",
                        "各部门行政诉讼胜诉率、行政复议维持率达80%以上，行政诉讼判决、行政复议决定履行率达100%。行政首长首次出庭应诉率达100%（3分）。",
                        "3", body()
                        .tag("task:3")
                        .rule(allOf(
                                rateAtLeast("administrative-litigation-win-rate", "80%"),
                                rateAtLeast("administrative-reconsideration-upheld-rate", "80%"),
                                rateAtLeast("litigation-judgement-compliance-rate", "100%"),
                                rateAtLeast("reconsideration-decision-compliance-rate", "100%"),
                                rateAtLeast("agency-head-first-court-appearance-rate", "100%"))))
                .item("12、",
                        "依法保障公民、法人和其它组织的合法权益，认真解决群众反映强烈的突出问题和突发事件。做到方案具体合法、目标明确、措施适当、责任落实、处置及时、妥当。无因突发事件处置不当引起上访（2分）。",
                        "2", body()
                        .tag("task:3")
                        .rule(allOf(
                                checklist(proportional(),
                                        "依法保障公民、法人和其它组织的合法权益",
                                        "认真解决群众反映强烈的突出问题和突发事件",
                                        "做到方案具体合法、目标明确、措施适当、责任落实、处置及时、妥当"),
                                noIncident("petition-from-mishandled-emergency"))))
                .item("13、",
                        "加强对行业协会的指导和监督,行业协会自律规范，作用发挥明显（2分）。",
                        "2", body()
                        .tag("task:3")
                        .rule(judgement()))
                .item("14、",
                        "建立健全安全预警和应急机制，积极预防和依法妥善处置各类突发事件，未发生因工作失职引起国家和人民生命财产遭受严重损失的事件（3分）。",
                        "3", body()
                        .tag("task:9")
                        .rule(allOf(
                                checklist(proportional(), "建立健全安全预警和应急机制", "积极预防和依法妥善处置各类突发事件"),
                                noIncident("serious-loss-from-dereliction-of-duty"))))
                .item("15、",
                        "社会治安综合治理各项措施得到全面落实，深入开展平安创建活动，切实抓好信访和维稳工作，完成上级交办的信访、维稳督办案件，治安状况良好，社会政治稳定。不得发生因工作失误、违法执法导致到省进京非正常上访（3分）。",
                        "3", body()
                        .tag("task:9")
                        .rule(allOf(
                                checklist(proportional(),
                                        "社会治安综合治理各项措施得到全面落实",
                                        "深入开展平安创建活动",
                                        "切实抓好信访和维稳工作",
                                        "完成上级交办的信访、维稳督办案件",
                                        "治安状况良好，社会政治稳定"),
                                noIncident("irregular-petition-to-province-or-capital"))));
    }

    /** (三)发挥职能优势，加强法治宣传（25分）。 */
    private static Body section3() {
        return body()
                .item("1、",
                        "普法规划得到落实，普法领导和办事机构健全，保障工作经费，奖惩兑现（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(checklist(proportional(), "普法规划得到落实", "普法领导和办事机构健全", "保障工作经费", "奖惩兑现")))
                .item("2、",
                        "健全领导干部和公职人员学法制度。完善党委(组)中心组专题学法制度，落实县处级领导干部学法用法年度述职制度、公务员年度法律知识考试等制度（6分）。",
                        "6", body()
                        .tag("task:1")
                        .rule(checklist(proportional(), "完善党委(组)中心组专题学法制度", "落实县处级领导干部学法用法年度述职制度", "公务员年度法律知识考试等制度")))
                .item("3、",
                        "采取有效措施,深入到县（区）、乡镇和企事业单位广泛开展行业法律法规宣传（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(judgement()))
                .item("4、",
                        "积极开展贴近群众生活、形式多样的法治宣传教育活动，以“学法律、讲权利、讲义务、讲责任”为主题，大力推进法律进机关、进乡村、进社区、进学校、进企业、进单位、进家庭、进军营、进高墙活动，有效开展“12.4”国家宪法日和全国法制宣传日活动（7分）。",
                        "7", body()
                        .tag("task:11")
                        .rule(checklist(proportional(),
                                "积极开展贴近群众生活、形式多样的法治宣传教育活动",
                                "大力推进法律进机关、进乡村、进社区、进学校、进企业、进单位、进家庭、进军营、进高墙活动",
                                "有效开展“12.4”国家宪法日和全国法制宣传日活动")));
    }
}
