package org.kaoping.plugin.plan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.KaopingException;
import org.kaoping.core.api.API;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.plan.TieBreak;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.validation.RubricValidator;
import org.kaoping.core.validation.ValidationReport;
import org.kaoping.plugin.json.PlanFormatException;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.spi.RubricRegistry;

/**
 * Resolves a {@link PlanDocument} against the rubrics it names: finds each rubric (in a registry, or as a rubric
 * file relative to the plan file), validates it, checks that it applies to its kind and has the criterion the
 * self-report deductions go to, that every criterion a blend or tie-break names exists, and builds the core
 * {@link AssessmentPlan} and the obligation effects. Every problem is a {@link PlanFormatException} located where
 * the plan declares the thing at fault. Stateless.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PlanResolver {
    private PlanResolver() {}

    /**
     * @param registry where rubric ids are looked up
     * @param baseDirectory the plan file's directory, against which rubric files resolve; null for the working directory
     * @throws PlanFormatException naming where in the plan the problem is
     * @throws org.kaoping.plugin.json.RubricFormatException if a rubric file named by the plan is not valid rubric JSON
     */
    public static ResolvedPlan resolve(PlanDocument doc, RubricRegistry registry, Path baseDirectory) {
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        Map<String, RubricChoice> byRubricId = new LinkedHashMap<>();
        Map<String, List<ObligationEffect>> effects = new LinkedHashMap<>();
        for (RubricChoice c : doc.rubrics()) {
            Rubric r = rubric(c, registry, baseDirectory);
            ValidationReport report = RubricValidator.validate(r);
            if (report.hasErrors()) {
                throw PlanFormatException.at(c.location(), "rubric [" + r.id() + "] has errors and cannot be used for scoring: " + report.summary());
            }
            if (!r.appliesTo().isEmpty() && !r.isApplicableTo(c.kind())) {
                throw PlanFormatException.at(c.location(), "rubric [" + r.id() + "] applies to " + kinds(r) + ", not to " + c.kind().chineseName());
            }
            RubricChoice earlier = byRubricId.get(r.id());
            if (earlier != null && !earlier.selfReportCriterion().equals(c.selfReportCriterion())) {
                throw PlanFormatException.at(c.location(), "rubric [" + r.id() + "] is also chosen for " + earlier.kind().chineseName()
                        + " with selfReportCriterion " + earlier.selfReportCriterion().orElse("(none)") + "; one rubric takes one criterion");
            }
            if (c.selfReportCriterion().isPresent()) {
                String criterion = c.selfReportCriterion().get();
                if (!r.findCriterion(criterion).isPresent()) {
                    throw PlanFormatException.at(doc.findLocation(c.location().path() + ".selfReportCriterion").orElse(c.location().child("selfReportCriterion")),
                            "rubric [" + r.id() + "] has no criterion [" + criterion + "] to deduct late and missing self-reports from");
                }
                if (earlier == null) {
                    List<ObligationEffect> list = new ArrayList<>();
                    list.add(ObligationEffect.of(SelfReport.Type.MONTHLY, criterion, doc.monthlyLate(), doc.monthlyMissing()));
                    list.add(ObligationEffect.of(SelfReport.Type.ANNUAL, criterion, doc.annualLate(), doc.annualMissing()));
                    effects.put(r.id(), list);
                }
            }
            byRubricId.put(r.id(), c);
            rubrics.put(c.kind(), r);
        }
        for (String criterion : doc.criterionBlends().keySet()) {
            if (!inAny(rubrics, criterion)) {
                throw PlanFormatException.at(doc.locationOf("blend:" + criterion), "criterion [" + criterion
                        + "] is in none of the plan's rubrics (" + ids(rubrics) + "), so its blend would never apply");
            }
        }
        for (int i = 0; i < doc.tieBreaks().size(); i++) {
            TieBreak t = doc.tieBreaks().get(i);
            if (t.kind() == TieBreak.Kind.HIGHER_ON_CRITERION && !inAny(rubrics, t.criterionId())) {
                throw PlanFormatException.at(doc.locationOf("tieBreak:" + i), "criterion [" + t.criterionId()
                        + "] is in none of the plan's rubrics (" + ids(rubrics) + ")");
            }
        }
        AssessmentPlan plan;
        try {
            plan = AssessmentPlan.builder().id(doc.id()).year(doc.year()).rubrics(rubrics).blend(doc.blend())
                    .criterionBlends(doc.criterionBlends()).raters(doc.raters()).adjustments(doc.adjustments()).bonusCap(doc.bonusCap())
                    .penaltyCap(doc.penaltyCap()).vetoRules(doc.vetoRules()).review(doc.review()).gradeBands(doc.gradeBands()).quotas(doc.quotas())
                    .tieBreaks(doc.tieBreaks()).leafScale(doc.leafScale()).totalScale(doc.totalScale())
                    .noticePeriod(doc.noticePeriod())
                    .rectification(doc.rectification()).commendation(doc.commendation()).appraisal(doc.appraisal()).build();
        } catch (IllegalArgumentException | KaopingException e) {
            throw PlanFormatException.at(doc.locationOf("$"), e.getMessage());
        }
        Instant asOf = doc.judgedAt().isPresent() ? doc.judgedAt().get().atZone(doc.cycle().zone()).toInstant() : doc.cycle().annualDeadline();
        return new ResolvedPlan(doc, plan, effects, asOf, java.util.Collections.<String>emptyList());
    }

    /**
     * The resolved plan scoring only by {@code only}: for each kind {@code only} applies to, in place of the plan's rubric
     * for that kind, with the plan's self-report criterion for the kind (so an office rubric keeps the deductions);
     * kinds it does not apply to are left out. A kind the plan has no rubric for is scored without self-report
     * deductions, and {@link ResolvedPlan#warnings()} says so.
     *
     * @throws PlanFormatException if {@code only} lacks the criterion the plan deducts self-reports from for a kind
     * @throws org.kaoping.core.ConfigurationException if {@code only} applies to no kind of unit
     */
    public static ResolvedPlan restrict(ResolvedPlan resolved, Rubric only) {
        PlanDocument doc = resolved.document();
        Map<OrgKind, Rubric> rubrics = new EnumMap<>(OrgKind.class);
        Map<String, List<ObligationEffect>> effects = new LinkedHashMap<>();
        List<RubricChoice> choices = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (OrgKind k : only.appliesTo()) {
            Optional<RubricChoice> c = doc.rubricFor(k);
            RubricChoice choice;
            if (c.isPresent()) {
                choice = c.get().withRubricId(only.id());
            } else {
                warnings.add("plan [" + doc.id() + "] has no rubric for " + k.chineseName() + ", so no criterion for self-report deductions; rubric ["
                        + only.id() + "] scores those units without them");
                choice = RubricChoice.byId(k, only.id(), null, doc.locationOf("$.rubrics"));
            }
            if (choice.selfReportCriterion().isPresent() && !effects.containsKey(only.id())) {
                String criterion = choice.selfReportCriterion().get();
                if (!only.findCriterion(criterion).isPresent()) {
                    throw PlanFormatException.at(doc.findLocation(choice.location().path() + ".selfReportCriterion")
                            .orElse(choice.location().child("selfReportCriterion")), "rubric [" + only.id() + "], chosen in place of the plan's for "
                            + k.chineseName() + ", has no criterion [" + criterion + "] to deduct late and missing self-reports from");
                }
                List<ObligationEffect> list = new ArrayList<>();
                list.add(ObligationEffect.of(SelfReport.Type.MONTHLY, criterion, doc.monthlyLate(), doc.monthlyMissing()));
                list.add(ObligationEffect.of(SelfReport.Type.ANNUAL, criterion, doc.annualLate(), doc.annualMissing()));
                effects.put(only.id(), list);
            }
            choices.add(choice);
            rubrics.put(k, only);
        }
        if (rubrics.isEmpty()) {
            throw new ConfigurationException("Rubric [" + only.id() + "] applies to no kind of unit, so it scores nobody");
        }
        AssessmentPlan plan = AssessmentPlan.builder().from(resolved.plan()).rubrics(rubrics).build();
        return new ResolvedPlan(doc.toBuilder().rubrics(choices).build(), plan, effects, resolved.asOf(), warnings);
    }

    private static Rubric rubric(RubricChoice c, RubricRegistry registry, Path base) {
        if (c.rubricId().isPresent()) {
            Optional<Rubric> r = registry.find(c.rubricId().get());
            if (!r.isPresent()) {
                throw PlanFormatException.at(c.location().child("rubric"), "unknown rubric [" + c.rubricId().get() + "]; known: "
                        + registry.rubricIds() + " (rubric files of a folder are offered with --rubrics DIR)");
            }
            return r.get();
        }
        Path file = base == null ? java.nio.file.Paths.get(c.file().get()) : base.resolve(c.file().get());
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw PlanFormatException.at(c.location().child("file"), "rubric file " + file + " does not exist (a file is read relative to the plan file)");
        }
        return RubricJson.read(file);
    }

    private static boolean inAny(Map<OrgKind, Rubric> rubrics, String criterion) {
        for (Rubric r : rubrics.values()) {
            if (r.findCriterion(criterion).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String ids(Map<OrgKind, Rubric> rubrics) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Rubric r : rubrics.values()) {
            ids.add(r.id());
        }
        return String.join(", ", ids);
    }

    private static String kinds(Rubric r) {
        List<String> out = new ArrayList<>();
        for (OrgKind k : r.appliesTo()) {
            out.add(k.chineseName());
        }
        return String.join("、", out);
    }
}
