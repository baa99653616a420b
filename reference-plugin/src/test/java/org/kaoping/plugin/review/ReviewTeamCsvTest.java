package org.kaoping.plugin.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.review.ReviewTeam;
import org.kaoping.plugin.imports.ImportProblem;

/** Issue 17, item 1: the 考核小组 roster and assignment files the office keeps, checked like the other readers. */
class ReviewTeamCsvTest {
    static final OrgTree TREE = OrgTree.of(Arrays.asList(
            OrgUnit.root("beihai", "北海市", OrgKind.CITY),
            OrgUnit.of("justice", "市司法局", OrgKind.CITY_JUDICIAL, "beihai"),
            OrgUnit.of("audit", "市审计局", OrgKind.CITY_ADMINISTRATIVE, "beihai"),
            OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.builder().id("law-firm").name("示例律师事务所").kind(OrgKind.ENTERPRISE_INSTITUTION).parentId("beihai")
                    .leadDepartmentId("justice").build()));

    static final String ROSTER = "编号,姓名,所在单位,考核组\r\nzhang,张伟,justice,第一考核组\r\nli,李娜,audit,第二考核组\r\n";
    static final String ASSIGNMENTS = "考核组,被考核单位\r\n第一考核组,hepu\r\n第二考核组,law-firm\r\n";

    static ReviewTeam parse(String roster, String assignments) {
        return ReviewTeamCsv.parse("名单.csv", roster.getBytes(StandardCharsets.UTF_8), "分工.csv", assignments.getBytes(StandardCharsets.UTF_8), TREE);
    }

    @Test
    void readsTheRosterAndAssignmentsWithChineseHeadersAndAByteOrderMark() {
        byte[] bom = ("\uFEFF" + ROSTER).getBytes(StandardCharsets.UTF_8);
        ReviewTeam team = ReviewTeamCsv.parse("名单.csv", bom, "分工.csv", ASSIGNMENTS.getBytes(StandardCharsets.UTF_8), TREE);
        assertEquals(Arrays.asList("justice", "audit"), team.memberUnits());
        assertEquals("第一考核组", team.member("zhang").get().group());
        assertEquals(Arrays.asList("第二考核组"), team.groupsReviewing("law-firm"));
    }

    @Test
    void whatItWritesReadsBackEqual() {
        ReviewTeam team = parse(ROSTER, ASSIGNMENTS);
        assertEquals(team, parse(ReviewTeamCsv.rosterCsv(team), ReviewTeamCsv.assignmentsCsv(team)));
    }

    @Nested
    class Refused {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "no 考核组 column|编号,姓名,所在单位\\r\\nzhang,张伟,justice\\r\\n|" + "考核组,被考核单位\\r\\n|名单.csv|1|0|no column 考核组/group",
            "an empty name|编号,姓名,所在单位,考核组\\r\\nzhang,,justice,第一考核组\\r\\n|考核组,被考核单位\\r\\n|名单.csv|2|2|expected 姓名",
            "a member id twice|编号,姓名,所在单位,考核组\\r\\nzhang,张伟,justice,一组\\r\\nzhang,张三,audit,一组\\r\\n|考核组,被考核单位\\r\\n|名单.csv|3|1|already used on line 2",
            "a home unit not in the directory|编号,姓名,所在单位,考核组\\r\\nzhang,张伟,tax,一组\\r\\n|考核组,被考核单位\\r\\n|名单.csv|2|3|[tax] is not in the org directory",
            "a group without members|编号,姓名,所在单位,考核组\\r\\nzhang,张伟,justice,一组\\r\\n|考核组,被考核单位\\r\\n二组,hepu\\r\\n|分工.csv|2|1|has no member",
            "a unit not in the directory|编号,姓名,所在单位,考核组\\r\\nzhang,张伟,justice,一组\\r\\n|考核组,被考核单位\\r\\n一组,nowhere\\r\\n|分工.csv|2|2|[nowhere] is not in the org directory",
            "a group assigned its member's own unit|编号,姓名,所在单位,考核组\\r\\nzhang,张伟,justice,一组\\r\\n|考核组,被考核单位\\r\\n一组,justice\\r\\n|分工.csv|2|2|comes from that unit",
            "a group assigned a unit its member's unit leads|编号,姓名,所在单位,考核组\\r\\nzhang,张伟,justice,一组\\r\\n|考核组,被考核单位\\r\\n一组,law-firm\\r\\n|分工.csv|2|2|the unit that leads it"})
        void aBadFileIsRefusedNamingFileLineAndColumn(String why, String roster, String assignments, String file, int line, int column,
                String expected) {
            TeamCsvFormatException e = assertThrows(TeamCsvFormatException.class, () -> parse(roster.replace("\\r\\n", "\r\n"),
                    assignments.replace("\\r\\n", "\r\n")));
            ImportProblem p = e.problems().get(0);
            assertEquals(file, p.file(), e.getMessage());
            assertEquals(line, p.line(), e.getMessage());
            assertEquals(column, p.column(), e.getMessage());
            assertTrue(p.message().contains(expected), e.getMessage());
        }
    }
}
