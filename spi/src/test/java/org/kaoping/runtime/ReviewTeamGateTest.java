package org.kaoping.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.review.ReviewSettings;
import org.kaoping.core.review.ReviewTeam;
import org.kaoping.core.review.TeamMember;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/** Issue 17, item 1: with a 考核小组 in the plan, the gate takes panel evidence only from a member assigned to the unit. */
class ReviewTeamGateTest {
    /** GateTest's city, with 合浦县 (hepu) assessed and 银海区 (yinhai) led by 市司法局 for the lead-department rule. */
    static final List<OrgUnit> UNITS = Arrays.asList(
            OrgUnit.root("beihai", "北海市", OrgKind.CITY),
            OrgUnit.of("fzb", "市依法治市办", OrgKind.CITY_PARTY_MASS, "beihai"),
            OrgUnit.of("justice", "市司法局", OrgKind.CITY_JUDICIAL, "beihai"),
            OrgUnit.of("audit", "市审计局", OrgKind.CITY_ADMINISTRATIVE, "beihai"),
            OrgUnit.of("haicheng", "海城区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.builder().id("yinhai").name("银海区").kind(OrgKind.COUNTY_DISTRICT).parentId("beihai").leadDepartmentId("justice").build(),
            OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai"));

    static ReviewTeam team() {
        return ReviewTeam.builder().memberUnit("justice").memberUnit("audit")
                .member(TeamMember.of("zhang", "张伟", "justice", "第一考核组"))
                .member(TeamMember.of("li", "李娜", "audit", "第二考核组"))
                .assign("第一考核组", "haicheng").assign("第一考核组", "yinhai")
                .assign("第二考核组", "hepu")
                .build();
    }

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    final Kaoping kaoping = Kaoping.builder().orgDirectory(directory()).store(store)
            .plan(AssessmentPlan.builder().from(GateTest.plan()).review(ReviewSettings.builder().team(team()).build()).build())
            .cityOffice("fzb").clock(Clock.fixed(GateTest.NOW, ZoneOffset.UTC)).parallelism(1).build();

    static OrgDirectory directory() {
        return new OrgDirectory() {
            @Override
            public String id() {
                return "team-org";
            }

            @Override
            public List<OrgUnit> units() {
                return UNITS;
            }
        };
    }

    @Test
    void aRatingByAMemberAssignedToTheUnitIsStored() {
        assertEquals(SubmitOutcome.ADDED, kaoping.submit("zhang", "justice",
                GateTest.judgement("j-1", "haicheng", "zhang", "justice", "1.1", "好")));
        assertTrue(store.findEvidence("j-1").isPresent());
    }

    @Nested
    class Refused {
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.kaoping.runtime.ReviewTeamGateTest#refusals")
        void aPanelRatingOutsideTheMembersAssignmentIsRefusedAuditedAndNotStored(String why, String author, String authorUnit,
                String unit, String expected) {
            EvidenceRefusedException e = assertThrows(EvidenceRefusedException.class, () -> kaoping.submit(author, authorUnit,
                    GateTest.judgement("j-x", unit, author, authorUnit, "1.1", "好")));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertFalse(store.findEvidence("j-x").isPresent());
            AuditEvent last = store.auditEvents(0).get(store.auditEvents(0).size() - 1);
            assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, last.action());
            assertTrue(last.detail().contains(expected), last.detail());
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("a member whose group is not assigned to the unit", "zhang", "justice", "hepu", "not assigned to unit [hepu]"),
                Arguments.of("a member of another group rating the first group's unit", "li", "audit", "haicheng",
                        "not assigned to unit [haicheng]"),
                Arguments.of("a member rating a unit their home unit leads", "zhang", "justice", "yinhai", "one their home unit leads"),
                Arguments.of("a rater of a member unit not on the roster", "wang", "justice", "haicheng", "not a member of the review team"),
                Arguments.of("a member filing for a unit other than their home unit", "li", "justice", "hepu", "files for their home unit"));
    }
}
