package org.kaoping.core.evidence;

import java.util.Optional;

/**
 * The text a built evidence value's {@code toString} gives ({@code Judgement{id=…, unitId=…, …}}: the attributes in
 * declaration order, an absent optional left out), made from the accessors of any evidence of the SDK's own kinds
 * without building the value: the evidence columns' views answer it, and the lifecycle hashes it for every stored
 * record at 公示 and at the final result, where copying each view into a built value first was most of the cost.
 */
final class ValueText {
    private ValueText() {}

    static String of(Evidence e) {
        StringBuilder b = new StringBuilder(256);
        b.append(name(e.kind())).append('{');
        b.append("id=").append(e.id());
        b.append(", unitId=").append(e.unitId());
        b.append(", key=").append(e.key());
        b.append(", period=").append(e.period());
        b.append(", source=").append(e.source());
        optional(b, "step", e.step());
        b.append(", author=").append(e.author());
        optional(b, "authorUnitId", e.authorUnitId());
        b.append(", recordedAt=").append(org.kaoping.core.internal.InstantText.of(e.recordedAt()));
        e.accept(new Fields(b));
        return b.append('}').toString();
    }

    private static void optional(StringBuilder b, String name, Optional<?> value) {
        if (value.isPresent()) {
            b.append(", ").append(name).append('=').append(value.get());
        }
    }

    /** The simple name of the kind's abstract type, which the built value's text starts with. */
    private static String name(EvidenceKind kind) {
        switch (kind) {
            case DOCUMENT:
                return "DocumentRef";
            case METRIC_VALUE:
                return "MetricValue";
            case INCIDENT:
                return "Incident";
            case CHECKLIST_TICK:
                return "ChecklistTick";
            case JUDGEMENT:
                return "Judgement";
            case PUBLIC_RATING:
                return "PublicRating";
            case SELF_REPORT:
                return "SelfReport";
            case DEDUCTION:
                return "Deduction";
            case ADJUSTMENT:
                return "Adjustment";
            case NOT_APPLICABLE:
                return "NotApplicableMark";
            case SCORE_OVERRIDE:
                return "ScoreOverride";
            default:
                throw new IllegalArgumentException("no evidence type of kind " + kind);
        }
    }

    /** Each kind's own attributes, in the order its built value writes them. */
    private static final class Fields implements EvidenceVisitor<Void> {
        private final StringBuilder b;

        Fields(StringBuilder b) {
            this.b = b;
        }

        @Override
        public Void visitDocument(DocumentRef d) {
            b.append(", title=").append(d.title()).append(", media=").append(d.media()).append(", uri=").append(d.uri())
                    .append(", sha256=").append(d.sha256());
            optional(b, "mediaType", d.mediaType());
            return null;
        }

        @Override
        public Void visitMetricValue(MetricValue m) {
            b.append(", value=").append(m.value()).append(", unit=").append(m.unit());
            optional(b, "outOf", m.outOf());
            return null;
        }

        @Override
        public Void visitIncident(Incident i) {
            b.append(", date=").append(i.date()).append(", severity=").append(i.severity()).append(", description=").append(i.description());
            return null;
        }

        @Override
        public Void visitChecklistTick(ChecklistTick t) {
            b.append(", requirement=").append(t.requirement()).append(", met=").append(t.met()).append(", documentIds=")
                    .append(t.documentIds());
            return null;
        }

        @Override
        public Void visitJudgement(Judgement j) {
            b.append(", level=").append(j.level());
            optional(b, "comment", j.comment());
            return null;
        }

        @Override
        public Void visitPublicRating(PublicRating r) {
            b.append(", respondents=").append(r.respondents()).append(", satisfied=").append(r.satisfied());
            optional(b, "score", r.score());
            optional(b, "maxScore", r.maxScore());
            return null;
        }

        @Override
        public Void visitSelfReport(SelfReport s) {
            b.append(", type=").append(s.type()).append(", topics=").append(s.topics()).append(", documentIds=").append(s.documentIds())
                    .append(", sections=").append(s.sections());
            return null;
        }

        @Override
        public Void visitDeduction(Deduction d) {
            b.append(", points=").append(d.points()).append(", reason=").append(d.reason());
            return null;
        }

        @Override
        public Void visitAdjustment(Adjustment a) {
            b.append(", points=").append(a.points()).append(", reason=").append(a.reason());
            return null;
        }

        @Override
        public Void visitNotApplicable(NotApplicableMark n) {
            b.append(", reason=").append(n.reason());
            return null;
        }

        @Override
        public Void visitScoreOverride(ScoreOverride o) {
            b.append(", newPoints=").append(o.newPoints()).append(", reason=").append(o.reason());
            return null;
        }
    }
}
