package org.kaoping.rubrics.beihai2015;

import static org.kaoping.core.rule.Period.YEAR;
import static org.kaoping.core.rule.Rules.allOf;
import static org.kaoping.core.rule.Rules.allOrNothing;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.falling;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.noIncident;
import static org.kaoping.core.rule.Rules.proportional;
import static org.kaoping.core.rule.Rules.rateAtLeast;
import static org.kaoping.core.rule.Rules.rising;
import static org.kaoping.rubrics.beihai2015.Body.body;

import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;

/**
 * Builds {@code beihai-2015/judicial}, the standard for city-level judicial organs:
 * part 二 of attachment 3, {@code 二、市级司法机关工作标准（总分100分）}, transcribed verbatim in the
 * source's order.
 */
final class JudicialStandard {
    private JudicialStandard() {}

    static Rubric build() {
        return Beihai2015.start(Beihai2015.JUDICIAL_ID, "二、市级司法机关工作标准（总分100分）", "市级司法机关工作标准", OrgKind.CITY_JUDICIAL)
                .section("(一)", "加强党的领导，推进创建活动（25分）。", "25", section1())
                .section("(二)", "坚持司法为民，做到公正执法（45分）。", "45", section2())
                .section("(三)", "发挥职能优势，加强法治宣传（30分）。", "30", section3())
                .build();
    }

    /** (一)加强党的领导，推进创建活动（25分）。 */
    private static Body section1() {
        return body()
                .item("1、",
                        "组织保障（7分）。",
                        "7", body()
                        .tag("safeguard:1")
                        .sharePointsEqually()
                        .requirement("(1)", "成立创建全国法治城市工作领导小组及其办公室,有工作人员；",
                                checklist(proportional(), "成立创建全国法治城市工作领导小组及其办公室", "有工作人员"))
                        .requirement("(2)", "将法治城市创建工作纳入本单位综合目标考核，落实责任，制定创建全国法治城市活动方案，严格考核检查；",
                                checklist(proportional(), "将法治城市创建工作纳入本单位综合目标考核", "落实责任", "制定创建全国法治城市活动方案", "严格考核检查"))
                        .requirement("(3)", "落实工作经费保障创建工作；",
                                checklist(allOrNothing(), "落实工作经费保障创建工作"))
                        .requirement("(4)", "年初有计划安排，年终有总结表彰。",
                                checklist(proportional(), "年初有计划安排", "年终有总结表彰")))
                .item("2、",
                        "健全依法决策、科学决策、民主决策机制（4分）。",
                        "4", body()
                        .tag("task:2")
                        .sharePointsEqually()
                        .requirement("(1)", "制定了党委(组)议事规则及依法决策制度；",
                                checklist(allOrNothing(), "制定了党委(组)议事规则及依法决策制度"))
                        .requirement("(2)", "对重大事项集体讨论决定；",
                                checklist(allOrNothing(), "对重大事项集体讨论决定"))
                        .requirement("(3)", "重大事项决策程序、讨论材料完善。",
                                checklist(allOrNothing(), "重大事项决策程序、讨论材料完善")))
                .item("3、",
                        "严格执行《党政领导干部选拔任用工作条例》。干部人事制度改革稳步推进，干部选拔、任用体系科学，程序规范，奖惩制度完善（3分）。",
                        "3", body()
                        .tag("safeguard:3")
                        .rule(checklist(proportional(),
                                "严格执行《党政领导干部选拔任用工作条例》",
                                "干部人事制度改革稳步推进",
                                "干部选拔、任用体系科学",
                                "程序规范",
                                "奖惩制度完善")))
                .item("4、",
                        "自觉接受市人大、政协的监督，人大代表、政协委员的议案、提案、建议、批评、意见办理率达100%，回复率达100%，基本满意和满意率达98%以上（6分）。",
                        "6", body()
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
                        "每年向市依法治市领导小组办公室提供上级司法机关对本级的考核标准（2分）。",
                        "2", body()
                        .rule(atLeast("superior-assessment-standard-submissions", 1, "次", YEAR)));
    }

    /** (二)坚持司法为民，做到公正执法（45分）。 */
    private static Body section2() {
        return body()
                .item("1、",
                        "建立健全各项工作制度、办案质量和绩效考评制度、责任追究制度、完善监督制约机制，确保执法公正、文明（6分）。",
                        "6", body()
                        .tag("task:4")
                        .rule(checklist(proportional(), "建立健全各项工作制度、办案质量和绩效考评制度、责任追究制度", "完善监督制约机制", "确保执法公正、文明")))
                .item("2、",
                        "依法履行职责，正确适用法律，严守法定程序和法定时限，确保办案质量，妥善调节经济和社会关系，坚持法律效果与社会效果相结合（4分）。",
                        "4", body()
                        .tag("task:4")
                        .rule(judgement()))
                .item("3、",
                        "坚持和完善办案办事公开制度。严格执行最高人民法院《关于加强人民法院审判公开工作的若干意见》、《关于人民法院执行公开的若干规定》和《关于进一步深化人民检察院“检务公开”的意见》，公开资料全面（5分）。",
                        "5", body()
                        .tag("task:4")
                        .erratum("严格执行最高人民法院《关于加强人民法院审判公开工作的若干意见》、《关于人民法院执行公开的若干规定》和《关于进一步深化人民检察院“检务公开”的意见》",
                                "最高人民法院《关于加强人民法院审判公开工作的若干意见》、《关于人民法院执行公开的若干规定》 and 最高人民检察院《关于进一步深化人民检察院“检务公开”的意见》",
                                "all three documents are attributed to 最高人民法院, but the third concerns the procuratorates' 检务公开 and is issued by 最高人民检察院; courts are checked against the first two, procuratorates against the third")
                        .rule(checklist(proportional(),
                                "坚持和完善办案办事公开制度",
                                "《关于加强人民法院审判公开工作的若干意见》",
                                "《关于人民法院执行公开的若干规定》",
                                "《关于进一步深化人民检察院“检务公开”的意见》",
                                "公开资料全面")))
                .item("4、",
                        "法院依法惩治违法犯罪，有效保护当事人的合法权益，结案率逐年提高、上诉率降年降低。依法应当公开的执法依据、执法程序、执法结果、收费事项、监督措施等全面公开（4分）。",
                        "4", body()
                        .tag("task:4")
                        .erratum("上诉率降年降低",
                                "上诉率逐年降低",
                                "typo: 降年 for 逐年, as in the parallel clause 结案率逐年提高 and in the county standard (一、（四）2); read as a year-over-year fall of the appeal rate")
                        .rule(allOf(
                                rising("court-case-closure-rate"),
                                falling("court-appeal-rate"),
                                checklist(allOrNothing(), "依法应当公开的执法依据、执法程序、执法结果、收费事项、监督措施等全面公开"))))
                .item("5、",
                        "检察院加强对刑事立案、侦查、审判、刑罚执行的监督。强化对民事行政诉讼活动的监督，维护当事人的合法权益（2分）。",
                        "2", body()
                        .tag("task:4")
                        .rule(checklist(proportional(), "检察院加强对刑事立案、侦查、审判、刑罚执行的监督", "强化对民事行政诉讼活动的监督")))
                .item("6、",
                        "预防和打击职务犯罪工作落实，认真开展对重点热点部门职务犯罪的查处。（2分）",
                        "2", body()
                        .tag("task:4")
                        .rule(checklist(proportional(), "预防和打击职务犯罪工作落实", "认真开展对重点热点部门职务犯罪的查处")))
                .item("7、",
                        "坚持和完善人民陪审员、人民监督员制度，充分发挥人民陪审员、人民监督员的作用（4分）。",
                        "4", body()
                        .tag("task:4", "task:10")
                        .rule(checklist(proportional(), "坚持和完善人民陪审员、人民监督员制度", "充分发挥人民陪审员、人民监督员的作用")))
                .item("8、",
                        "加强法院执行工作，不断提高案件执行率，降低群众对本地法院执行案件的投诉率（3分）。",
                        "3", body()
                        .tag("task:4")
                        .rule(allOf(
                                rising("court-enforcement-rate"),
                                falling("court-enforcement-complaint-rate"))))
                .item("9、",
                        "各类社会主体获得平等的司法保护和司法救助，其合法权益得到有效的法律保护，对未成年人刑事案件的指定辩护率达100%（3分）。",
                        "3", body()
                        .tag("task:4", "task:6")
                        .rule(allOf(
                                checklist(allOrNothing(), "各类社会主体获得平等的司法保护和司法救助"),
                                rateAtLeast("juvenile-case-appointed-defence-rate", "100%"))))
                .item("10、",
                        "开展办案质量评比和案卷质量评查活动，不断提高办案质量（4分）。",
                        "4", body()
                        .tag("task:4")
                        .rule(checklist(proportional(), "开展办案质量评比和案卷质量评查活动", "不断提高办案质量")))
                .item("11、",
                        "积极妥善处理涉法涉诉信访案件，涉法涉诉信访案件逐年下降。无因工作失误、违法执法导致非正常越级上访（4分）。",
                        "4", body()
                        .tag("task:4", "task:7")
                        .rule(allOf(
                                falling("law-related-petition-cases"),
                                noIncident("irregular-petition-from-official-error"))))
                .item("12、",
                        "加强政法队伍建设，坚持开展社会主义法治理念教育，提高政法队伍素质，社会各界和人民群众对政法队伍及其执法工作的满意度高（4分）。",
                        "4", body()
                        .tag("safeguard:3")
                        .rule(checklist(proportional(),
                                "加强政法队伍建设",
                                "坚持开展社会主义法治理念教育",
                                "提高政法队伍素质",
                                "社会各界和人民群众对政法队伍及其执法工作的满意度高")));
    }

    /** (三)发挥职能优势，加强法治宣传（30分）。 */
    private static Body section3() {
        return body()
                .item("1、",
                        "开展素质教育大培训，及时组织学习新法律法规，不断增强法治意识、提高法律素质（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(checklist(proportional(), "开展素质教育大培训", "及时组织学习新法律法规")))
                .item("2、",
                        "坚持办案和普法宣传相结合，通过办理刑事、民事、行政案件，到农村发案地巡回审判、主动联系行政机关旁听行政、刑事案件的审理、公开庭审等措施，达到办理一案教育一片的效果（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(checklist(proportional(), "坚持办案和普法宣传相结合", "达到办理一案教育一片的效果")))
                .item("3、",
                        "司法机关积极和其他行政机关、学校、企事业单位开展共建、共育活动，帮助共建、共育单位提高依法治理水平（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(checklist(proportional(), "司法机关积极和其他行政机关、学校、企事业单位开展共建、共育活动", "帮助共建、共育单位提高依法治理水平")))
                .item("4、",
                        "政法干警积极担任普法宣讲员、学校兼职法制副校长和辅导员，到市直、县（区）、各部门、各单位举办法制讲座，开展以案说法等活动（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(checklist(proportional(),
                                "政法干警积极担任普法宣讲员、学校兼职法制副校长和辅导员",
                                "到市直、县（区）、各部门、各单位举办法制讲座",
                                "开展以案说法等活动")))
                .item("5、",
                        "开展贴近群众生活、形式多样的法治宣传教育活动，以“学法律、讲权利、讲义务、讲责任”为主题，大力推进法律进机关、进乡村、进社区、进学校、进企业、进单位、进家庭、进军营、进高墙活动，有效开展“12.4”宪法宣传日和全国法治宣传日活动（6分）。",
                        "6", body()
                        .tag("task:11")
                        .rule(checklist(proportional(),
                                "开展贴近群众生活、形式多样的法治宣传教育活动",
                                "大力推进法律进机关、进乡村、进社区、进学校、进企业、进单位、进家庭、进军营、进高墙活动",
                                "有效开展“12.4”宪法宣传日和全国法治宣传日活动")));
    }
}
