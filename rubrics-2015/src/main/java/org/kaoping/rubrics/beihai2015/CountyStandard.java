package org.kaoping.rubrics.beihai2015;

import static org.kaoping.core.rule.Period.PLAN_TERM;
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
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rubric.Rubric;

/**
 * Builds {@code beihai-2015/county}, the county and district standard:
 * part 一 of attachment 3, {@code 一、县（区）工作标准（总分100分）}, transcribed verbatim in the
 * source's order.
 */
final class CountyStandard {
    private CountyStandard() {}

    static Rubric build() {
        return Beihai2015.start(Beihai2015.COUNTY_ID, "一、县（区）工作标准（总分100分）", "县（区）工作标准", OrgKind.COUNTY_DISTRICT)
                .section("(一)", "推进县（区）党委依法执政（15分）。", "15", section1())
                .section("（二）", "加强制度建设（6分）。", "6", section2())
                .section("（三）", "推进依法行政(12分)。", "12", section3())
                .section("（四）", "坚持公正司法（10分）。", "10", section4())
                .section("（五）", "加强经济法治建设（7分）。", "7", section5())
                .section("（六）", "加强基层民主法治建设(7分)。", "7", section6())
                .section("（七）", "加强法治宣传教育(15分)。", "15", section7())
                .section("（八）", "拓展和规范法律服务(8分)。", "8", section8())
                .section("（九）", "维护社会安定和谐（12分）。", "12", section9())
                .section("（十）", "建立健全法治监督体系（8分）。", "8", section10())
                .build();
    }

    /** (一)推进县（区）党委依法执政（15分）。 */
    private static Body section1() {
        return body()
                .item("1、",
                        "县（区）党委深入学习贯彻党的十八届四中全会精神，贯彻落实《中共北海市委员会关于贯彻党的十八届四中全会及自治区党委十届五次全会精神，全面推进北海法治建设的意见》，结合县区实际，制定下发县（区）法治建设意见。运用法治思维和法治方式着力构建科学发展的体制机制，提升运用法治思维和法治方式统领经济社会发展的能力（2分）。",
                        "2", body()
                        .tag("safeguard:2")
                        .rule(checklist(proportional(),
                                "制定下发县（区）法治建设意见",
                                "运用法治思维和法治方式着力构建科学发展的体制机制",
                                "提升运用法治思维和法治方式统领经济社会发展的能力")))
                .item("2、",
                        "县（区）党委加强对民主法治建设的领导，支持和保障创建全国法治城市工作（5分）。",
                        "5", body()
                        .tag("safeguard:1")
                        .sharePointsEqually()
                        .requirement("(1)", "成立创建全国法治城市工作领导小组，党委主要领导担任县（区）创建活动领导小组组长；",
                                checklist(proportional(), "成立创建全国法治城市工作领导小组", "党委主要领导担任县（区）创建活动领导小组组长"))
                        .requirement("(2)", "将创建工作纳入本县（区）绩效考评指标考核；",
                                checklist(allOrNothing(), "将创建工作纳入本县（区）绩效考评指标考核"))
                        .requirement("(3)", "制定创建法治县（区）活动方案；",
                                checklist(allOrNothing(), "制定创建法治县（区）活动方案"))
                        .requirement("(4)", "创建活动专项经费列入本县（区）财政预算；",
                                checklist(allOrNothing(), "创建活动专项经费列入本县（区）财政预算"))
                        .requirement("（5）", "党委每年召开常委会专题研究部署创建活动1次以上，普法依法治理领导小组全体会议年内不少于2次。",
                                allOf(
                                        atLeast("party-committee-sessions-on-campaign", 1, "次", YEAR),
                                        atLeast("rule-of-law-leading-group-plenary-meetings", 2, "次", YEAR))))
                .item("3、",
                        "健全依法决策、科学决策、民主决策制度和机制（3分）。",
                        "3", body()
                        .tag("task:2")
                        .sharePointsEqually()
                        .requirement("(1)", "制定党委议事规则及依法决策制度；",
                                checklist(allOrNothing(), "制定党委议事规则及依法决策制度"))
                        .requirement("(2)", "全面建立法律顾问制度，对涉及区域经济社会发展的重大问题或与人民群众利益密切相关的重大事项，决策前进行合法性、科学性论证，并集体讨论决定；",
                                checklist(proportional(), "全面建立法律顾问制度", "决策前进行合法性、科学性论证", "并集体讨论决定"))
                        .requirement("(3)", "重大事项决策程序及咨询、论证、讨论材料完善。",
                                checklist(allOrNothing(), "重大事项决策程序及咨询、论证、讨论材料完善")))
                .item("4、",
                        "严格执行《党政领导干部选拔任用工作条例》。干部人事制度改革稳步推进，干部选拔、任用体系科学，程序规范合法，奖惩制度完善。（1分）。",
                        "1", body()
                        .tag("safeguard:3")
                        .rule(checklist(proportional(),
                                "严格执行《党政领导干部选拔任用工作条例》",
                                "干部人事制度改革稳步推进",
                                "干部选拔、任用体系科学",
                                "程序规范合法",
                                "奖惩制度完善")))
                .item("5、",
                        "支持和保证人大、政府、政协依法履行职能；保证审判机关、检察机关依法独立公正地行使审判权、检察权（2分）。",
                        "2", body()
                        .tag("safeguard:2")
                        .rule(checklist(proportional(), "支持和保证人大、政府、政协依法履行职能", "保证审判机关、检察机关依法独立公正地行使审判权、检察权")))
                .item("6、",
                        "模范遵守宪法和法律，自觉在宪法和法律法规范围内活动，无重大违纪案件和渎职、贪污、受贿等刑事案件发生（1分）。",
                        "1", body()
                        .rule(noIncident("major-disciplinary-or-duty-crime-case")))
                .item("7、",
                        "推进党务公开，健全党内情况通报制度，及时公布党内信息，畅通党内信息上下互通渠道（1分）。",
                        "1", body()
                        .rule(checklist(proportional(), "推进党务公开", "健全党内情况通报制度", "及时公布党内信息", "畅通党内信息上下互通渠道")));
    }

    /** （二）加强制度建设（6分）。 */
    private static Body section2() {
        return body()
                .item("1、",
                        "根据经济社会发展需要和人民群众需求，适时制定出台有关规章制度，基本做到有法可依，有章可循（1分）。",
                        "1", body()
                        .tag("task:2")
                        .rule(judgement()))
                .item("2、",
                        "规范性文件的内容符合宪法、法律法规、规章和政策规定，所有规范性文件的制定、实施都依法进行，无与法律、法规和规章相抵触现象，符合本县(区)实际，无地方、部门保护主义，具有民主化、科学化和前瞻性（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(allOf(
                                checklist(proportional(),
                                        "规范性文件的内容符合宪法、法律法规、规章和政策规定",
                                        "所有规范性文件的制定、实施都依法进行",
                                        "符合本县(区)实际",
                                        "具有民主化、科学化和前瞻性"),
                                noIncident("normative-document-conflicting-with-law"),
                                noIncident("local-or-departmental-protectionism"))))
                .itemWithoutPoints("3、",
                        "规范性文件的制定过程符合法定程序，建立健全公众参与、专家咨询论证、合法性审查、集体讨论决定、听取和采纳意见。",
                        body()
                        .tag("task:3")
                        .pointsByErratum("1",
                                "3、规范性文件的制定过程符合法定程序，建立健全公众参与、专家咨询论证、合法性审查、集体讨论决定、听取和采纳意见。",
                                "the source prints no points for item 3, yet section （二）加强制度建设（6分） declares 6 points while its other five items state 1 point each (sum 5); item 3 is the only item of the section without a points mark, so the missing 1 point is read as item 3's")
                        .rule(checklist(proportional(),
                                "规范性文件的制定过程符合法定程序",
                                "公众参与",
                                "专家咨询论证",
                                "合法性审查",
                                "集体讨论决定",
                                "听取和采纳意见")))
                .item("4、",
                        "建立规范性文件修改、废止、清理、评估等制度，制定和出台的规范性文件依法备案和公布（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(checklist(proportional(), "建立规范性文件修改、废止、清理、评估等制度", "制定和出台的规范性文件依法备案和公布")))
                .item("5、",
                        "企事业单位和社会组织制定的规范性文件无与法律、法规和规章相抵触现象（1分）。",
                        "1", body()
                        .rule(noIncident("organization-normative-document-conflicting-with-law")))
                .item("6、",
                        "无因制定和实施地方规范性文件引发的影响社会稳定或侵犯公民合法权益的事件（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(noIncident("normative-document-harm-to-stability-or-rights")));
    }

    /** （三）推进依法行政(12分)。 */
    private static Body section3() {
        return body()
                .item("1、",
                        "行政机关工作人员依法行政的意识和能力不断提高和增强，每年参加依法行政培训不少于2次（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(atLeast("administrative-law-training-sessions", 2, "次", YEAR)))
                .item("2、",
                        "机构设置和编制管理规范，政府部门职能和权限界定合理，所属部门职能争议协调有效；推进政企分开、政资分开、政事分开、政府与市场中介组织分开，市场在资源配置中的基础性作用得到充分发挥；公共财政体制完善，国库集中支付、政府采购和部门综合预算制度健全，预算管理和监督、政府非税收入管理、政府采购行为规范（1.5分）。",
                        "1.5", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "机构设置和编制管理规范",
                                "政府部门职能和权限界定合理",
                                "所属部门职能争议协调有效",
                                "推进政企分开、政资分开、政事分开、政府与市场中介组织分开",
                                "公共财政体制完善",
                                "国库集中支付、政府采购和部门综合预算制度健全",
                                "预算管理和监督、政府非税收入管理、政府采购行为规范")))
                .item("3、",
                        "行政决策规则完善，行政决策程序规范，重大行政决策遵守听取意见、听证、合法性审查、集体决定程序；重大行政决策实施情况评估制度建立健全，行政决策存在的问题得到及时发现并纠正，行政决策责任追究落实（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "行政决策规则完善",
                                "行政决策程序规范",
                                "重大行政决策遵守听取意见、听证、合法性审查、集体决定程序",
                                "重大行政决策实施情况评估制度建立健全",
                                "行政决策存在的问题得到及时发现并纠正",
                                "行政决策责任追究落实")))
                .item("4、",
                        "建立完善的行政审批制度，减少行政审批项目，行政服务中心体制机制完善，无因审批行为引发的重大负面影响事件（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(allOf(
                                checklist(proportional(), "建立完善的行政审批制度", "减少行政审批项目", "行政服务中心体制机制完善"),
                                noIncident("administrative-approval-major-negative-incident"))))
                .item("5、",
                        "预警和应急机制建立健全，政府应对突发事件、维持社会秩序的能力不断提高，各种突发事件得到妥善处理（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(checklist(proportional(), "预警和应急机制建立健全", "政府应对突发事件、维持社会秩序的能力不断提高", "各种突发事件得到妥善处理")))
                .item("6、",
                        "推行行政执法体制改革，权责明确、行为规范、监督有效、保障有力的行政执法体制基本建立；行政执法经费保障机制完善，行政执法机关履行法定职责所需经费统一纳入财政预算予以保障（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "推行行政执法体制改革",
                                "权责明确、行为规范、监督有效、保障有力的行政执法体制基本建立",
                                "行政执法经费保障机制完善",
                                "行政执法机关履行法定职责所需经费统一纳入财政预算予以保障")))
                .item("7、",
                        "行政执法行为规范、程序合法（2.5分）。实行行政执法主体资格合法性审查制度，行政执法人员资格制度健全；依法履行执法职责，程序正当、定性准确、裁量适当，随意执法、趋利执法、执法扰民等问题得到有效解决；行政执法案卷归档、评查制度建立健全，每年组织行政执法案卷评查不少于2次；实行行政执法公示制度，执法主体、执法依据、职责权限、执法内容、裁量标准、程序步骤、具体时限、监督方式等采取有效形式向社会公示。无因执法行为引发的侵犯公民合法权益的重大事件。",
                        "2.5", body()
                        .tag("task:3")
                        .erratum("行政执法行为规范、程序合法（2.5分）。实行行政执法主体资格合法性审查制度，……无因执法行为引发的侵犯公民合法权益的重大事件。",
                                "（2.5分） for the whole of item 7, the sentences printed after the mark included",
                                "the points mark stands after the item's opening phrase rather than at its end as everywhere else in section （三）; the section's 12 points add up only if the 2.5 points cover the whole item, and nothing else in the item carries points")
                        .rule(allOf(
                                checklist(proportional(),
                                        "实行行政执法主体资格合法性审查制度",
                                        "行政执法人员资格制度健全",
                                        "依法履行执法职责，程序正当、定性准确、裁量适当",
                                        "随意执法、趋利执法、执法扰民等问题得到有效解决",
                                        "行政执法案卷归档、评查制度建立健全",
                                        "实行行政执法公示制度"),
                                atLeast("law-enforcement-file-reviews", 2, "次", YEAR),
                                noIncident("law-enforcement-major-rights-infringement"))))
                .item("8、",
                        "行政执法责任制全面落实，执法评议考核、责任追究制度健全（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(checklist(proportional(), "行政执法责任制全面落实", "执法评议考核、责任追究制度健全")))
                .item("9、",
                        "政府信息公开制度建立健全，政府信息公开责任落实；推进行政权力网上公开透明运行，实现政府部门间信息互通和资源共享（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(checklist(proportional(),
                                "政府信息公开制度建立健全",
                                "政府信息公开责任落实",
                                "推进行政权力网上公开透明运行",
                                "实现政府部门间信息互通和资源共享")))
                .item("10、",
                        "解决群众反映强烈的突出问题方案具体合法、目标明确、措施到位、责任落实、成效明显。无行业性、领域性的影响社会稳定或侵犯公民合法权益的重大案件（1分）。",
                        "1", body()
                        .tag("task:3")
                        .rule(allOf(
                                checklist(allOrNothing(), "解决群众反映强烈的突出问题方案具体合法、目标明确、措施到位、责任落实、成效明显"),
                                noIncident("sector-wide-major-case-harming-stability-or-rights"))));
    }

    /** （四）坚持公正司法（10分）。 */
    private static Body section4() {
        return body()
                .item("1、",
                        "司法部门执法规范，工作机制完善，办案办事公开，严格公正司法，依法办事（1分）。",
                        "1", body()
                        .tag("task:4")
                        .rule(judgement()))
                .item("2、",
                        "法院依法惩治违法犯罪，有效保护当事人的合法权益，结案率逐年提高，上诉率逐年降低。依法应当公开的执法依据、执法程序、执法结果、收费事项、监督措施等全面公开（2分）。",
                        "2", body()
                        .tag("task:4")
                        .rule(allOf(
                                rising("court-case-closure-rate"),
                                falling("court-appeal-rate"),
                                checklist(allOrNothing(), "依法应当公开的执法依据、执法程序、执法结果、收费事项、监督措施等全面公开"))))
                .item("3、",
                        "法院依法公开审理的案件，得到公开审理，没有因未公开审理造成严重后果和恶劣影响的案件（1分）。",
                        "1", body()
                        .tag("task:4")
                        .rule(allOf(
                                checklist(allOrNothing(), "法院依法公开审理的案件，得到公开审理"),
                                noIncident("non-public-trial-with-serious-consequences"))))
                .item("4、",
                        "加强法院执行工作，不断提高案件执结率，降低群众案件的投诉率（1分）。",
                        "1", body()
                        .tag("task:4")
                        .erratum("降低群众案件的投诉率",
                                "降低群众对执行案件的投诉率",
                                "the phrase lacks its object; the item is about the courts' enforcement work (加强法院执行工作), and the judicial standard words the same requirement as 降低群众对本地法院执行案件的投诉率 (二、(二)8), so the metric is the complaint rate about enforcement cases")
                        .rule(allOf(
                                rising("court-enforcement-conclusion-rate"),
                                falling("court-enforcement-complaint-rate"))))
                .item("5、",
                        "检察院加强对刑事立案、侦查、审判、刑罚执行的监督。强化对民事行政诉讼活动的监督，维护当事人的合法权益（1分）。",
                        "1", body()
                        .tag("task:4")
                        .rule(checklist(proportional(), "检察院加强对刑事立案、侦查、审判、刑罚执行的监督", "强化对民事行政诉讼活动的监督")))
                .item("6、",
                        "预防和打击职务犯罪工作落实，认真开展对重点热点部门职务犯罪的查处（1分）。",
                        "1", body()
                        .tag("task:4")
                        .rule(checklist(proportional(), "预防和打击职务犯罪工作落实", "认真开展对重点热点部门职务犯罪的查处")))
                .item("7、",
                        "司法机关执法行为严格按照法定程序进行，无超期羁押、刑讯逼供、滥用职权违法办案、违法采用强制措施、违法实施扣押、冻结、搜查等行为（1分）。",
                        "1", body()
                        .tag("task:4")
                        .rule(noIncident("unlawful-judicial-conduct")))
                .item("8、",
                        "积极妥善处理涉法涉诉信访案件，涉法涉诉信访案件逐年下降。无因工作失误、违法执法导致非正常越级上访（1分）。",
                        "1", body()
                        .tag("task:4", "task:7")
                        .rule(allOf(
                                falling("law-related-petition-cases"),
                                noIncident("irregular-petition-from-official-error"))))
                .item("9、",
                        "司法机关的整体素质得到全面加强，社会各界和人民群众对司法机关及其执法工作的满意度高（1分）。",
                        "1", body()
                        .tag("task:4")
                        .rule(judgement()));
    }

    /** （五）加强经济法治建设（7分）。 */
    private static Body section5() {
        return body()
                .item("1、",
                        "市场主体合法权益依法得到保护，安全生产、环境保护、节能降耗、劳动用工、税费收缴等监管体制健全，各类企业依法经营，市场经济秩序良好（1分）。",
                        "1", body()
                        .tag("task:5")
                        .rule(checklist(proportional(),
                                "市场主体合法权益依法得到保护",
                                "安全生产、环境保护、节能降耗、劳动用工、税费收缴等监管体制健全",
                                "各类企业依法经营",
                                "市场经济秩序良好")))
                .item("2、",
                        "知识产权保护、市场产品质量监督管理到位，辖区内没有发生重大影响的知识产权侵权案件、生产销售假冒伪劣商品案件或产品质量重大问题案件（1分）。",
                        "1", body()
                        .tag("task:5")
                        .rule(allOf(
                                checklist(allOrNothing(), "知识产权保护、市场产品质量监督管理到位"),
                                noIncident("major-ip-counterfeit-or-quality-case"))))
                .item("3、",
                        "公民、法人及其他组织自觉依法纳税意识逐渐提高，重大涉税犯罪案件逐年减少（1分）。",
                        "1", body()
                        .tag("task:5")
                        .rule(falling("major-tax-crime-cases")))
                .item("4、",
                        "严格执行安全生产法律、法规，安全生产管理监督措施到位，状况良好。无重大安全生产责任事故发生（1分）。",
                        "1", body()
                        .tag("task:5")
                        .rule(allOf(
                                checklist(proportional(), "严格执行安全生产法律、法规", "安全生产管理监督措施到位"),
                                noIncident("major-work-safety-accident"))))
                .item("5、",
                        "环境安全监控和紧急处置机制健全，违法行为受到严肃查处。无因环境污染造成恶劣影响的事件（1分）。",
                        "1", body()
                        .tag("task:5")
                        .rule(allOf(
                                checklist(proportional(), "环境安全监控和紧急处置机制健全", "违法行为受到严肃查处"),
                                noIncident("environmental-pollution-incident"))))
                .item("6、",
                        "市场诚信体系建设规范，促进公平竞争、诚实信用等市场经济基本法律原则和制度落实到位。切实加大对失信市场主体的惩戒力度，依法实行经济处罚、降低或撤销资质、吊销证照等惩戒方式，限制其市场准入，并对其生产和经营行为实行跟踪监督（2分）。",
                        "2", body()
                        .tag("task:5")
                        .rule(checklist(proportional(),
                                "市场诚信体系建设规范",
                                "促进公平竞争、诚实信用等市场经济基本法律原则和制度落实到位",
                                "切实加大对失信市场主体的惩戒力度",
                                "限制其市场准入",
                                "对其生产和经营行为实行跟踪监督")));
    }

    /** （六）加强基层民主法治建设(7分)。 */
    private static Body section6() {
        return body()
                .item("1、",
                        "村、居、企业等群众自治组织健全，制度完备，并正常发挥作用（1分）。",
                        "1", body()
                        .rule(checklist(proportional(), "村、居、企业等群众自治组织健全", "制度完备", "正常发挥作用")))
                .item("2、",
                        "民主决策、民主选举、民主管理、民主监督落实，法定事项经村民大会或代表大会讨论决定；依法组织村委会换届选举，未出现干扰、破坏依法选举情况；制定和完善村民自治章程、村规民约以及相关工作规章制度，按期召开村民会议或村民代表会议；建立村务公开制度，建立民主理财制度、民主评议村干部制度、工作报告制度。积极开展“民主法治村(社区)”创建活动，创建覆盖率达到100％（2.5分）。",
                        "2.5", body()
                        .tag("task:12")
                        .rule(allOf(
                                checklist(proportional(),
                                        "法定事项经村民大会或代表大会讨论决定",
                                        "依法组织村委会换届选举",
                                        "制定和完善村民自治章程、村规民约以及相关工作规章制度",
                                        "按期召开村民会议或村民代表会议",
                                        "建立村务公开制度",
                                        "建立民主理财制度、民主评议村干部制度、工作报告制度"),
                                noIncident("election-interference"),
                                rateAtLeast("democratic-rule-of-law-village-coverage", "100%"))))
                .item("3、",
                        "完善以职工代表大会为基本形式的企事业单位民主管理制度，推进厂务公开；依法组建工会，涉及职工利益的重大事项，决策前征求工会意见；依法保护职工在劳动就业、社会保障、计划生育、工资待遇等方面的合法权益（1.5分）。",
                        "1.5", body()
                        .tag("task:6")
                        .rule(checklist(proportional(),
                                "完善以职工代表大会为基本形式的企事业单位民主管理制度",
                                "推进厂务公开",
                                "依法组建工会",
                                "决策前征求工会意见",
                                "依法保护职工在劳动就业、社会保障、计划生育、工资待遇等方面的合法权益")))
                .item("4．",
                        "行业协会、社会中介组织的服务和管理合法有序，行业行为自律规范、监督严格，作用发挥明显（1分）。",
                        "1", body()
                        .rule(judgement()))
                .item("5、",
                        "流动人口管理网络健全，工作机制完善，外来务工人员在劳动保障、计划生育、工资待遇、就业培训、子女入学等方面享有平等权利（1分）。",
                        "1", body()
                        .tag("task:8")
                        .rule(checklist(proportional(),
                                "流动人口管理网络健全",
                                "工作机制完善",
                                "外来务工人员在劳动保障、计划生育、工资待遇、就业培训、子女入学等方面享有平等权利")));
    }

    /** （七）加强法治宣传教育(15分)。 */
    private static Body section7() {
        return body()
                .item("1、",
                        "制定并切实落实县(区)法治宣传教育五年规划，法治宣传教育年度有工作要点和学法计划，年度法治宣传教育工作任务落实，及时进行工作总结。普法依法治理领导机构和办事机构健全，普法办专职、兼职人员明确。全民法治宣传教育制度健全，实施计划和步骤清晰。普法重点对象的法治教育覆盖面不低于80％（2分）。",
                        "2", body()
                        .tag("task:11")
                        .rule(allOf(
                                checklist(proportional(),
                                        "制定并切实落实县(区)法治宣传教育五年规划",
                                        "法治宣传教育年度有工作要点和学法计划",
                                        "年度法治宣传教育工作任务落实",
                                        "及时进行工作总结",
                                        "普法依法治理领导机构和办事机构健全",
                                        "普法办专职、兼职人员明确",
                                        "全民法治宣传教育制度健全",
                                        "实施计划和步骤清晰"),
                                rateAtLeast("key-group-legal-education-coverage", "80%"))))
                .item("2、",
                        "领导干部和公职人员学法制度健全。建立健全党委(党组)理论学习中心组学法、法制讲座、法制培训、自学等学法制度。县(区)党委(党组)理论学习中心组学法每年不少于4次（2分）。",
                        "2", body()
                        .tag("task:1")
                        .rule(allOf(
                                checklist(allOrNothing(), "建立健全党委(党组)理论学习中心组学法、法制讲座、法制培训、自学等学法制度"),
                                atLeast("central-group-law-study-sessions", 4, "次", YEAR))))
                .item("3、",
                        "公职人员全年学法不少于40学时，每年开展专题学法讲座，科级以上干部学法培训达到95％，司法、行政执法人员法律知识更新培训每年累计不少于15天（1分）。",
                        "1", body()
                        .tag("task:1")
                        .rule(allOf(
                                atLeast("law-study-hours", 40, "学时", YEAR),
                                atLeast("thematic-law-lectures", 1, "次", YEAR),
                                rateAtLeast("cadre-law-training-rate", "95%"),
                                atLeast("law-enforcement-staff-legal-training-days", 15, "天", YEAR))))
                .item("4、",
                        "建立健全各级领导干部法律知识任职资格制度，人大常委会和组织、人事部门把法治意识和法律素养作为干部任命、使用和任职资格考核的重要内容。实行领导干部任前法律知识考试制度（1分）。",
                        "1", body()
                        .tag("task:1")
                        .rule(checklist(proportional(),
                                "建立健全各级领导干部法律知识任职资格制度",
                                "人大常委会和组织、人事部门把法治意识和法律素养作为干部任命、使用和任职资格考核的重要内容",
                                "实行领导干部任前法律知识考试制度")))
                .item("5、",
                        "以考促学，建立法律知识考试考核制度。以五年规划为时间段，领导干部法律知识考试不少于5次，参考率不低于98％；新进、新任人员必须经过法律考试。县(区)直属单位领导干部法律知识考试(考核)成绩合格率100％；公务员法律知识考试合格率1O0％（1分）。",
                        "1", body()
                        .tag("task:1")
                        .erratum("公务员法律知识考试合格率1O0％",
                                "公务员法律知识考试合格率100%",
                                "the threshold is printed with a capital letter O for the middle zero (1O0％); read as 100 %, the same threshold as the pass rate in the preceding clause")
                        .rule(allOf(
                                checklist(proportional(), "建立法律知识考试考核制度", "新进、新任人员必须经过法律考试"),
                                atLeast("leader-law-exams", 5, "次", PLAN_TERM),
                                rateAtLeast("exam-participation-rate", "98%"),
                                rateAtLeast("unit-leader-law-exam-pass-rate", "100%"),
                                rateAtLeast("civil-servant-law-exam-pass-rate", "100%"))))
                .item("6、",
                        "学校设立法治知识课程。做到“计划、课时、教材、师资”四落实，中小学兼职法制副校长、法制辅导员配备率达到100％，定期组织青少年学生开展法治教育活动（1分）。",
                        "1", body()
                        .tag("task:11")
                        .rule(allOf(
                                checklist(proportional(), "学校设立法治知识课程", "做到“计划、课时、教材、师资”四落实", "定期组织青少年学生开展法治教育活动"),
                                rateAtLeast("school-legal-vice-principal-staffing-rate", "100%"))))
                .item("7、",
                        "建立健全企业经营管理人员学法用法考试考核制度，积极推行企业法律顾问制，引导企业依法建立健全规章制度，大力加强对企业经营管理人员的法治宣传教育，企业经营管理人员接受法治教育面达到98％以上（1分）。",
                        "1", body()
                        .tag("task:11")
                        .rule(allOf(
                                checklist(proportional(),
                                        "建立健全企业经营管理人员学法用法考试考核制度",
                                        "积极推行企业法律顾问制",
                                        "引导企业依法建立健全规章制度",
                                        "大力加强对企业经营管理人员的法治宣传教育"),
                                rateAtLeast("enterprise-manager-legal-education-coverage", "98%"))))
                .item("8、",
                        "县(区)每个行政村落实“五个一工程”，建立村(居)民“法治学校”或法治教育基地，年度组织有针对性法治宣传教育活动不少于2次（1分）。",
                        "1", body()
                        .tag("task:11")
                        .rule(allOf(
                                checklist(proportional(), "县(区)每个行政村落实“五个一工程”", "建立村(居)民“法治学校”或法治教育基地"),
                                atLeast("village-legal-education-activities", 2, "次", YEAR))))
                .item("9、",
                        "深入开展“法律六进”工作，形式和手段不断创新。充分发挥法治宣讲团、法治宣传志愿者队伍的作用，每年组织开展“法律六进”等便民利民法治实践活动不少于4次（1.5分）。",
                        "1.5", body()
                        .tag("task:11")
                        .rule(allOf(
                                checklist(proportional(), "深入开展“法律六进”工作", "充分发挥法治宣讲团、法治宣传志愿者队伍的作用"),
                                atLeast("law-outreach-activities", 4, "次", YEAR))))
                .item("10、",
                        "法治文化建设工作深入，积极组织创作具有较高艺术水准、社会效果好、受群众欢迎的法治文艺节目、法治动漫作品和法治书画作品（1分）。",
                        "1", body()
                        .tag("task:11")
                        .rule(judgement()))
                .item("11、",
                        "拓展法治宣传教育阵地，加强乡镇、社区、街道固定法治宣传栏建设，建立一批法治文化广场和法治文化公园；充分运用互联网、手机短信等新媒介和广播、电视、报刊、杂志等大众传媒，扩大法治宣传教育的影响力；继续开展法治讲座、法律咨询、法律夜市和法制文艺演出等形式多样的法治宣传活动，扩大普法覆盖面（1.5分）。",
                        "1.5", body()
                        .tag("task:11")
                        .rule(checklist(proportional(),
                                "加强乡镇、社区、街道固定法治宣传栏建设",
                                "建立一批法治文化广场和法治文化公园",
                                "充分运用互联网、手机短信等新媒介和广播、电视、报刊、杂志等大众传媒",
                                "继续开展法治讲座、法律咨询、法律夜市和法制文艺演出等形式多样的法治宣传活动")))
                .item("12、",
                        "“12.4”，宪法宣传和全国法治宣传日活动内容丰富，形式多样，群众积极参与（1分）。",
                        "1", body()
                        .tag("task:11")
                        .rule(judgement()));
    }

    /** （八）拓展和规范法律服务(8分)。 */
    private static Body section8() {
        return body()
                .item("1、",
                        "完善律师、公证、司法鉴定、法律援助、基层法律服务体系，规范法律服务人员的执业行为，无违法现象（1分）。",
                        "1", body()
                        .rule(allOf(
                                checklist(proportional(), "完善律师、公证、司法鉴定、法律援助、基层法律服务体系", "规范法律服务人员的执业行为"),
                                noIncident("legal-service-violation"))))
                .item("2、",
                        "拓展法律服务领域、方式及功能，规范法律服务主体、行为和管理，提高法律服务质量；依法规范律师与法官、检察官的关系，建立保障律师在刑事诉讼中依法执业的工作机制，发挥律师在司法活动中的监督作用（2分）。",
                        "2", body()
                        .rule(checklist(proportional(),
                                "拓展法律服务领域、方式及功能",
                                "规范法律服务主体、行为和管理",
                                "提高法律服务质量",
                                "依法规范律师与法官、检察官的关系",
                                "建立保障律师在刑事诉讼中依法执业的工作机制",
                                "发挥律师在司法活动中的监督作用")))
                .item("3、",
                        "规范法律服务市场，加强对法律服务机构和法律服务人员的监管工作，监督管理体系健全，自律监督和投诉受理机制健全完善，促进法律服务健康发展（1分）。",
                        "1", body()
                        .rule(checklist(proportional(),
                                "规范法律服务市场",
                                "加强对法律服务机构和法律服务人员的监管工作",
                                "监督管理体系健全",
                                "自律监督和投诉受理机制健全完善")))
                .item("4、",
                        "法律援助机构健全，服务体系完善，专项经费、专职人员得到切实保障。专项经费增长幅度与经济社会发展相适应（1分）。",
                        "1", body()
                        .tag("task:6")
                        .rule(checklist(proportional(), "法律援助机构健全", "服务体系完善", "专项经费、专职人员得到切实保障", "专项经费增长幅度与经济社会发展相适应")))
                .item("5、",
                        "加强对弱势群体的法律援助工作，法律援助、基层法律服务渠道畅通，质量监督机制健全，群众对法律援助渠道的知晓率高，法律援助、司法救助应助尽助（1分）。",
                        "1", body()
                        .tag("task:6")
                        .rule(checklist(proportional(),
                                "加强对弱势群体的法律援助工作",
                                "法律援助、基层法律服务渠道畅通",
                                "质量监督机制健全",
                                "群众对法律援助渠道的知晓率高",
                                "法律援助、司法救助应助尽助")))
                .item("6、",
                        "县、乡镇(街道)、村（居）委会全面建立法律顾问,党委、政府法律顾问制度完善，法治活动经常有效（1分）。",
                        "1", body()
                        .rule(checklist(proportional(), "县、乡镇(街道)、村（居）委会全面建立法律顾问", "党委、政府法律顾问制度完善", "法治活动经常有效")))
                .item("7、",
                        "群众对法律服务的满意率高（1分）。",
                        "1", body()
                        .rule(judgement()));
    }

    /** （九）维护社会安定和谐（12分）。 */
    private static Body section9() {
        return body()
                .item("1、",
                        "社会治安综合治理各项措施得到全面落实，平安创建活动深入开展；社会治安综合治理责任制落实，机制完善，网络健全；综治、信访、调解组织健全，人员、场所、经费保障到位（1.5分）。",
                        "1.5", body()
                        .tag("task:9")
                        .rule(checklist(proportional(),
                                "社会治安综合治理各项措施得到全面落实",
                                "平安创建活动深入开展",
                                "社会治安综合治理责任制落实",
                                "综治、信访、调解组织健全",
                                "人员、场所、经费保障到位")))
                .item("2、",
                        "依法打击危害国家安全的犯罪活动，打击黑恶势力犯罪、暴力恐怖犯罪、严重经济犯罪等，切实解决群众反映突出的治安问题（1分）。",
                        "1", body()
                        .tag("task:9")
                        .rule(checklist(proportional(), "依法打击危害国家安全的犯罪活动", "打击黑恶势力犯罪、暴力恐怖犯罪、严重经济犯罪等", "切实解决群众反映突出的治安问题")))
                .item("3、",
                        "依法遏制涉毒违法犯罪发展蔓延的势头，涉毒违法犯罪案件明显减少。深化“无毒”社区(村)创建（1分）。",
                        "1", body()
                        .tag("task:9")
                        .rule(allOf(
                                falling("drug-crime-cases"),
                                checklist(allOrNothing(), "深化“无毒”社区(村)创建"))))
                .item("4、",
                        "加大公共安全基础建设，政府财政投入到位，治安防控体系网络健全，平安村、平安单位创建达标率达到上级指标要求（1分）。",
                        "1", body()
                        .tag("task:9")
                        // "达到上级指标要求": the rate reaches the target the higher level sets each year (plan data, issue 17)
                        .rule(allOf(
                                checklist(proportional(), "加大公共安全基础建设", "政府财政投入到位", "治安防控体系网络健全"),
                                RateAtLeastRule.ofTarget(Beihai2015.SAFE_UNIT_RATE, Beihai2015.SAFE_UNIT_RATE, allOrNothing()))))
                .item("5、",
                        "人民调解工作网络健全，调解机制完善，矛盾纠纷排查及时，纠纷调处受理率高（1分）。",
                        "1", body()
                        .tag("task:7")
                        .rule(checklist(proportional(), "人民调解工作网络健全", "调解机制完善", "矛盾纠纷排查及时", "纠纷调处受理率高")))
                .item("6、",
                        "信访渠道畅通，化解矛盾及时有效，涉法涉诉信访案件逐年下降，信访案件办结率达到上级标准要求（1分）。",
                        "1", body()
                        .tag("task:7")
                        // "达到上级标准要求": the closure rate reaches the target the higher level sets each year (plan data, issue 17)
                        .rule(allOf(
                                checklist(proportional(), "信访渠道畅通", "化解矛盾及时有效"),
                                RateAtLeastRule.ofTarget(Beihai2015.PETITION_CLOSURE_RATE, Beihai2015.PETITION_CLOSURE_RATE, allOrNothing()),
                                falling("law-related-petition-cases"))))
                .item("7、",
                        "加强刑释解教人员的帮教安置、社区矫正人员的教育挽救工作，无脱管、漏管现象；帮教率、矫正率、刑满释放人员五年内和解除劳教人员三年内的重新违法犯罪率、社区矫正对象重新犯罪率等控制在规定的范围内（2分）。",
                        "2", body()
                        .tag("task:8")
                        .rule(allOf(
                                checklist(proportional(),
                                        "加强刑释解教人员的帮教安置、社区矫正人员的教育挽救工作",
                                        "帮教率、矫正率、刑满释放人员五年内和解除劳教人员三年内的重新违法犯罪率、社区矫正对象重新犯罪率等控制在规定的范围内"),
                                noIncident("released-or-corrected-person-out-of-supervision"))))
                .item("8、",
                        "社会保障体系完善，无因社会保障体系不健全，导致孤、寡、病、残等社会群体不能得到有效安置的问题；无遗弃、不赡养老人等现象；无严重侵犯未成年人、妇女、老年人、残疾人合法权益事件（1.5分）。",
                        "1.5", body()
                        .tag("task:6")
                        .rule(allOf(
                                checklist(allOrNothing(), "社会保障体系完善"),
                                noIncident("vulnerable-group-left-without-care"),
                                noIncident("abandonment-or-neglect-of-elderly"),
                                noIncident("serious-infringement-of-minors-women-elderly-or-disabled"))))
                .item("9、",
                        "切实强化流动人口综合管理服务，无因在劳动就业、社会保障、计划生育、工资待遇、子女入学等方面出台歧视性规定引发侵犯外来务工人员合法权益事件（1分）。",
                        "1", body()
                        .tag("task:8")
                        .rule(allOf(
                                checklist(allOrNothing(), "切实强化流动人口综合管理服务"),
                                noIncident("discriminatory-rule-against-migrant-workers"))))
                .item("10、",
                        "群众生产、生活环境安全稳定，无重大公共安全事故、重大群体性事件，人民群众安全感和满意度高（1分）。",
                        "1", body()
                        .tag("task:9")
                        .rule(allOf(
                                noIncident("major-public-safety-accident"),
                                noIncident("major-mass-incident"),
                                checklist(allOrNothing(), "人民群众安全感和满意度高"))));
    }

    /** （十）建立健全法治监督体系（8分）。 */
    private static Body section10() {
        return body()
                .item("1、",
                        "监督体系健全、机制完善、程序规范，法律监督、行政监督、群众监督、舆论监督、民主监督及党内监督等手段得到充分运用，成效明显（1.5分）。",
                        "1.5", body()
                        .tag("task:10")
                        .rule(checklist(proportional(),
                                "监督体系健全、机制完善、程序规范",
                                "法律监督、行政监督、群众监督、舆论监督、民主监督及党内监督等手段得到充分运用",
                                "成效明显")))
                .item("2、",
                        "县(区)人大及其常委会监督职能落实，对“一府两院”依法行政、公正司法的监督力度不断加大；每年对法律法规实施情况组织执法检查不少于2次，检查情况向本级人大代表通报并向社会公示；对本级人民政府报送的规范性文件全面、及时进行审查（1.5分）。",
                        "1.5", body()
                        .tag("task:10")
                        .rule(allOf(
                                checklist(proportional(),
                                        "县(区)人大及其常委会监督职能落实",
                                        "检查情况向本级人大代表通报并向社会公示",
                                        "对本级人民政府报送的规范性文件全面、及时进行审查"),
                                atLeast("law-enforcement-inspections", 2, "次", YEAR))))
                .item("3、",
                        "行政层级监督和审计、监察等专项监督得到加强，依法受理、公正审理行政复议案件，违法和不当行政行为得到纠正；政府绩效评估指标体系和评估机制科学合理，以行政首长为重点的行政问责制建立健全（1分）。",
                        "1", body()
                        .tag("task:10")
                        .rule(checklist(proportional(),
                                "行政层级监督和审计、监察等专项监督得到加强",
                                "依法受理、公正审理行政复议案件",
                                "违法和不当行政行为得到纠正",
                                "政府绩效评估指标体系和评估机制科学合理",
                                "以行政首长为重点的行政问责制建立健全")))
                .item("4、",
                        "司法监督体系完善，司法救济功能健全，公民的诉讼权利得到保障，人民群众反映强烈的有罪不究、违法办案、裁判不公等问题得到切实解决（1分）。",
                        "1", body()
                        .tag("task:10")
                        .rule(checklist(proportional(),
                                "司法监督体系完善",
                                "司法救济功能健全",
                                "公民的诉讼权利得到保障",
                                "人民群众反映强烈的有罪不究、违法办案、裁判不公等问题得到切实解决")))
                .item("5、",
                        "社会监督功能充分发挥。人民政协以及民主党派、工商联、无党派人士的民主监督和工会、共青团、妇联等群众团体的监督得到加强。信访工作机制完善，群众举报制度和举报网络健全，认真接待和严肃处理人民群众的来信、来访，畅通群众申诉、控告渠道，对群众检举、新闻媒体曝光以及网络反映的问题及时调查、核实并依法作出处理（2分）。",
                        "2", body()
                        .tag("task:10")
                        .rule(checklist(proportional(),
                                "社会监督功能充分发挥",
                                "人民政协以及民主党派、工商联、无党派人士的民主监督和工会、共青团、妇联等群众团体的监督得到加强",
                                "信访工作机制完善",
                                "群众举报制度和举报网络健全",
                                "认真接待和严肃处理人民群众的来信、来访",
                                "畅通群众申诉、控告渠道",
                                "对群众检举、新闻媒体曝光以及网络反映的问题及时调查、核实并依法作出处理")))
                .item("6、",
                        "党风廉政建设和反腐败工作成效显著。惩防腐败体系的领导体制和工作机制完善，领导干部述职述廉制度和重大事项报告制度以及党风廉政建设责任制落实，党政班子民主测评中，反腐倡廉工作评价等次达到优秀；不发生造成恶劣影响的违法违规办案事件，群众对党风廉政满意度高（1分）。",
                        "1", body()
                        .tag("task:10")
                        .rule(allOf(
                                checklist(proportional(),
                                        "惩防腐败体系的领导体制和工作机制完善",
                                        "领导干部述职述廉制度和重大事项报告制度以及党风廉政建设责任制落实",
                                        "反腐倡廉工作评价等次达到优秀",
                                        "群众对党风廉政满意度高"),
                                noIncident("unlawful-case-handling-with-bad-influence"))));
    }
}
