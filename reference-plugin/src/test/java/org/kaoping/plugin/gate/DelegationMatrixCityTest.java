package org.kaoping.plugin.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kaoping.core.delegation.Delegation;
import org.kaoping.core.delegation.DelegationMatrix;
import org.kaoping.core.delegation.FilerRole;
import org.kaoping.core.delegation.Filing;
import org.kaoping.core.delegation.Permission;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.Period;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.Rules;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.runtime.EvidenceRefusedException;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.SubmitOutcome;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.kaoping.spi.support.InMemoryEvidenceSource;

/**
 * Runs every cell of the {@link DelegationMatrix} over the Beihai sample city: for every unit assessed and every
 * filing, evidence valid under the plan is filed by the unit itself, each of its assessors, panel members, a handful
 * of unrelated units (peers, its parent and children, units of other counties) and a host system, each under a
 * source its role may use and once under one it may not, and claims are decided by each of them. Every forbidden
 * write must be refused and every allowed one accepted; the counts are printed.
 */
class DelegationMatrixCityTest {
    static final Instant NOW = Instant.parse("2016-01-05T02:00:00Z");
    static final ReportingPeriod YEAR = ReportingPeriod.year(2015);

    /** The demo plan, with a small local rubric for townships and villages so that county offices and townships assess too. */
    static AssessmentPlan plan() {
        Rubric local = Rubric.builder("test/local").version("1").title("乡镇（村）测试标准").source("test").points("100")
                .appliesTo(OrgKind.TOWNSHIP, OrgKind.VILLAGE_COMMUNITY)
                .section("一、", "组织", "50", s -> s
                        .item("1、", "领导", "20", Rules.judgement())
                        .item("2、", "制度", "10", Rules.checklist(Rules.proportional(), "有制度", "有台账"))
                        .item("3、", "培训", "20", Rules.atLeast("training", 2, "次", Period.YEAR)))
                .section("二、", "安全", "50", s -> s
                        .item("1、", "无事故", "50", Rules.noIncident("accident")))
                .build();
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(BeihaiDemo.plan().rubrics());
        rubrics.put(OrgKind.TOWNSHIP, local);
        rubrics.put(OrgKind.VILLAGE_COMMUNITY, local);
        return AssessmentPlan.builder().from(BeihaiDemo.plan()).rubrics(rubrics).build();
    }

    private final Map<String, int[]> cells = new TreeMap<>(); // role/filing → {attempts, forbiddenAccepted, allowedRefused}
    private final List<String> wrong = new ArrayList<>();
    private int sequence;

    @Test
    @DisplayName("Every cell over the sample city: 0 forbidden writes accepted, 0 allowed writes refused")
    void everyCell() {
        InMemoryAssessmentStore store = new InMemoryAssessmentStore();
        AssessmentPlan plan = plan();
        Kaoping k = Kaoping.builder().orgDirectory(BeihaiSampleCity.directory()).store(store).plan(plan)
                .cityOffice(BeihaiSampleCity.OFFICE_ID).clock(Clock.fixed(NOW, ZoneOffset.UTC)).parallelism(1).build();
        OrgTree tree = k.orgTree();
        Delegation d = k.delegation();
        List<OrgUnit> targets = k.assessedUnits();
        int hostTargets = 0;
        for (OrgUnit t : targets) {
            Rubric rubric = plan.rubricFor(t.kind());
            for (String filer : filers(tree, d, t)) {
                FilerRole role = d.filerRole(filer, t.id());
                for (Filing f : Filing.values()) {
                    if (f == Filing.CLAIM_DECISION) {
                        decideClaim(k, role, filer, t, rubric);
                        continue;
                    }
                    Permission expected = DelegationMatrix.permission(role, f);
                    Evidence e = evidence(f, t, rubric, plan, "clerk@" + filer, filer, allowedSource(role, f));
                    submit(k, role, f, expected, filer, e);
                    SourceKind wrongSource = role == FilerRole.UNIT_ITSELF ? SourceKind.PANEL : SourceKind.SELF;
                    if (role != FilerRole.UNRELATED) {
                        submit(k, role, f, Permission.FORBIDDEN, filer,
                                evidence(f, t, rubric, plan, "clerk@" + filer, filer, wrongSource));
                    }
                }
            }
            if (hostTargets++ % 4 == 0) {
                for (Filing f : Filing.values()) {
                    if (f != Filing.CLAIM_DECISION) {
                        imported(k, f, t, rubric, plan);
                    }
                }
            }
        }
        int attempts = 0;
        int forbiddenAccepted = 0;
        int allowedRefused = 0;
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, int[]> c : cells.entrySet()) {
            attempts += c.getValue()[0];
            forbiddenAccepted += c.getValue()[1];
            allowedRefused += c.getValue()[2];
            table.append(String.format("  %-40s %6d attempts, %d forbidden accepted, %d allowed refused%n", c.getKey(),
                    c.getValue()[0], c.getValue()[1], c.getValue()[2]));
        }
        System.out.println("Delegation matrix over the Beihai sample city: " + cells.size() + " cell(s), " + attempts
                + " attempt(s); forbidden accepted: " + forbiddenAccepted + "; allowed refused: " + allowedRefused + "\n" + table);
        // Every cell but HOST_SYSTEM / CLAIM_DECISION, which has no path at all: deciding a claim takes an actor unit
        // (Kaoping.approveClaim), and a host system is no unit.
        assertEquals(Permission.FORBIDDEN, DelegationMatrix.permission(FilerRole.HOST_SYSTEM, Filing.CLAIM_DECISION));
        assertEquals(FilerRole.values().length * Filing.values().length - 1, cells.size(), "every cell exercised: " + cells.keySet());
        assertEquals(0, forbiddenAccepted, "forbidden writes accepted: " + wrong);
        assertEquals(0, allowedRefused, "allowed writes refused: " + wrong);
        assertTrue(attempts > 10_000, "attempts " + attempts);
    }

    /** The unit itself, its assessors, up to three panel members and some unrelated units. */
    private static List<String> filers(OrgTree tree, Delegation d, OrgUnit t) {
        LinkedHashMap<String, Boolean> out = new LinkedHashMap<>();
        out.put(t.id(), true);
        for (org.kaoping.core.delegation.Assignment a : d.assessorsOf(t.id())) {
            out.put(a.assessorId(), true);
        }
        int panel = 0;
        for (OrgUnit u : tree.units()) {
            if (panel < 3 && d.filerRole(u.id(), t.id()) == FilerRole.PANEL_MEMBER) {
                out.put(u.id(), true);
                panel++;
            }
        }
        t.parentId().ifPresent(p -> out.put(p, true));
        for (OrgUnit c : tree.children(t.id())) {
            out.put(c.id(), true);
            break;
        }
        for (OrgUnit peer : tree.unitsOfKind(t.kind())) {
            if (!peer.id().equals(t.id())) {
                out.put(peer.id(), true);
                break;
            }
        }
        out.put("beihai/hepu/t3", true); // a township of another county, for most targets
        out.put("beihai/yinhai", true);
        return new ArrayList<>(out.keySet());
    }

    private void submit(Kaoping k, FilerRole role, Filing f, Permission expected, String filer, Evidence e) {
        int[] cell = cells.computeIfAbsent(role + " / " + f, x -> new int[3]);
        cell[0]++;
        boolean accepted;
        try {
            accepted = k.submit(e.author(), filer, e) == SubmitOutcome.ADDED;
        } catch (EvidenceRefusedException x) {
            accepted = false;
            if (expected != Permission.FORBIDDEN) {
                wrong.add(role + "/" + f + " by " + filer + ": " + x.getMessage());
            }
        }
        if (accepted && expected == Permission.FORBIDDEN) {
            cell[1]++;
            wrong.add(role + "/" + f + " by " + filer + " accepted: " + e);
        } else if (!accepted && expected != Permission.FORBIDDEN) {
            cell[2]++;
        }
    }

    private void imported(Kaoping k, Filing f, OrgUnit t, Rubric rubric, AssessmentPlan plan) {
        Permission expected = DelegationMatrix.permission(FilerRole.HOST_SYSTEM, f);
        int[] cell = cells.computeIfAbsent(FilerRole.HOST_SYSTEM + " / " + f, x -> new int[3]);
        cell[0]++;
        SourceKind source = f == Filing.PUBLIC_RATING ? SourceKind.PUBLIC : SourceKind.HOST_SYSTEM;
        Evidence e = evidence(f, t, rubric, plan, "业务系统", null, source);
        InMemoryEvidenceSource s = new InMemoryEvidenceSource("host-" + (++sequence)).append(e);
        boolean accepted;
        try {
            accepted = k.importEvidence(s).added() == 1;
        } catch (EvidenceRefusedException x) {
            accepted = false;
            if (expected != Permission.FORBIDDEN) {
                wrong.add("HOST_SYSTEM/" + f + ": " + x.getMessage());
            }
        }
        if (accepted && expected == Permission.FORBIDDEN) {
            cell[1]++;
            wrong.add("HOST_SYSTEM/" + f + " accepted: " + e);
        } else if (!accepted && expected != Permission.FORBIDDEN) {
            cell[2]++;
        }
    }

    private void decideClaim(Kaoping k, FilerRole role, String filer, OrgUnit t, Rubric rubric) {
        NotApplicableMark claim = NotApplicableMark.builder().id("claim-" + (++sequence)).unitId(t.id()).key(anyLeaf(rubric).id())
                .period(YEAR).source(SourceKind.SELF).author("clerk@" + t.id()).authorUnitId(t.id()).recordedAt(NOW)
                .reason("本单位申请不适用").build();
        k.submit(claim.author(), t.id(), claim);
        Permission expected = DelegationMatrix.permission(role, Filing.CLAIM_DECISION);
        int[] cell = cells.computeIfAbsent(role + " / " + Filing.CLAIM_DECISION, x -> new int[3]);
        cell[0]++;
        boolean accepted;
        try {
            k.approveClaim("clerk@" + filer, filer, claim.id());
            accepted = true;
        } catch (EvidenceRefusedException x) {
            accepted = false;
        }
        if (accepted && expected == Permission.FORBIDDEN) {
            cell[1]++;
            wrong.add(role + "/CLAIM_DECISION by " + filer + " accepted");
        } else if (!accepted && expected != Permission.FORBIDDEN) {
            cell[2]++;
            wrong.add(role + "/CLAIM_DECISION by " + filer + " refused");
        }
    }

    private static SourceKind allowedSource(FilerRole role, Filing f) {
        java.util.Set<SourceKind> allowed = DelegationMatrix.sources(role);
        if (allowed.isEmpty()) {
            return SourceKind.PANEL;
        }
        if (f == Filing.PUBLIC_RATING && allowed.contains(SourceKind.PUBLIC)) {
            return SourceKind.PUBLIC;
        }
        return allowed.iterator().next();
    }

    /** Evidence of filing {@code f} about {@code t}, valid under the plan, by {@code author} of {@code authorUnit} (null: none). */
    private Evidence evidence(Filing f, OrgUnit t, Rubric rubric, AssessmentPlan plan, String author, String authorUnit,
            SourceKind source) {
        String id = "m-" + (++sequence);
        Optional<String> au = Optional.ofNullable(authorUnit);
        switch (f) {
            case SELF_REPORT:
                return SelfReport.builder().id(id).unitId(t.id()).period(ReportingPeriod.month(2015, 3)).source(source).author(author)
                        .authorUnitId(au).recordedAt(NOW).type(SelfReport.Type.MONTHLY).build();
            case DOCUMENT:
                return DocumentRef.builder().id(id).unitId(t.id()).key(anyLeaf(rubric).id()).period(YEAR).source(source).author(author)
                        .authorUnitId(au).recordedAt(NOW).title("材料").media(DocumentRef.Media.TEXT).uri("oa://doc/" + id)
                        .sha256(String.join("", Collections.nCopies(64, "b"))).build();
            case METRIC_VALUE: {
                AtLeastRule r = first(rubric, AtLeastRule.class);
                return MetricValue.builder().id(id).unitId(t.id()).key(r.metric()).period(YEAR).source(source).author(author)
                        .authorUnitId(au).recordedAt(NOW).value(BigDecimal.valueOf(3)).unit(r.unit()).build();
            }
            case INCIDENT: {
                String category = hasRule(rubric, NoIncidentRule.class) ? first(rubric, NoIncidentRule.class).incidentCategory()
                        : plan.vetoRules().get(0).incidentCategory();
                return Incident.builder().id(id).unitId(t.id()).key(category).period(YEAR).source(source).author(author)
                        .authorUnitId(au).recordedAt(NOW).date(LocalDate.of(2015, 5, 1)).severity(IncidentSeverity.GENERAL)
                        .description("事件").build();
            }
            case CHECKLIST_TICK:
                return ChecklistTick.builder().id(id).unitId(t.id()).key(leafWith(rubric, ChecklistRule.class).id()).period(YEAR)
                        .source(source).author(author).authorUnitId(au).recordedAt(NOW).requirement(1).met(true).build();
            case JUDGEMENT: {
                Criterion c = leafWith(rubric, JudgementRule.class);
                return Judgement.builder().id(id).unitId(t.id()).key(c.id()).period(YEAR).source(source).author(author)
                        .authorUnitId(au).recordedAt(NOW).level(first(c.rule().get(), JudgementRule.class).levels().get(0).name()).build();
            }
            case PUBLIC_RATING:
                return PublicRating.builder().id(id).unitId(t.id()).key(anyLeaf(rubric).id()).period(YEAR).source(source).author(author)
                        .authorUnitId(au).recordedAt(NOW).respondents(10).satisfied(8).build();
            case DEDUCTION:
                return Deduction.builder().id(id).unitId(t.id()).key(anyLeaf(rubric).id()).period(YEAR).source(source).author(author)
                        .authorUnitId(au).recordedAt(NOW).points(Points.parse("0.5")).reason("抽查发现").build();
            case ADJUSTMENT:
                return Adjustment.builder().id(id).unitId(t.id()).key(plan.adjustments().get(0).category()).period(YEAR).source(source)
                        .author(author).authorUnitId(au).recordedAt(NOW).points(Points.of(1)).reason("表彰").build();
            case NOT_APPLICABLE:
                return NotApplicableMark.builder().id(id).unitId(t.id()).key(anyLeaf(rubric).id()).period(YEAR).source(source)
                        .author(author).authorUnitId(au).recordedAt(NOW).reason("不适用").build();
            case SCORE_OVERRIDE:
                return ScoreOverride.builder().id(id).unitId(t.id()).key(anyLeaf(rubric).id()).period(YEAR).source(source)
                        .author(author).authorUnitId(au).recordedAt(NOW).newPoints(Points.ZERO).reason("复核").build();
            default:
                throw new AssertionError(f);
        }
    }

    private static boolean hasRule(Rubric r, Class<? extends Rule> type) {
        for (Criterion c : r.leaves()) {
            if (c.rule().isPresent() && first(c.rule().get(), type) != null) {
                return true;
            }
        }
        return false;
    }

    private static Criterion anyLeaf(Rubric r) {
        return r.leaves().get(0);
    }

    private static Criterion leafWith(Rubric r, Class<? extends Rule> type) {
        for (Criterion c : r.leaves()) {
            if (c.rule().isPresent() && first(c.rule().get(), type) != null) {
                return c;
            }
        }
        throw new AssertionError("rubric " + r.id() + " has no leaf with " + type.getSimpleName());
    }

    private static <R extends Rule> R first(Rubric r, Class<R> type) {
        for (Criterion c : r.leaves()) {
            if (c.rule().isPresent() && first(c.rule().get(), type) != null) {
                return first(c.rule().get(), type);
            }
        }
        throw new AssertionError("rubric " + r.id() + " has no " + type.getSimpleName());
    }

    private static <R extends Rule> R first(Rule rule, Class<R> type) {
        if (type.isInstance(rule)) {
            return type.cast(rule);
        }
        if (rule instanceof CompositeRule) {
            for (Rule c : ((CompositeRule) rule).conditions()) {
                R r = first(c, type);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }
}
