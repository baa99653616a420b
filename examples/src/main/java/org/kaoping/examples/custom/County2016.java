package org.kaoping.examples.custom;

import static org.kaoping.core.rule.Period.PLAN_TERM;
import static org.kaoping.core.rule.Period.YEAR;
import static org.kaoping.core.rule.Rules.allOf;
import static org.kaoping.core.rule.Rules.atLeast;
import static org.kaoping.core.rule.Rules.checklist;
import static org.kaoping.core.rule.Rules.judgement;
import static org.kaoping.core.rule.Rules.proportional;
import static org.kaoping.core.rule.Rules.rateAtLeast;

import org.kaoping.core.org.OrgKind;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rubric.RubricBuilder;
import org.kaoping.rubrics.beihai2015.Beihai2015;

/**
 * An illustrative 2016 variant of the Beihai county standard, authored in Java with the rubric builder:
 * not an official document, but the shape a real amendment takes. Section （七） (legal education) is
 * re-authored and every other section is taken over from 2015 unchanged. Against 2015 it
 *
 * <ul>
 *   <li>raises a threshold: the exam participation rate of item 5 from 98 % to 99 % (its text says so,
 *       and prints 100％ correctly, so the 2015 erratum on 「1O0％」 is withdrawn);
 *   <li>re-points item 9 (法律六进) from 1.5 to 1 point;
 *   <li>re-words item 10 (法治文化), adding 法治微电影;
 *   <li>adds item 13, online legal publicity (0.5 point), so that the section still totals 15.
 * </ul>
 */
public final class County2016 {
    /** The id of the example rubric. */
    public static final String ID = "example/county-2016";

    private County2016() {}

    /** Builds the example rubric. */
    public static Rubric build() {
        Rubric y2015 = Beihai2015.county();
        RubricBuilder b = Rubric.builder(ID)
                .version("2016.1.0-example")
                .title("县（区）工作标准（2016年示例修订）")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .points("100")
                .source("示例：以北海2015年县（区）工作标准为底本的假想修订，并非正式文件");
        for (String id : new String[] {"1", "2", "3", "4", "5", "6"}) {
            Reuse.section(b, y2015, id);
        }
        b.section("（七）", "加强法治宣传教育(15分)。", "15", s -> {
            Reuse.child(s, y2015, "7.1");
            Reuse.child(s, y2015, "7.2");
            Reuse.child(s, y2015, "7.3");
            Reuse.child(s, y2015, "7.4");
            s.item("5、",
                    "以考促学，建立法律知识考试考核制度。以五年规划为时间段，领导干部法律知识考试不少于5次，参考率不低于99％；新进、新任人员必须经过法律考试。县(区)直属单位领导干部法律知识考试(考核)成绩合格率100％；公务员法律知识考试合格率100％（1分）。",
                    "1", i -> i
                    .id("7.5")
                    .tag("task:1")
                    .rule(allOf(
                            checklist(proportional(), "建立法律知识考试考核制度", "新进、新任人员必须经过法律考试"),
                            atLeast("leader-law-exams", 5, "次", PLAN_TERM),
                            rateAtLeast("exam-participation-rate", "99%"),
                            rateAtLeast("unit-leader-law-exam-pass-rate", "100%"),
                            rateAtLeast("civil-servant-law-exam-pass-rate", "100%"))));
            Reuse.child(s, y2015, "7.6");
            Reuse.child(s, y2015, "7.7");
            Reuse.child(s, y2015, "7.8");
            s.item("9、",
                    "深入开展“法律六进”工作，形式和手段不断创新。充分发挥法治宣讲团、法治宣传志愿者队伍的作用，每年组织开展“法律六进”等便民利民法治实践活动不少于4次（1分）。",
                    "1", i -> i
                    .id("7.9")
                    .tag("task:11")
                    .rule(allOf(
                            checklist(proportional(), "深入开展“法律六进”工作", "充分发挥法治宣讲团、法治宣传志愿者队伍的作用"),
                            atLeast("law-outreach-activities", 4, "次", YEAR))));
            s.item("10、",
                    "法治文化建设工作深入，积极组织创作具有较高艺术水准、社会效果好、受群众欢迎的法治文艺节目、法治动漫作品、法治微电影和法治书画作品（1分）。",
                    "1", i -> i
                    .id("7.10")
                    .tag("task:11")
                    .rule(judgement()));
            Reuse.child(s, y2015, "7.11");
            Reuse.child(s, y2015, "7.12");
            s.item("13、",
                    "运用“互联网+法治宣传”，建立县(区)普法微信公众号或微博，年度推送法治宣传信息不少于50条（0.5分）。",
                    "0.5", i -> i
                    .id("7.13")
                    .tag("task:11")
                    .rule(allOf(
                            checklist(proportional(), "建立县(区)普法微信公众号或微博"),
                            atLeast("online-legal-publicity-posts", 50, "条", YEAR))));
        });
        for (String id : new String[] {"8", "9", "10"}) {
            Reuse.section(b, y2015, id);
        }
        return b.build();
    }
}
