package org.kaoping.rubrics.beihai2015;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;

/**
 * Tags link items to the implementation plan (附件1): {@code task:1}–{@code task:12} for 主要任务
 * （一）–（十二）, {@code safeguard:1}–{@code safeguard:3} for 保障措施 （一）–（三）.
 */
class TagsTest {

    private static Set<String> planTags() {
        Set<String> out = new HashSet<>();
        for (int i = 1; i <= 12; i++) {
            out.add("task:" + i);
        }
        for (int i = 1; i <= 3; i++) {
            out.add("safeguard:" + i);
        }
        return out;
    }

    /** The numbering the tags rely on: 主要任务 （一）–（十二） and 保障措施 （一）–（三） in attachment 1. */
    @Test
    void theTagsNameTheTasksAndSafeguardsOfAttachmentOne() {
        String doc = Beihai2015.sourceText();
        String plan = doc.substring(0, doc.indexOf("\n附件2\n"));
        String tasks = plan.substring(plan.indexOf("三、主要任务"), plan.indexOf("四、保障措施"));
        String safeguards = plan.substring(plan.indexOf("四、保障措施"));
        assertEquals(List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"), labels(tasks));
        assertEquals(List.of("一", "二", "三"), labels(safeguards));
        assertTrue(tasks.contains("\n（十一）深化法治宣传教育。"), "task:11 is 深化法治宣传教育");
        assertTrue(safeguards.contains("\n（一）完善组织领导机制。"), "safeguard:1 is 完善组织领导机制");
    }

    private static List<String> labels(String part) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\n（([一二三四五六七八九十]+)）").matcher(part);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyTagIsAPlanTagAndEveryPlanPartIsServedSomewhere() {
        Set<String> valid = planTags();
        Set<String> used = new TreeSet<>();
        for (Rubric r : Beihai2015.all()) {
            for (Criterion c : r.allCriteria()) {
                for (String tag : c.tags()) {
                    assertTrue(valid.contains(tag), r.id() + " " + c.id() + ": unknown tag " + tag);
                    used.add(tag);
                }
                assertEquals(new HashSet<>(c.tags()).size(), c.tags().size(), r.id() + " " + c.id() + ": repeated tag");
            }
        }
        assertEquals(new TreeSet<>(valid), used);
    }

    /** Roll-ups by tag must not count a node twice: a tag never sits on a node and on one of its ancestors. */
    @Test
    void tagsSitOnItemsOnlySoRollUpsNeverDoubleCount() {
        for (Rubric r : Beihai2015.all()) {
            boolean sectioned = !r.id().equals(Beihai2015.PARTY_MASS_ID);
            for (Criterion top : r.criteria()) {
                if (sectioned) {
                    assertEquals(List.of(), top.tags(), r.id() + " " + top.id() + ": sections carry no tags");
                    for (Criterion item : top.children()) {
                        assertNoTagsBelow(r, item);
                    }
                } else {
                    assertNoTagsBelow(r, top);
                }
            }
        }
    }

    private static void assertNoTagsBelow(Rubric r, Criterion item) {
        for (Criterion child : item.children()) {
            assertEquals(List.of(), child.tags(), r.id() + " " + child.id() + ": requirements carry no tags");
        }
    }

    @Test
    void sectionsThatMirrorAPlanTaskTagAllTheirItems() {
        assertAllTagged(Beihai2015.county().criterion("3"), "task:3");   // 推进依法行政
        assertAllTagged(Beihai2015.county().criterion("4"), "task:4");   // 坚持公正司法
        assertAllTagged(Beihai2015.county().criterion("5"), "task:5");   // 加强经济法治建设
        assertAllTagged(Beihai2015.county().criterion("10"), "task:10"); // 建立健全法治监督体系
        assertAllTagged(Beihai2015.judicial().criterion("3"), "task:11");
        assertAllTagged(Beihai2015.enterprise().criterion("1"), "safeguard:1"); // 组织领导
        List<String> publicity = new ArrayList<>();
        for (Criterion item : Beihai2015.county().criterion("7").children()) {
            publicity.addAll(item.tags());
        }
        assertEquals(Set.of("task:1", "task:11"), new HashSet<>(publicity), "（七）加强法治宣传教育: study by officials or publicity");
    }

    private static void assertAllTagged(Criterion section, String tag) {
        for (Criterion item : section.children()) {
            assertTrue(item.tags().contains(tag), section.label() + item.label() + " lacks " + tag);
        }
    }
}
