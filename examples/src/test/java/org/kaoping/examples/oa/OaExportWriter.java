package org.kaoping.examples.oa;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;

/** Writes evidence as one OA export run, the way the OA would, so that tests can read it back. */
final class OaExportWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final String[] SEVERITIES = {"一般", "较大", "重大", "特别重大"};
    private static final String[] MEDIA = {"文字", "图片", "音频", "视频"};

    private OaExportWriter() {}

    /** Writes the metric values, incidents, documents and judgements of {@code evidence} as run {@code run}. */
    static void write(Path dir, String run, List<Evidence> evidence) {
        List<String> metrics = lines("记录编号,单位编码,指标,期间,来源,数值,单位,填报人,填报时间,基数,环节");
        List<String> incidents = lines("记录编号,单位编码,类别,发生日期,等级,描述,来源,填报人,填报时间,期间");
        List<String> documents = lines("记录编号,单位编码,考评项,期间,标题,类型,地址,SHA256,来源,填报人,填报时间,文件格式,环节");
        List<String> judgements = lines("记录编号,单位编码,考评项,期间,等次,评委,评分时间,评委单位,意见,环节");
        for (Evidence e : evidence) {
            String step = e.step().isPresent() ? e.step().get().chineseName() : "";
            switch (e.kind()) {
                case METRIC_VALUE: {
                    MetricValue m = (MetricValue) e;
                    metrics.add(row(m.id(), m.unitId(), m.key(), m.period().toString(), m.source().chineseName(),
                            m.value().toPlainString(), m.unit(), m.author(), time(e),
                            m.outOf().isPresent() ? m.outOf().get().toPlainString() : "", step));
                    break;
                }
                case INCIDENT: {
                    Incident i = (Incident) e;
                    incidents.add(row(i.id(), i.unitId(), i.key(), i.date().toString(), SEVERITIES[i.severity().ordinal()],
                            i.description(), i.source().chineseName(), i.author(), time(e), i.period().toString()));
                    break;
                }
                case DOCUMENT: {
                    DocumentRef d = (DocumentRef) e;
                    documents.add(row(d.id(), d.unitId(), d.key(), d.period().toString(), d.title(), MEDIA[d.media().ordinal()],
                            d.uri(), d.sha256(), d.source().chineseName(), d.author(), time(e), d.mediaType().orElse(""), step));
                    break;
                }
                case JUDGEMENT: {
                    Judgement j = (Judgement) e;
                    judgements.add(row(j.id(), j.unitId(), j.key(), j.period().toString(), j.level(), j.author(), time(e),
                            j.authorUnitId().orElse(""), j.comment().orElse(""), step));
                    break;
                }
                default:
                    throw new IllegalArgumentException("the OA export holds no " + e.kind() + ": " + e.id());
            }
        }
        OaFixtures.write(dir.resolve(run + "-metrics.csv"), metrics.toArray(new String[0]));
        OaFixtures.write(dir.resolve(run + "-incidents.csv"), incidents.toArray(new String[0]));
        OaFixtures.write(dir.resolve(run + "-documents.csv"), documents.toArray(new String[0]));
        OaFixtures.write(dir.resolve(run + "-judgements.csv"), judgements.toArray(new String[0]));
    }

    private static List<String> lines(String header) {
        List<String> out = new ArrayList<>();
        out.add(header);
        return out;
    }

    private static String time(Evidence e) {
        return TIME.format(e.recordedAt().atOffset(OaExport.ZONE));
    }

    /** A CSV row, quoting fields that hold a comma, a quote or a line break. */
    static String row(String... fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i > 0) {
                s.append(',');
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                s.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                s.append(f);
            }
        }
        return s.toString();
    }
}
