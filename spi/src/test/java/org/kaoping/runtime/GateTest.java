package org.kaoping.runtime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kaoping.core.KaopingException;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AdjustmentRule;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rules;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.core.scoring.ScoringException;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.SourceDeclaration;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one gate: each finding of issue 10 ("Integrity of the result") and the gate rules of issue 11 that concern
 * it, as a test that failed before the gate was unified and passes now.
 */
class GateTest {
    static final Instant NOW = Instant.parse("2015-12-10T02:00:00Z");
    static final ReportingPeriod YEAR = ReportingPeriod.year(2015);

    final InMemoryAssessmentStore store = new InMemoryAssessmentStore();
    Kaoping kaoping;

    static final List<OrgUnit> UNITS = Arrays.asList(
            OrgUnit.root("beihai", "北海市", OrgKind.CITY),
            OrgUnit.of("fzb", "市依法治市办", OrgKind.CITY_PARTY_MASS, "beihai"),
            OrgUnit.of("justice", "市司法局", OrgKind.CITY_JUDICIAL, "beihai"),
            OrgUnit.of("haicheng", "海城区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("yinhai", "银海区", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("hepu", "合浦县", OrgKind.COUNTY_DISTRICT, "beihai"),
            OrgUnit.of("zhongjie", "中街街道", OrgKind.TOWNSHIP, "haicheng"));

    /** 1.1 judgement 20, 1.2 checklist of two 10, 1.3 training ≥ 2 次 a year 20; 2.1 no accident 25, 2.2 judgement 25. */
    static Rubric rubric() {
        return Rubric.builder("g/county").version("1").title("县（区）工作标准").source("test").points("100")
                .appliesTo(OrgKind.COUNTY_DISTRICT)
                .section("一、", "组织", "50", s -> s
                        .item("1、", "领导", "20", Rules.judgement())
                        .item("2、", "制度", "10", Rules.checklist(Rules.proportional(), "有制度", "有台账"))
                        .item("3、", "培训", "20", Rules.atLeast("training", 2, "次", Period.YEAR)))
                .section("二、", "安全", "50", s -> s
                        .item("1、", "无事故", "25", Rules.noIncident("accident"))
                        .item("2、", "宣传", "25", Rules.judgement()))
                .build();
    }

    static AssessmentPlan plan() {
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        rubrics.put(OrgKind.COUNTY_DISTRICT, rubric());
        return AssessmentPlan.builder().id("gate-test").year(2015).rubrics(rubrics)
                .addAdjustments(AdjustmentRule.bonus("commendation", Points.of(2)), AdjustmentRule.penalty("exposure", Points.of(2)))
                .build();
    }

    static OrgDirectory directory() {
        return new OrgDirectory() {
            @Override
            public String id() {
                return "gate-org";
            }

            @Override
            public List<OrgUnit> units() {
                return UNITS;
            }
        };
    }

    Kaoping.Builder builder(InMemoryAssessmentStore s) {
        return Kaoping.builder().orgDirectory(directory()).store(s).plan(plan()).cityOffice("fzb")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).parallelism(1);
    }

    @BeforeEach
    void wire() {
        kaoping = builder(store).build();
    }

    // ---------------------------------------------------------------------------------------- evidence factories

    static Judgement judgement(String id, String unit, String author, String authorUnit, String key, String level) {
        return Judgement.builder().id(id).unitId(unit).key(key).period(YEAR).source(SourceKind.PANEL).author(author)
                .authorUnitId(authorUnit).recordedAt(NOW).level(level).build();
    }

    static Deduction deduction(String id, String unit, String author, String key) {
        return Deduction.builder().id(id).unitId(unit).key(key).period(YEAR).source(SourceKind.SPOT_CHECK).author(author)
                .recordedAt(NOW).points(Points.of(1)).reason("抽查发现").build();
    }

    static Adjustment adjustment(String id, String unit, SourceKind source, String author, String category) {
        return Adjustment.builder().id(id).unitId(unit).key(category).period(YEAR).source(source).author(author)
                .recordedAt(NOW).points(Points.of(2)).reason("获表彰").build();
    }

    static NotApplicableMark notApplicable(String id, String unit, SourceKind source, String author, String key) {
        return NotApplicableMark.builder().id(id).unitId(unit).key(key).period(YEAR).source(source).author(author)
                .recordedAt(NOW).reason("本年度无此项工作").build();
    }

    static MetricValue metric(String id, String unit, String author, String key, long value, String measure) {
        return MetricValue.builder().id(id).unitId(unit).key(key).period(YEAR).source(SourceKind.HOST_SYSTEM).author(author)
                .recordedAt(NOW).value(BigDecimal.valueOf(value)).unit(measure).build();
    }

    static ChecklistTick tick(String id, String unit, String author, int requirement, String... documents) {
        return ChecklistTick.builder().id(id).unitId(unit).key("1.2").period(YEAR).source(SourceKind.PANEL).author(author)
                .authorUnitId("fzb").recordedAt(NOW).requirement(requirement).met(true).addDocumentIds(documents).build();
    }

    static DocumentRef document(String id, String unit, String author) {
        return DocumentRef.builder().id(id).unitId(unit).key("1.2").period(YEAR).source(SourceKind.PANEL).author(author)
                .authorUnitId("fzb").recordedAt(NOW).title("制度汇编").media(DocumentRef.Media.TEXT).uri("oa://doc/1")
                .sha256(String.join("", Collections.nCopies(64, "a"))).build();
    }

    static Incident incident(String id, String unit, String author, String category) {
        return Incident.builder().id(id).unitId(unit).key(category).period(YEAR).source(SourceKind.HOST_SYSTEM).author(author)
                .recordedAt(NOW).date(LocalDate.of(2015, 7, 1)).severity(IncidentSeverity.GENERAL).description("事故").build();
    }

    static ScoreOverride override(String id, String unit, String author, String authorUnit, String key, String points, Instant at) {
        return ScoreOverride.builder().id(id).unitId(unit).key(key).period(YEAR).source(SourceKind.PANEL).author(author)
                .authorUnitId(authorUnit).recordedAt(at).newPoints(Points.parse(points)).reason("复核").build();
    }

    EvidenceRefusedException refused(String actor, String actorUnit, Evidence e) {
        EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.submit(actor, actorUnit, e));
        assertFalse(store.findEvidence(e.id()).isPresent(), "a refused record is not stored: " + e.id());
        AuditEvent last = store.auditEvents(0).get(store.auditEvents(0).size() - 1);
        assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, last.action(), "a refusal is audited");
        return x;
    }

    // ---------------------------------------------------------------------------------------- submit

    @Nested
    @DisplayName("submit: the actor and the evidence's author agree")
    class ActorAndAuthor {
        @Test
        @DisplayName("An authorized actor cannot file evidence authored by someone else, nor for another author unit")
        void actorMustBeTheAuthor() {
            EvidenceRefusedException other = refused("赵六", "fzb", judgement("j-1", "haicheng", "张三", "fzb", "1.1", "好"));
            assertTrue(other.reason().contains("names author [张三], not the actor [赵六]"), other.reason());
            EvidenceRefusedException unit = refused("赵六", "fzb", judgement("j-2", "haicheng", "赵六", "yinhai", "1.1", "好"));
            assertTrue(unit.reason().contains("author unit [yinhai], not the actor's unit [fzb]"), unit.reason());
            assertEquals(SubmitOutcome.ADDED, kaoping.submit("赵六", "fzb", judgement("j-3", "haicheng", "赵六", "fzb", "1.1", "好")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " 赵六", "赵六 ", "赵\n六", "赵\u202E六", "赵\u0000六"})
        @DisplayName("An actor that is empty, padded, or holds a line break, a bidi or a control character is refused, and the trail stores it escaped")
        void badActorsAreRefused(String actor) {
            Judgement j = judgement("j-a", "haicheng", actor.isEmpty() ? "x" : actor, "fzb", "1.1", "好");
            EvidenceRefusedException x = refused(actor, "fzb", j);
            assertTrue(x.reason().startsWith("actor"), x.reason());
            AuditEvent last = store.auditEvents(0).get(store.auditEvents(0).size() - 1);
            assertFalse(last.actor().contains("\n") || last.actor().contains("\u202E") || last.actor().isEmpty(), last.actor());
        }
    }

    @Nested
    @DisplayName("Ids compared exactly after one declared normalization")
    class Ids {
        @ParameterizedTest
        @ValueSource(strings = {"haicheng ", " haicheng", "HAICHENG", "ｈａｉｃｈｅｎｇ", "hai\u202Echeng", "nowhere"})
        @DisplayName("A panel judgement whose author unit is the target padded, in upper case, full-width, with a bidi control, or unknown is refused")
        void authorUnitVariantsOfTheTargetAreRefused(String authorUnit) {
            InMemoryEvidenceSource source = new InMemoryEvidenceSource("oa").append(
                    judgement("v-1", "haicheng", "rater", authorUnit, "1.1", "好"));
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.importEvidence(source));
            assertTrue(x.reason().contains("authorUnitId") || x.reason().contains("author unit"), x.reason());
            assertTrue(store.allEvidence().isEmpty());
        }

        @Test
        @DisplayName("A unit id in full-width form is refused, naming its normal form")
        void fullWidthUnitIdNamesTheNormalForm() {
            EvidenceRefusedException x = refused("赵六", "fzb", judgement("j-w", "ｈａｉｃｈｅｎｇ", "赵六", "fzb", "1.1", "好"));
            assertTrue(x.reason().contains("write [haicheng]"), x.reason());
        }
    }

    @Nested
    @DisplayName("Nothing silent: evidence checked against the plan and its rubrics")
    class PlanChecks {
        @Test
        @DisplayName("A deduction against a criterion the rubric lacks (99) is refused")
        void unknownCriterion() {
            EvidenceRefusedException x = refused("赵六", "fzb", deduction("d-99", "haicheng", "赵六", "99"));
            assertTrue(x.reason().contains("rubric [g/county] has no criterion [99]"), x.reason());
        }

        @Test
        @DisplayName("An adjustment in a category the plan does not declare is refused")
        void unknownAdjustmentCategory() {
            EvidenceRefusedException x = refused("赵六", "fzb", adjustment("a-1", "haicheng", SourceKind.HOST_SYSTEM, "赵六", "medal"));
            assertTrue(x.reason().contains("declares no adjustment category [medal]"), x.reason());
        }

        @Test
        @DisplayName("A metric value in 小时 against a rule in 次, or of an unknown metric, is refused")
        void metricUnitsAndKeys() {
            EvidenceRefusedException hours = refused("赵六", "fzb", metric("m-1", "haicheng", "赵六", "training", 4, "小时"));
            assertTrue(hours.reason().contains("measured in [次]") && hours.reason().contains("[小时]"), hours.reason());
            EvidenceRefusedException key = refused("赵六", "fzb", metric("m-2", "haicheng", "赵六", "trainings", 4, "次"));
            assertTrue(key.reason().contains("no rule measuring metric [trainings]"), key.reason());
            assertEquals(SubmitOutcome.ADDED, kaoping.submit("赵六", "fzb", metric("m-3", "haicheng", "赵六", "training", 4, "次")));
        }

        @Test
        @DisplayName("A misspelled incident category is refused, not skipped")
        void misspelledIncident() {
            EvidenceRefusedException x = refused("赵六", "fzb", incident("i-1", "haicheng", "赵六", "acident"));
            assertTrue(x.reason().contains("incident category [acident]") && x.reason().contains("[accident]"), x.reason());
        }

        @Test
        @DisplayName("A judgement level the rule lacks, a tick beyond the checklist, or a tick on a judged item is refused")
        void levelsAndRequirements() {
            assertTrue(refused("赵六", "fzb", judgement("j-l", "haicheng", "赵六", "fzb", "1.1", "优")).reason()
                    .contains("no judgement level [优]"));
            assertTrue(refused("赵六", "fzb", tick("t-3", "haicheng", "赵六", 3)).reason().contains("has 2 requirement(s); got requirement 3"));
            ChecklistTick onJudged = ChecklistTick.builder().from(tick("t-j", "haicheng", "赵六", 1)).key("1.1").build();
            assertTrue(refused("赵六", "fzb", onJudged).reason().contains("has no checklist"));
        }

        @Test
        @DisplayName("A tick citing a document that is neither stored nor in its batch is refused; a stored one or one in the batch is accepted")
        void citedDocuments() {
            assertTrue(refused("赵六", "fzb", tick("t-1", "haicheng", "赵六", 1, "doc-nowhere")).reason()
                    .contains("cites document [doc-nowhere], which is neither stored nor in the same batch"));
            kaoping.submit("赵六", "fzb", document("doc-1", "haicheng", "赵六"));
            assertEquals(SubmitOutcome.ADDED, kaoping.submit("赵六", "fzb", tick("t-2", "haicheng", "赵六", 1, "doc-1")));
            InMemoryEvidenceSource batch = new InMemoryEvidenceSource("oa").append(
                    tick("t-4", "haicheng", "赵六", 2, "doc-2"), document("doc-2", "haicheng", "赵六"));
            assertEquals(2, kaoping.importEvidence(batch).added());
            org.kaoping.core.evidence.SelfReport report = org.kaoping.core.evidence.SelfReport.builder().id("sr-doc").unitId("haicheng")
                    .period(ReportingPeriod.month(2015, 3)).source(SourceKind.SELF).author("海城区").recordedAt(NOW)
                    .type(org.kaoping.core.evidence.SelfReport.Type.MONTHLY).addDocumentIds("doc-missing").build();
            assertTrue(refused("海城区", "haicheng", report).reason().contains("self-report cites document [doc-missing]"));
        }
    }

    @Nested
    @DisplayName("Overrides get the same checks however they arrive")
    class Overrides {
        @Test
        @DisplayName("override() with negative points is the domain's audited refusal, not IllegalArgumentException")
        void negativeOverrideIsRefusedAndAudited() {
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class,
                    () -> kaoping.override("赵六", "fzb", "haicheng", "1.1", Points.parse("-1"), "复核"));
            assertTrue(x.reason().contains("must not be negative"), x.reason());
            assertEquals(AuditEvent.Action.EVIDENCE_REFUSED, store.auditEvents(0).get(0).action());
            assertTrue(store.allEvidence().isEmpty());
        }

        @Test
        @DisplayName("A ScoreOverride through submit is held to override()'s checks: leaf only, within [0, points], not in the future, assessors only")
        void overrideThroughSubmit() {
            assertTrue(refused("赵六", "fzb", override("o-1", "haicheng", "赵六", "fzb", "1.1", "1000", NOW)).reason()
                    .contains("must lie in [0, 20]"));
            assertTrue(refused("赵六", "fzb", override("o-2", "haicheng", "赵六", "fzb", "1", "1", NOW)).reason()
                    .contains("overrides apply to leaves only"));
            assertTrue(refused("赵六", "fzb", override("o-3", "haicheng", "赵六", "fzb", "1.1", "1", Instant.parse("2999-01-01T00:00:00Z")))
                    .reason().contains("may not be dated in the future"));
            assertTrue(refused("rater", "justice", override("o-4", "haicheng", "rater", "justice", "1.1", "1", NOW)).reason()
                    .contains("PANEL_MEMBER"));
            assertEquals(SubmitOutcome.ADDED, kaoping.submit("赵六", "fzb", override("o-5", "haicheng", "赵六", "fzb", "1.1", "10", NOW)));
        }
    }

    // ---------------------------------------------------------------------------------------- import

    @Nested
    @DisplayName("Import: the same gate as submit, a refused record refuses its whole batch")
    class Import {
        @Test
        @DisplayName("A unit's own SELF override in a batch refuses the batch: audited, nothing stored, the cursor stays, the message names record, author, target and rule")
        void selfOverrideRefusesTheBatch() {
            InMemoryEvidenceSource source = new InMemoryEvidenceSource("folder").append(
                    metric("m-ok", "haicheng", "系统", "training", 3, "次"),
                    ScoreOverride.builder().from(override("o-self", "haicheng", "海城区", "haicheng", "1.1", "20", NOW))
                            .source(SourceKind.SELF).build());
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.importEvidence(source));
            assertTrue(x.getMessage().contains("record 2 of the batch") && x.getMessage().contains("[o-self]")
                    && x.getMessage().contains("author [海城区] of unit [haicheng]") && x.getMessage().contains("about unit [haicheng] on [1.1]")
                    && x.getMessage().contains("may not file SCORE_OVERRIDE"), x.getMessage());
            assertTrue(store.allEvidence().isEmpty(), "nothing of the batch is stored");
            assertEquals("", kaoping.cursorOf("folder"), "the cursor does not pass the refused batch");
            assertEquals(Collections.singletonList(AuditEvent.Action.EVIDENCE_REFUSED), actions());
        }

        @Test
        @DisplayName("A host source's panel judgement by a county clerk about another county is refused")
        void hostJudgementByAnotherCounty() {
            InMemoryEvidenceSource source = new InMemoryEvidenceSource("host").append(
                    judgement("j-h", "hepu", "合浦县办事员", "yinhai", "2.2", "一般"));
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.importEvidence(source));
            assertTrue(x.reason().contains("unit [yinhai] is UNRELATED towards unit [hepu]"), x.reason());
        }

        @Test
        @DisplayName("Peer counties and a county's own street cannot file panel ticks about it")
        void peerAndStreetTicks() {
            for (String unit : new String[] {"yinhai", "zhongjie"}) {
                ChecklistTick t = ChecklistTick.builder().from(tick("t-" + unit, "haicheng", "评委", 1)).authorUnitId(unit).build();
                EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class,
                        () -> kaoping.importEvidence(new InMemoryEvidenceSource("s-" + unit).append(t)));
                assertTrue(x.reason().contains("UNRELATED"), x.reason());
            }
            assertTrue(store.allEvidence().isEmpty());
        }

        @Test
        @DisplayName("A host-system source delivers facts only; a unit-bound source speaks for its unit only; declared kinds bind")
        void declarations() {
            InMemoryEvidenceSource host = new InMemoryEvidenceSource("host");
            host.append(metric("m-h", "haicheng", "系统", "training", 2, "次"));
            assertEquals(1, kaoping.importEvidence(host).added());
            host.append(adjustment("a-h", "haicheng", SourceKind.HOST_SYSTEM, "系统", "commendation"));
            EvidenceRefusedException x = assertThrows(EvidenceRefusedException.class, () -> kaoping.importEvidence(host));
            assertTrue(x.reason().contains("the host system is HOST_SYSTEM") && x.reason().contains("may not file ADJUSTMENT"), x.reason());

            InMemoryEvidenceSource bound = new InMemoryEvidenceSource("haicheng-oa",
                    SourceDeclaration.forUnit("haicheng").onlyKinds(EvidenceKind.METRIC_VALUE, EvidenceKind.SELF_REPORT));
            bound.append(judgement("j-b", "haicheng", "x", "yinhai", "1.1", "好"));
            assertTrue(assertThrows(EvidenceRefusedException.class, () -> kaoping.importEvidence(bound)).reason()
                    .contains("declares evidence kinds"));
        }
    }

    // ---------------------------------------------------------------------------------------- claims

    @Nested
    @DisplayName("Claims: a unit's own N/A mark or bonus counts only once an assessor approves it")
    class Claims {
        @Test
        @DisplayName("Own N/A: stored, pending (待审核), not counted; approved by the city office it counts; the decision survives a restart")
        void ownNotApplicableIsAClaim() {
            Scorecard before = kaoping.scoreUnit("haicheng");
            assertEquals(SubmitOutcome.ADDED, kaoping.submit("海城区", "haicheng", notApplicable("na-1", "haicheng", SourceKind.SELF, "海城区", "2.1")));
            assertEquals(Collections.singletonList("na-1"), ids(kaoping.pendingClaims()));
            assertEquals(Claim.Status.PENDING, kaoping.pendingClaims().get(0).status());
            assertEquals("待审核", Claim.Status.PENDING.chineseName());
            assertEquals(before.finalTotal(), kaoping.scoreUnit("haicheng").finalTotal(), "a pending claim is not counted");
            assertFalse(kaoping.scoreUnit("haicheng").node("2.1").state() == org.kaoping.core.scoring.NodeState.NOT_APPLICABLE,
                    "a pending N/A claim leaves the item applicable");

            EvidenceRefusedException peer = assertThrows(EvidenceRefusedException.class, () -> kaoping.approveClaim("王五", "yinhai", "na-1"));
            assertTrue(peer.reason().contains("may not decide its claims"), peer.reason());
            EvidenceRefusedException self = assertThrows(EvidenceRefusedException.class, () -> kaoping.approveClaim("海城区", "haicheng", "na-1"));
            assertTrue(self.reason().contains("UNIT_ITSELF"), self.reason());

            Claim approved = kaoping.approveClaim("赵六", "fzb", "na-1");
            assertEquals(Claim.Status.APPROVED, approved.status());
            assertTrue(kaoping.pendingClaims().isEmpty());
            Scorecard after = kaoping.scoreUnit("haicheng");
            assertEquals(org.kaoping.core.scoring.NodeState.NOT_APPLICABLE, after.node("2.1").state(), "the approved N/A mark counts");

            Kaoping restarted = builder(store.reopen()).build();
            assertEquals(Claim.Status.APPROVED, restarted.claims().get(0).status(), "the decision lives in the audit trail");
            assertEquals(after.finalTotal(), restarted.scoreUnit("haicheng").finalTotal());
            assertThrows(EvidenceRefusedException.class, () -> restarted.rejectClaim("赵六", "fzb", "na-1", "迟了"),
                    "a claim is decided once");
        }

        @Test
        @DisplayName("Own bonus: pending until approved; rejected with a reason, it never counts")
        void ownBonusIsAClaim() {
            Scorecard before = kaoping.scoreUnit("yinhai");
            kaoping.submit("银海区", "yinhai", adjustment("bonus-1", "yinhai", SourceKind.SELF, "银海区", "commendation"));
            assertEquals(before.finalTotal(), kaoping.scoreUnit("yinhai").finalTotal(), "a pending bonus is not counted");
            assertThrows(EvidenceRefusedException.class, () -> kaoping.rejectClaim("赵六", "fzb", "bonus-1", " "), "a rejection needs a reason");
            Claim rejected = kaoping.rejectClaim("赵六", "fzb", "bonus-1", "表彰文件不属于本年度");
            assertEquals(Claim.Status.REJECTED, rejected.status());
            assertTrue(rejected.detail().get().contains("表彰文件不属于本年度"));
            assertEquals(before.finalTotal(), kaoping.scoreUnit("yinhai").finalTotal());
            assertTrue(actions().contains(AuditEvent.Action.CLAIM_FILED) && actions().contains(AuditEvent.Action.CLAIM_REJECTED));

            kaoping.submit("银海区", "yinhai", adjustment("bonus-2", "yinhai", SourceKind.SELF, "银海区", "commendation"));
            kaoping.approveClaim("赵六", "fzb", "bonus-2");
            assertEquals(before.finalTotal().plus(Points.of(2)), kaoping.scoreUnit("yinhai").finalTotal(), "the approved bonus counts");
        }

        @Test
        @DisplayName("Only a claim can be approved")
        void onlyClaims() {
            kaoping.submit("赵六", "fzb", deduction("d-1", "haicheng", "赵六", "1.1"));
            assertTrue(assertThrows(EvidenceRefusedException.class, () -> kaoping.approveClaim("赵六", "fzb", "d-1")).reason()
                    .contains("not a claim"));
            assertTrue(assertThrows(EvidenceRefusedException.class, () -> kaoping.approveClaim("赵六", "fzb", "nothing")).reason()
                    .contains("no evidence [nothing]"));
        }
    }

    // ---------------------------------------------------------------------------------------- scoring

    @Test
    @DisplayName("A record that is invalid but already stored never blocks the cycle: that unit is not scorable with the reason, the others are ranked")
    void invalidStoredRecordDoesNotBlockTheCycle() {
        store.submit(judgement("bad-level", "hepu", "r", "fzb", "1.1", "不存在的等次"));
        store.submit(override("bad-override", "yinhai", "r", "fzb", "1", "1000", NOW));
        List<String> ranked = kaoping.rank().values().stream().flatMap(t -> t.entries().stream()).map(u -> u.unitId())
                .collect(Collectors.toList());
        assertEquals(Collections.singletonList("haicheng"), ranked);
        Map<String, String> out = kaoping.notScorable();
        assertEquals(Arrays.asList("hepu", "yinhai"), out.keySet().stream().collect(Collectors.toList()));
        assertTrue(out.get("hepu").contains("[bad-level]") && out.get("hepu").contains("no judgement level"), out.get("hepu"));
        assertTrue(out.get("yinhai").contains("[bad-override]") && out.get("yinhai").contains("leaves only"), out.get("yinhai"));
        assertTrue(actions().contains(AuditEvent.Action.NOT_SCORABLE));
        ScoringException one = assertThrows(ScoringException.class, () -> kaoping.scoreUnit("hepu"));
        assertTrue(one.getMessage().contains("[bad-level]"), one.getMessage());
    }

    @Test
    @DisplayName("The city office is never scored or ranked")
    void cityOfficeNeverAssessed() {
        assertEquals(Kaoping.CITY_OFFICE_NOT_ASSESSED, kaoping.notAssessed().get("fzb"));
        assertTrue(kaoping.scoreCycle().stream().noneMatch(c -> c.unitId().equals("fzb")));
    }

    List<AuditEvent.Action> actions() {
        return store.auditEvents(0).stream().map(AuditEvent::action).collect(Collectors.toList());
    }

    static List<String> ids(List<Claim> claims) {
        return claims.stream().map(c -> c.evidence().id()).collect(Collectors.toList());
    }
}
