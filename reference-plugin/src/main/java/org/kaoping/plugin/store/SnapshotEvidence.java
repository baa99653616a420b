package org.kaoping.plugin.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.plugin.json.EvidenceJson;

/**
 * How the snapshot writes one piece of evidence: judgements (by far the most numerous kind) as binary fields with
 * a string table shared across the snapshot (units, keys, authors, levels: written once, read back as one shared
 * {@code String}), every other kind as its {@link EvidenceJson} text. Reading a judgement goes through its builder,
 * so it is validated as any other value is.
 */
final class SnapshotEvidence {
    private static final byte JSON = 0;
    private static final byte JUDGEMENT = 1;
    private static final int ABSENT = -1;
    private static final int NEW = -2;

    /** The writer's side: strings already written, by their index. */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Evidence e) throws IOException {
            Judgement j = e.accept(JUDGEMENT_ONLY);
            if (j == null) {
                out.writeByte(JSON);
                String json = EvidenceText.encode(e); // the codec's text without Jackson, for the built classes (issue 14)
                text(out, json != null ? json : EvidenceJson.toJson(e));
                return;
            }
            out.writeByte(JUDGEMENT);
            text(out, j.id()); // unique: not worth a table entry
            shared(j.unitId());
            shared(j.key());
            out.writeInt(j.period().year());
            out.writeByte(j.period().month());
            shared(j.source().name());
            shared(j.step().isPresent() ? j.step().get().name() : null);
            shared(j.author());
            shared(j.authorUnitId().orElse(null));
            out.writeLong(j.recordedAt().getEpochSecond());
            out.writeInt(j.recordedAt().getNano());
            shared(j.level());
            shared(j.comment().orElse(null));
        }

        private void shared(String s) throws IOException {
            if (s == null) {
                out.writeInt(ABSENT);
                return;
            }
            Integer index = strings.get(s);
            if (index != null) {
                out.writeInt(index);
                return;
            }
            strings.put(s, strings.size());
            out.writeInt(NEW);
            text(out, s);
        }
    }

    /** The reader's side: the string table, and periods and instants shared as the strings are. */
    static final class Reader {
        private final SnapshotInput in;
        private final long limit;
        private final String source;
        private final List<String> strings = new ArrayList<>();
        private final Map<Integer, ReportingPeriod> periods = new HashMap<>();
        private Instant lastInstant;

        Reader(SnapshotInput in, long limit, String source) {
            this.in = in;
            this.limit = limit;
            this.source = source;
        }

        Evidence read(int n) throws IOException {
            byte tag = in.readByte();
            if (tag == JSON) {
                return EvidenceJson.parse(text(in, limit), source + " evidence " + n);
            }
            if (tag != JUDGEMENT) {
                throw new IOException("evidence " + n + " has an unknown tag " + tag);
            }
            String id = text(in, limit);
            String unitId = shared();
            String key = shared();
            int year = in.readInt();
            int month = in.readByte();
            String sourceKind = shared();
            String step = shared();
            String author = shared();
            String authorUnitId = shared();
            long seconds = in.readLong();
            int nanos = in.readInt();
            String level = shared();
            String comment = shared();
            Integer periodKey = year * 16 + month;
            ReportingPeriod period = periods.get(periodKey);
            if (period == null) {
                period = month == 0 ? ReportingPeriod.year(year) : ReportingPeriod.month(year, month);
                periods.put(periodKey, period);
            }
            Instant at = lastInstant != null && lastInstant.getEpochSecond() == seconds && lastInstant.getNano() == nanos
                    ? lastInstant : Instant.ofEpochSecond(seconds, nanos);
            lastInstant = at;
            return Judgement.builder().id(id).unitId(unitId).key(key).period(period)
                    .source(SourceKind.valueOf(sourceKind)).step(step == null ? Optional.<ReviewStep>empty()
                            : Optional.of(ReviewStep.valueOf(step)))
                    .author(author).authorUnitId(Optional.ofNullable(authorUnitId)).recordedAt(at).level(level)
                    .comment(Optional.ofNullable(comment)).build();
        }

        private String shared() throws IOException {
            int index = in.readInt();
            if (index == ABSENT) {
                return null;
            }
            if (index == NEW) {
                String s = text(in, limit);
                strings.add(s);
                return s;
            }
            if (index < 0 || index >= strings.size()) {
                throw new IOException("string index " + index + " outside the table of " + strings.size());
            }
            return strings.get(index);
        }
    }

    static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(SnapshotInput in, long limit) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > limit) {
            throw new IOException("implausible text length " + n);
        }
        return in.readUtf8(n);
    }

    /** The judgement itself, or null for any other kind. */
    private static final EvidenceVisitor<Judgement> JUDGEMENT_ONLY = new EvidenceVisitor<Judgement>() {
        @Override
        public Judgement visitDocument(DocumentRef document) {
            return null;
        }

        @Override
        public Judgement visitMetricValue(MetricValue metric) {
            return null;
        }

        @Override
        public Judgement visitIncident(Incident incident) {
            return null;
        }

        @Override
        public Judgement visitChecklistTick(ChecklistTick tick) {
            return null;
        }

        @Override
        public Judgement visitJudgement(Judgement judgement) {
            return judgement;
        }

        @Override
        public Judgement visitPublicRating(PublicRating rating) {
            return null;
        }

        @Override
        public Judgement visitSelfReport(SelfReport report) {
            return null;
        }

        @Override
        public Judgement visitDeduction(Deduction deduction) {
            return null;
        }

        @Override
        public Judgement visitAdjustment(Adjustment adjustment) {
            return null;
        }

        @Override
        public Judgement visitNotApplicable(NotApplicableMark mark) {
            return null;
        }

        @Override
        public Judgement visitScoreOverride(ScoreOverride override) {
            return null;
        }
    };

    private SnapshotEvidence() {}
}
