package org.kaoping.plugin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.points.Points;
import org.kaoping.core.rubric.Criterion;
import org.kaoping.core.rubric.Erratum;
import org.kaoping.core.rubric.PointsOrigin;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.core.rule.AtLeastRule;
import org.kaoping.core.rule.ChecklistRule;
import org.kaoping.core.rule.CompositeRule;
import org.kaoping.core.rule.CreditPolicy;
import org.kaoping.core.rule.CustomRule;
import org.kaoping.core.rule.JudgementLevel;
import org.kaoping.core.rule.JudgementRule;
import org.kaoping.core.rule.NoIncidentRule;
import org.kaoping.core.rule.RateAtLeastRule;
import org.kaoping.core.rule.Rule;
import org.kaoping.core.rule.RuleVisitor;
import org.kaoping.core.rule.TrendRule;

/** Writes a rubric as rubric JSON through a Jackson generator; see {@link RubricJson} for the shape. */
final class RubricWriter {
    private final JsonGenerator g;

    RubricWriter(JsonGenerator g) {
        this.g = g;
        g.setPrettyPrinter(new Printer());
    }

    /** Two-space indentation, {@code "key": value}, {@code \n} line ends, and {@code []} for an empty array. */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentArraysWith(indenter);
            indentObjectsWith(indenter);
        }

        private Printer(Printer base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(this);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (!_arrayIndenter.isInline()) {
                --_nesting;
            }
            if (nrOfValues > 0) {
                _arrayIndenter.writeIndentation(g, _nesting);
            }
            g.writeRaw(']');
        }
    }

    void write(Rubric r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("version", r.version());
        g.writeStringField("title", r.title());
        points("points", r.points());
        g.writeArrayFieldStart("appliesTo");
        for (OrgKind k : r.appliesTo()) {
            g.writeString(JsonNames.of(k));
        }
        g.writeEndArray();
        g.writeStringField("source", r.source());
        g.writeArrayFieldStart("criteria");
        for (Criterion c : r.criteria()) {
            criterion(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("errata");
        for (Erratum e : r.errata()) {
            g.writeStartObject();
            g.writeStringField("criterionId", e.criterionId());
            g.writeStringField("sourceSays", e.sourceSays());
            g.writeStringField("used", e.used());
            g.writeStringField("reason", e.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private void criterion(Criterion c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("label", c.label());
        g.writeStringField("title", c.text());
        points("points", c.points());
        if (c.pointsOrigin() != PointsOrigin.SOURCE) {
            g.writeStringField("pointsOrigin", JsonNames.of(c.pointsOrigin()));
        }
        if (c.pointsNote().isPresent()) {
            g.writeStringField("pointsNote", c.pointsNote().get());
        }
        if (!c.tags().isEmpty()) {
            g.writeArrayFieldStart("tags");
            for (String t : c.tags()) {
                g.writeString(t);
            }
            g.writeEndArray();
        }
        if (c.rule().isPresent()) {
            g.writeFieldName("rule");
            rule(c.rule().get());
        }
        g.writeArrayFieldStart("criteria");
        for (Criterion child : c.children()) {
            criterion(child);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Points as a plain JSON number without trailing zeros: {@code 2.5}, {@code 100}. */
    private void points(String field, Points p) throws IOException {
        BigDecimal d = p.toBigDecimal().stripTrailingZeros();
        g.writeFieldName(field);
        g.writeNumber(d.scale() < 0 ? d.setScale(0) : d);
    }

    private void rule(Rule rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", JsonNames.of(rule.kind()));
        try {
            rule.accept(new RuleVisitor<Void>() {
                @Override
                public Void visitJudgement(JudgementRule r) {
                    return io(() -> {
                        g.writeArrayFieldStart("levels");
                        for (JudgementLevel l : r.levels()) {
                            g.writeStartObject();
                            g.writeStringField("name", l.name());
                            g.writeStringField("share", JsonNames.ratio(l.share()));
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    });
                }

                @Override
                public Void visitChecklist(ChecklistRule r) {
                    return io(() -> {
                        g.writeArrayFieldStart("requirements");
                        for (String req : r.requirements()) {
                            g.writeString(req);
                        }
                        g.writeEndArray();
                        policy(r.policy());
                    });
                }

                @Override
                public Void visitAtLeast(AtLeastRule r) {
                    return io(() -> {
                        g.writeStringField("metric", r.metric());
                        g.writeFieldName("minimum");
                        g.writeNumber(r.minimum()); // as is: its scale survives the round trip
                        g.writeStringField("unit", r.unit());
                        g.writeStringField("period", JsonNames.of(r.period()));
                        policy(r.policy());
                    });
                }

                @Override
                public Void visitRateAtLeast(RateAtLeastRule r) {
                    return io(() -> {
                        g.writeStringField("metric", r.metric());
                        g.writeStringField("minimum", JsonNames.ratio(r.minimum()));
                        if (r.targetKey().isPresent()) { // issue 17: the threshold is the higher level's target
                            g.writeStringField("target", r.targetKey().get());
                        }
                        policy(r.policy());
                    });
                }

                @Override
                public Void visitTrend(TrendRule r) {
                    return io(() -> {
                        g.writeStringField("metric", r.metric());
                        g.writeStringField("direction", JsonNames.of(r.direction()));
                        policy(r.policy());
                    });
                }

                @Override
                public Void visitNoIncident(NoIncidentRule r) {
                    return io(() -> {
                        g.writeStringField("incidentCategory", r.incidentCategory());
                        policy(r.policy());
                    });
                }

                @Override
                public Void visitComposite(CompositeRule r) {
                    return io(() -> {
                        g.writeArrayFieldStart("conditions");
                        for (Rule condition : r.conditions()) {
                            rule(condition);
                        }
                        g.writeEndArray();
                        policy(r.policy());
                        g.writeStringField("conditionCredit", JsonNames.of(r.conditionCredit()));
                    });
                }

                @Override
                public Void visitCustom(CustomRule r) {
                    return io(() -> {
                        g.writeStringField("type", r.type());
                        g.writeObjectFieldStart("parameters");
                        for (Map.Entry<String, String> e : r.parameters().entrySet()) {
                            g.writeStringField(e.getKey(), e.getValue());
                        }
                        g.writeEndObject();
                    });
                }

                @Override
                public Void visitRollUp(org.kaoping.core.rule.RollUpRule r) {
                    return io(() -> {
                        g.writeStringField("subordinateKind", JsonNames.of(r.subordinateKind()));
                        g.writeStringField("aggregate", JsonNames.of(r.aggregate()));
                        if (r.grade() != null) {
                            g.writeStringField("grade", r.grade().name());
                        }
                        if (r.minimumShare() != null) {
                            g.writeStringField("minimum", JsonNames.ratio(r.minimumShare()));
                        } else if (r.minimumAverage() != null) {
                            points("minimum", r.minimumAverage());
                        } else {
                            g.writeNumberField("maximum", r.maximumBelow());
                        }
                        policy(r.policy());
                    });
                }
            });
        } catch (Wrapped w) {
            throw w.io;
        }
        g.writeEndObject();
    }

    private void policy(CreditPolicy p) throws IOException {
        g.writeObjectFieldStart("policy");
        g.writeStringField("kind", JsonNames.of(p.kind()));
        if (p.deduction().isPresent()) {
            points("deduction", p.deduction().get());
        }
        g.writeEndObject();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static Void io(IoAction action) {
        try {
            action.run();
            return null;
        } catch (IOException e) {
            throw new Wrapped(e);
        }
    }

    /** Carries an IOException through the visitor, which cannot declare it. */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final IOException io;

        Wrapped(IOException io) {
            super(io);
            this.io = io;
        }
    }
}
