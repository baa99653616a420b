package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaoping.core.evidence.Adjustment;
import org.kaoping.core.evidence.ChecklistTick;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceVisitor;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.NotApplicableMark;
import org.kaoping.core.evidence.PublicRating;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.points.Points;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

/** Writes evidence, scorecard records and audit events through a Jackson generator; see {@link EvidenceJson}. */
final class EvidenceWriter {
    private final JsonGenerator g;

    EvidenceWriter(JsonGenerator g) {
        this.g = g;
    }

    void evidence(Evidence e) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", JsonNames.of(e.kind()));
        g.writeStringField("id", e.id());
        g.writeStringField("unitId", e.unitId());
        g.writeStringField("key", e.key());
        g.writeStringField("period", e.period().toString());
        g.writeStringField("source", JsonNames.of(e.source()));
        if (e.step().isPresent()) {
            g.writeStringField("step", JsonNames.of(e.step().get()));
        }
        g.writeStringField("author", e.author());
        optional("authorUnitId", e.authorUnitId());
        g.writeStringField("recordedAt", org.kaoping.core.internal.InstantText.of(e.recordedAt()));
        try {
            e.accept(new KindFields());
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
        g.writeEndObject();
    }

    /** The fields only one evidence kind has; an {@link IOException} of the generator travels out unchecked. */
    private final class KindFields implements EvidenceVisitor<Void> {
        @Override
        public Void visitDocument(DocumentRef d) {
            try {
                g.writeStringField("title", d.title());
                g.writeStringField("media", JsonNames.of(d.media()));
                g.writeStringField("uri", d.uri());
                g.writeStringField("sha256", d.sha256());
                optional("mediaType", d.mediaType());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitMetricValue(MetricValue m) {
            try {
                decimal("value", m.value());
                g.writeStringField("unit", m.unit());
                if (m.outOf().isPresent()) {
                    decimal("outOf", m.outOf().get());
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitIncident(Incident i) {
            try {
                g.writeStringField("date", i.date().toString());
                g.writeStringField("severity", JsonNames.of(i.severity()));
                g.writeStringField("description", i.description());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitChecklistTick(ChecklistTick t) {
            try {
                g.writeNumberField("requirement", t.requirement());
                g.writeBooleanField("met", t.met());
                strings("documentIds", t.documentIds());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitJudgement(Judgement j) {
            try {
                g.writeStringField("level", j.level());
                optional("comment", j.comment());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitPublicRating(PublicRating r) {
            try {
                if (r.score().isPresent()) {
                    points("score", r.score().get());
                    points("maxScore", r.maxScore().get());
                } else {
                    g.writeNumberField("respondents", r.respondents());
                    g.writeNumberField("satisfied", r.satisfied());
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitSelfReport(SelfReport s) {
            try {
                g.writeStringField("type", JsonNames.of(s.type()));
                strings("topics", s.topics());
                strings("documentIds", s.documentIds());
                if (!s.sections().isEmpty()) { // issue 17: the report's content by section
                    g.writeObjectFieldStart("sections");
                    for (Map.Entry<String, String> sec : s.sections().entrySet()) {
                        g.writeStringField(sec.getKey(), sec.getValue());
                    }
                    g.writeEndObject();
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitDeduction(Deduction d) {
            try {
                points("points", d.points());
                g.writeStringField("reason", d.reason());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitAdjustment(Adjustment a) {
            try {
                points("points", a.points());
                g.writeStringField("reason", a.reason());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitNotApplicable(NotApplicableMark e) {
            try {
                g.writeStringField("reason", e.reason());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }

        @Override
        public Void visitScoreOverride(ScoreOverride o) {
            try {
                points("newPoints", o.newPoints());
                g.writeStringField("reason", o.reason());
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            return null;
        }
    }

    void scorecard(ScorecardRecord r) throws IOException {
        g.writeStartObject();
        g.writeStringField("planId", r.planId());
        g.writeStringField("unitId", r.unitId());
        g.writeStringField("rubricId", r.rubricId());
        if (!r.rubricVersion().isEmpty()) {
            // written only when known, so that a record stored before versions were recorded encodes as it did
            g.writeStringField("rubricVersion", r.rubricVersion());
        }
        points("total", r.total());
        g.writeStringField("grade", r.grade());
        g.writeBooleanField("complete", r.complete());
        g.writeBooleanField("commendable", r.commendable());
        g.writeObjectFieldStart("sectionTotals");
        for (Map.Entry<String, Points> s : r.sectionTotals().entrySet()) {
            points(s.getKey(), s.getValue());
        }
        g.writeEndObject();
        g.writeStringField("computedAt", r.computedAt().toString());
        g.writeNumberField("version", r.version());
        g.writeEndObject();
    }

    void audit(AuditEvent a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("sequence", a.sequence());
        g.writeStringField("at", org.kaoping.core.internal.InstantText.of(a.at()));
        g.writeStringField("actor", a.actor());
        optional("actorUnitId", a.actorUnitId());
        g.writeStringField("action", JsonNames.of(a.action()));
        optional("unitId", a.unitId());
        optional("subject", a.subject());
        g.writeStringField("detail", a.detail());
        g.writeEndObject();
    }

    private void optional(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Exactly as held, scale included ({@code 3.50} stays {@code 3.50}), so that it reads back equal. */
    private void decimal(String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value.toString());
    }

    /** Plain, without trailing zeros: {@code 2.5}, {@code 100}. */
    private void points(String name, Points value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value.toString());
    }
}
