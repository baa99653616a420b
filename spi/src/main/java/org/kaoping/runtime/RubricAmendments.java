package org.kaoping.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaoping.core.StoreException;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.Rules;
import org.kaoping.spi.AuditEvent;

/**
 * Ad-hoc deployments (临时部署, issue 16): amends the plan's rubrics with a scored task as an audited
 * {@code RUBRIC_AMENDED} event per amended rubric (subject the plan id, detail the fields as
 * {@link RectificationTrail#encode}), from which {@link #inForce} rebuilds the amended plan when a runtime is built.
 * The task is a new top-level criterion with its own points and the rubric's maximum rises by them (rather than taking
 * points from an existing item, which would change what units already scored against); the version gains the suffix
 * {@code +临时部署-N}. The rule is the office's judgement or done-by-the-deadline ({@code rule=} in the detail; events
 * without it are judgements). Refused once the cycle's results are published for notice (公示) or final.
 */
final class RubricAmendments {
    private static final String RECORD = "rubric amendment";
    static final String SUFFIX = "+临时部署-";

    private final AuditTrail audit;
    private final String cityOfficeId;
    private final Optional<String> assessingOffice;
    /** The plan as amended so far, by this runtime or the runs before it. */
    private AssessmentPlan current;

    RubricAmendments(AssessmentPlan plan, AuditTrail audit, String cityOfficeId, Optional<String> assessingOffice) {
        this.current = plan;
        this.audit = audit;
        this.cityOfficeId = cityOfficeId;
        this.assessingOffice = assessingOffice;
    }

    /** The plan with every amendment recorded for it in {@code events} applied, in order. */
    static AssessmentPlan inForce(AssessmentPlan plan, List<AuditEvent> events) {
        AssessmentPlan p = plan;
        for (AuditEvent e : events) {
            if (e.action() != AuditEvent.Action.RUBRIC_AMENDED || !plan.id().equals(e.subject().orElse(null))) {
                continue;
            }
            Map<String, String> f;
            try {
                f = RectificationTrail.decode(e.detail());
                String rubricId = field(e, f, "rubric");
                Rubric r = rubricById(p, rubricId);
                if (r == null) {
                    throw malformed(e, "plan [" + plan.id() + "] has no rubric [" + rubricId + "]");
                }
                Rubric amended = amend(r, field(e, f, "title"), Points.parse(field(e, f, "points")),
                        LocalDate.parse(field(e, f, "deadline")), scoring(f.get("rule")));
                if (!amended.version().equals(field(e, f, "version"))) {
                    throw malformed(e, "it records version [" + f.get("version") + "] but replaying it gives [" + amended.version() + "]");
                }
                p = replace(p, r, amended);
            } catch (IllegalArgumentException | java.time.DateTimeException x) {
                throw malformed(e, x.getMessage());
            }
        }
        return p;
    }

    /** Amends the current plan, audits each amended rubric; returns the plan now in force and the amended rubrics. */
    synchronized List<Rubric> amend(String actor, String actorUnitId, RubricAmendment amendment, CycleState state) {
        String plan = current.id();
        if (state == CycleState.NOTICE || state == CycleState.FINAL) {
            throw refuse(actor, actorUnitId, "the cycle's results are " + (state == CycleState.NOTICE ? "published for notice (公示)"
                    : "final") + "; an ad-hoc deployment may only be added while the cycle is collecting or scored");
        }
        if (!actorUnitId.equals(cityOfficeId) && !actorUnitId.equals(assessingOffice.orElse(null))) {
            throw refuse(actor, actorUnitId, "only the city office [" + cityOfficeId + "]"
                    + (assessingOffice.isPresent() ? " or the plan's assessing office [" + assessingOffice.get() + "]" : "")
                    + " may add an ad-hoc deployment");
        }
        if (amendment.deadline().getYear() != current.year()) {
            throw refuse(actor, actorUnitId, "the deadline " + amendment.deadline() + " is outside the plan's year " + current.year());
        }
        Map<String, Rubric> targets = new LinkedHashMap<>();
        for (OrgKind k : amendment.kinds()) {
            Rubric r = current.rubrics().get(k);
            if (r == null) {
                throw refuse(actor, actorUnitId, "the plan has no rubric for units of kind " + k);
            }
            targets.put(r.id(), r);
        }
        AssessmentPlan p = current;
        List<Rubric> out = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        for (Rubric r : targets.values()) {
            Rubric amended = amend(r, amendment.title(), amendment.points(), amendment.deadline(), amendment.scoring());
            Map<String, String> f = new LinkedHashMap<>();
            f.put("rubric", r.id());
            f.put("from", r.version());
            f.put("version", amended.version());
            f.put("criterion", last(amended).id());
            f.put("title", amendment.title());
            f.put("points", amendment.points().toString());
            f.put("deadline", amendment.deadline().toString());
            if (amendment.scoring() != RubricAmendment.Scoring.JUDGEMENT) {
                f.put("rule", RULE_DONE_BY_DEADLINE);
            }
            events.add(audit.event(actor, actorUnitId, AuditEvent.Action.RUBRIC_AMENDED, null, plan, RectificationTrail.encode(f)));
            p = replace(p, r, amended);
            out.add(amended);
        }
        audit.auditAll(events);
        current = p;
        return Collections.unmodifiableList(out);
    }

    synchronized AssessmentPlan current() {
        return current;
    }

    /** The rubric plus the task as its next top-level criterion; the maximum rises by the task's points. */
    static Rubric amend(Rubric r, String title, Points points, LocalDate deadline, RubricAmendment.Scoring scoring) {
        int n = 1;
        String base = r.version();
        int at = base.indexOf(SUFFIX);
        if (at >= 0) {
            n = Integer.parseInt(base.substring(base.lastIndexOf(SUFFIX) + SUFFIX.length())) + 1;
            base = base.substring(0, at);
        }
        String id = Integer.toString(r.criteria().size() + 1);
        if (r.findCriterion(id).isPresent()) {
            throw new IllegalArgumentException("rubric [" + r.id() + "] already has a criterion [" + id + "]");
        }
        Criterion task = Criterion.builder().id(id).label("临时部署" + n).text(title + "（截止 " + deadline + "）").points(points)
                .pointsOrigin(PointsOrigin.SOURCE).rule(scoring == RubricAmendment.Scoring.DONE_BY_DEADLINE
                        ? Rules.checklist(Rules.allOrNothing(), "按期完成：" + title + "（截止 " + deadline + "）") : Rules.judgement())
                .build();
        return Rubric.builder().from(r).version(base + SUFFIX + n).points(r.points().plus(points)).addCriteria(task).build();
    }

    static final String RULE_DONE_BY_DEADLINE = "done-by-deadline";

    /** The core scorer of {@code plan} with the wired evaluators of custom rules. */
    static org.kaoping.core.scoring.Scorer scorer(AssessmentPlan plan, List<org.kaoping.spi.RuleEvaluator> evaluators) {
        org.kaoping.core.scoring.Scorer.Builder s = org.kaoping.core.scoring.Scorer.builder(plan);
        for (org.kaoping.spi.RuleEvaluator r : evaluators) {
            s.customRule(r.id(), new EvaluatorAdapter(r));
        }
        return s.build();
    }

    private static RubricAmendment.Scoring scoring(String rule) {
        if (rule == null) {
            return RubricAmendment.Scoring.JUDGEMENT;
        }
        if (rule.equals(RULE_DONE_BY_DEADLINE)) {
            return RubricAmendment.Scoring.DONE_BY_DEADLINE;
        }
        throw new IllegalArgumentException("unknown rule [" + rule + "]; expected " + RULE_DONE_BY_DEADLINE + " or none (judgement)");
    }

    private static Criterion last(Rubric r) {
        return r.criteria().get(r.criteria().size() - 1);
    }

    private static Rubric rubricById(AssessmentPlan p, String rubricId) {
        for (Rubric r : p.rubrics().values()) {
            if (r.id().equals(rubricId)) {
                return r;
            }
        }
        return null;
    }

    private static AssessmentPlan replace(AssessmentPlan p, Rubric old, Rubric amended) {
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        for (Map.Entry<OrgKind, Rubric> e : p.rubrics().entrySet()) {
            rubrics.put(e.getKey(), e.getValue().id().equals(old.id()) ? amended : e.getValue());
        }
        return AssessmentPlan.builder().from(p).rubrics(rubrics).build();
    }

    private RubricAmendmentRefusedException refuse(String actor, String actorUnitId, String reason) {
        RubricAmendmentRefusedException x = new RubricAmendmentRefusedException(current.id(), actorUnitId, reason);
        audit.audit(actor, actorUnitId, AuditEvent.Action.RUBRIC_AMENDMENT_REFUSED, null, current.id(), x.getMessage());
        return x;
    }

    private static String field(AuditEvent e, Map<String, String> f, String key) {
        return RectificationTrail.field(e, f, key, RECORD);
    }

    private static StoreException malformed(AuditEvent e, String why) {
        return RectificationTrail.malformed(e, RECORD, why);
    }
}
