package org.kaoping.core.evidence;

import org.kaoping.core.api.API;

/**
 * Value equality of evidence, by kind and attribute, whatever class holds the values: the SDK's immutable values,
 * a column store's views ({@link EvidenceColumns}) or a host's own subclasses. {@link Evidence#equals(Object)} and
 * {@link Evidence#hashCode()} are defined by it, so that a stored view equals the value it was made from both ways,
 * and duplicate and conflict decisions (same id, equal content) do not depend on how the evidence is held.
 *
 * <p>The attributes compared are those the generated values compared before views existed: every attribute except
 * derived ones ({@link MetricValue#scaledValue()}, {@link MetricValue#scaledOutOf()}); decimals compare as
 * {@link java.math.BigDecimal#equals(Object)} does (so {@code 1.0} and {@code 1.00} differ).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EvidenceValues {
    private EvidenceValues() {}

    /** Whether {@code a} and {@code b} are the same kind of evidence with equal attributes. */
    public static boolean equal(Evidence a, Evidence b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.kind() != b.kind()) {
            return false;
        }
        if (!(a.id().equals(b.id()) && a.unitId().equals(b.unitId()) && a.key().equals(b.key())
                && a.period().equals(b.period()) && a.source() == b.source() && a.step().equals(b.step())
                && a.author().equals(b.author()) && a.authorUnitId().equals(b.authorUnitId())
                && a.recordedAt().equals(b.recordedAt()))) {
            return false;
        }
        return a.accept(new Same(b));
    }

    /** A hash code consistent with {@link #equal}: equal evidence has equal hashes whatever holds it. */
    public static int hash(Evidence e) {
        int h = 5381;
        h += (h << 5) + e.id().hashCode();
        h += (h << 5) + e.unitId().hashCode();
        h += (h << 5) + e.key().hashCode();
        h += (h << 5) + e.period().hashCode();
        h += (h << 5) + e.source().ordinal();
        h += (h << 5) + (e.step().isPresent() ? e.step().get().ordinal() + 1 : 0);
        h += (h << 5) + e.author().hashCode();
        h += (h << 5) + e.authorUnitId().hashCode();
        h += (h << 5) + e.recordedAt().hashCode();
        h += (h << 5) + e.kind().ordinal();
        return h;
    }

    /** Compares the kind's own attributes of the visited evidence with {@code other}'s (same kind, checked before). */
    private static final class Same implements EvidenceVisitor<Boolean> {
        private final Evidence other;

        Same(Evidence other) {
            this.other = other;
        }

        @Override
        public Boolean visitDocument(DocumentRef a) {
            DocumentRef b = (DocumentRef) other;
            return a.title().equals(b.title()) && a.media() == b.media() && a.uri().equals(b.uri())
                    && a.sha256().equals(b.sha256()) && a.mediaType().equals(b.mediaType());
        }

        @Override
        public Boolean visitMetricValue(MetricValue a) {
            MetricValue b = (MetricValue) other;
            return a.value().equals(b.value()) && a.unit().equals(b.unit()) && a.outOf().equals(b.outOf());
        }

        @Override
        public Boolean visitIncident(Incident a) {
            Incident b = (Incident) other;
            return a.date().equals(b.date()) && a.severity() == b.severity() && a.description().equals(b.description());
        }

        @Override
        public Boolean visitChecklistTick(ChecklistTick a) {
            ChecklistTick b = (ChecklistTick) other;
            return a.requirement() == b.requirement() && a.met() == b.met() && a.documentIds().equals(b.documentIds());
        }

        @Override
        public Boolean visitJudgement(Judgement a) {
            Judgement b = (Judgement) other;
            return a.level().equals(b.level()) && a.comment().equals(b.comment());
        }

        @Override
        public Boolean visitPublicRating(PublicRating a) {
            PublicRating b = (PublicRating) other;
            return a.respondents() == b.respondents() && a.satisfied() == b.satisfied() && a.score().equals(b.score())
                    && a.maxScore().equals(b.maxScore());
        }

        @Override
        public Boolean visitSelfReport(SelfReport a) {
            SelfReport b = (SelfReport) other;
            return a.type() == b.type() && a.topics().equals(b.topics()) && a.documentIds().equals(b.documentIds())
                    && a.sections().equals(b.sections());
        }

        @Override
        public Boolean visitDeduction(Deduction a) {
            Deduction b = (Deduction) other;
            return a.points().equals(b.points()) && a.reason().equals(b.reason());
        }

        @Override
        public Boolean visitAdjustment(Adjustment a) {
            Adjustment b = (Adjustment) other;
            return a.points().equals(b.points()) && a.reason().equals(b.reason());
        }

        @Override
        public Boolean visitNotApplicable(NotApplicableMark a) {
            NotApplicableMark b = (NotApplicableMark) other;
            return a.reason().equals(b.reason());
        }

        @Override
        public Boolean visitScoreOverride(ScoreOverride a) {
            ScoreOverride b = (ScoreOverride) other;
            return a.newPoints().equals(b.newPoints()) && a.reason().equals(b.reason());
        }
    }
}
