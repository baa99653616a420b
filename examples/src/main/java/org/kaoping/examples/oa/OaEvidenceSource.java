package org.kaoping.examples.oa;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kaoping.core.evidence.DocumentRef;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Incident;
import org.kaoping.core.evidence.IncidentSeverity;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.support.AbstractEvidenceSource;

/**
 * An {@link EvidenceSource} reading the evidence files of an OA export folder (see {@link OaExport} for
 * the layout): metric values, incidents, documents and panel judgements, in GB18030 CSV with Chinese
 * headers.
 *
 * <table>
 *   <caption>Files and columns (optional columns in brackets)</caption>
 *   <tr><td>{@code <run>-metrics.csv}</td><td>记录编号, 单位编码, 指标, 期间, 来源, 数值, 单位, 填报人, 填报时间,
 *       [基数], [环节]</td></tr>
 *   <tr><td>{@code <run>-incidents.csv}</td><td>记录编号, 单位编码, 类别, 发生日期, 等级, 描述, 来源, 填报人,
 *       填报时间, [期间]</td></tr>
 *   <tr><td>{@code <run>-documents.csv}</td><td>记录编号, 单位编码, 考评项, 期间, 标题, 类型, 地址, SHA256, 来源,
 *       填报人, 填报时间, [文件格式], [环节]</td></tr>
 *   <tr><td>{@code <run>-judgements.csv}</td><td>记录编号, 单位编码, 考评项, 期间, 等次, 评委, 评分时间,
 *       [评委单位], [意见], [环节]</td></tr>
 * </table>
 * 记录编号 is the OA's record id and becomes the evidence id; it must be unique across the folder. 指标 is a
 * metric key and 类别 an incident category as the rubric's rules name them; 考评项 is a criterion id. 来源
 * is a {@link SourceKind}'s Chinese name (自查, 考核小组, 抽查, 群众评分, 业务系统), 环节 a {@link ReviewStep}'s
 * (实地检查 …), 等级 one of 一般, 较大, 重大, 特别重大, 类型 one of 文字, 图片, 音频, 视频. 基数 makes the value a
 * count out of it (a rate).
 *
 * <p>The cursor is the position in the folder's records read in file order ({@link AbstractEvidenceSource}),
 * so a new export run's files are picked up from the last cursor. Every fetch reads the files again;
 * nothing is cached, so the source is stateless and thread-safe. An unreadable file fails the whole fetch
 * with an {@link OaCsvFormatException} naming the file, line and column; nothing of it is returned.
 *
 * <p>Registered by discovery through {@code META-INF/services/org.kaoping.spi.EvidenceSource} with the
 * no-argument constructor, which reads the folder from the system property
 * {@value OaExport#DIRECTORY_PROPERTY}; or wired explicitly with {@link #OaEvidenceSource(Path)}.
 */
public final class OaEvidenceSource extends AbstractEvidenceSource {
    static final String ID = "记录编号";
    static final String UNIT = "单位编码";
    static final String PERIOD = "期间";
    static final String SOURCE = "来源";
    static final String AUTHOR = "填报人";
    static final String RECORDED = "填报时间";
    static final String STEP = "环节";
    static final String METRIC = "指标";
    static final String VALUE = "数值";
    static final String MEASURE = "单位";
    static final String BASE = "基数";
    static final String CATEGORY = "类别";
    static final String DATE = "发生日期";
    static final String SEVERITY = "等级";
    static final String DESCRIPTION = "描述";
    static final String CRITERION = "考评项";
    static final String TITLE = "标题";
    static final String MEDIA = "类型";
    static final String URI = "地址";
    static final String SHA256 = "SHA256";
    static final String MEDIA_TYPE = "文件格式";
    static final String LEVEL = "等次";
    static final String RATER = "评委";
    static final String RATED = "评分时间";
    static final String RATER_UNIT = "评委单位";
    static final String COMMENT = "意见";

    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final String[] SEVERITIES = {"一般", "较大", "重大", "特别重大"};
    private static final String[] MEDIA_NAMES = {"文字", "图片", "音频", "视频"};

    private final Path dir;

    /** The evidence of the export folder named by the system property {@value OaExport#DIRECTORY_PROPERTY}. */
    public OaEvidenceSource() {
        this(OaExport.configuredDirectory());
    }

    /** The evidence of the export folder {@code exportDir}. */
    public OaEvidenceSource(Path exportDir) {
        this.dir = Objects.requireNonNull(exportDir, "exportDir must not be null");
    }

    @Override
    public String id() {
        return "oa-export";
    }

    /** 10: listed before sources of the default priority 0, such as a generic CSV importer, when both are found. */
    @Override
    public int priority() {
        return 10;
    }

    /**
     * Every record of the folder, in file order.
     *
     * @throws OaCsvFormatException naming the file, line and column of the first problem
     */
    @Override
    protected List<Evidence> snapshot() {
        List<Evidence> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : OaExport.evidenceFiles(dir)) {
            String kind = OaExport.kindOf(file);
            CsvTable table = read(file, kind);
            for (CsvTable.Row row : table.rows) {
                Evidence e = evidence(kind, row);
                String here = table.file + " line " + row.line();
                String earlier = seen.put(e.id(), here);
                if (earlier != null) {
                    throw row.error(ID, "record [" + e.id() + "] is already in " + earlier
                            + "; evidence is append-only, so a correction needs a new record id");
                }
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static CsvTable read(Path file, String kind) {
        switch (kind) {
            case "metrics":
                return CsvTable.read(file, ID, UNIT, METRIC, PERIOD, SOURCE, VALUE, MEASURE, AUTHOR, RECORDED);
            case "incidents":
                return CsvTable.read(file, ID, UNIT, CATEGORY, DATE, SEVERITY, DESCRIPTION, SOURCE, AUTHOR, RECORDED);
            case "documents":
                return CsvTable.read(file, ID, UNIT, CRITERION, PERIOD, TITLE, MEDIA, URI, SHA256, SOURCE, AUTHOR, RECORDED);
            default:
                return CsvTable.read(file, ID, UNIT, CRITERION, PERIOD, LEVEL, RATER, RATED);
        }
    }

    private static Evidence evidence(String kind, CsvTable.Row row) {
        try {
            switch (kind) {
                case "metrics":
                    return metric(row);
                case "incidents":
                    return incident(row);
                case "documents":
                    return document(row);
                default:
                    return judgement(row);
            }
        } catch (IllegalArgumentException e) {
            // a value the evidence type refuses that the checks above do not name, e.g. a blank level
            throw row.error(ID, e.getMessage());
        }
    }

    private static MetricValue metric(CsvTable.Row row) {
        BigDecimal value = row.number(VALUE);
        if (value.signum() < 0) {
            throw row.error(VALUE, "[" + value.toPlainString() + "] is negative; a metric value is an amount or a count");
        }
        if (value.stripTrailingZeros().scale() > MetricValue.SCALE) {
            throw row.error(VALUE, "[" + value.toPlainString() + "] has more than " + MetricValue.SCALE + " decimal places");
        }
        MetricValue.Builder b = MetricValue.builder().id(row.text(ID)).unitId(row.text(UNIT))
                .key(row.text(METRIC)).period(row.period(PERIOD)).source(source(row)).author(row.text(AUTHOR))
                .recordedAt(row.time(RECORDED)).value(value).unit(row.text(MEASURE));
        if (row.has(BASE)) {
            BigDecimal base = row.number(BASE);
            if (base.signum() <= 0) {
                throw row.error(BASE, "[" + base.toPlainString() + "] must be positive");
            }
            if (value.compareTo(base) > 0) {
                throw row.error(VALUE, "[" + value.toPlainString() + "] exceeds its base 基数 " + base.toPlainString());
            }
            b.outOf(base);
        }
        if (row.has(STEP)) {
            b.step(step(row));
        }
        return b.build();
    }

    private static Incident incident(CsvTable.Row row) {
        String severity = row.text(SEVERITY);
        int s = indexOf(SEVERITIES, severity);
        if (s < 0) {
            throw row.error(SEVERITY, "unknown severity [" + severity + "]; expected one of 一般, 较大, 重大, 特别重大");
        }
        java.time.LocalDate date = row.date(DATE);
        ReportingPeriod period = row.has(PERIOD) ? row.period(PERIOD) : ReportingPeriod.year(date.getYear());
        return Incident.builder().id(row.text(ID)).unitId(row.text(UNIT)).key(row.text(CATEGORY)).period(period)
                .source(source(row)).author(row.text(AUTHOR)).recordedAt(row.time(RECORDED)).date(date)
                .severity(IncidentSeverity.values()[s]).description(row.text(DESCRIPTION)).build();
    }

    private static DocumentRef document(CsvTable.Row row) {
        String hash = row.text(SHA256);
        if (!HEX64.matcher(hash).matches()) {
            throw row.error(SHA256, "[" + hash + "] is not a SHA-256 digest; expected 64 hexadecimal digits");
        }
        String media = row.text(MEDIA);
        int m = indexOf(MEDIA_NAMES, media);
        if (m < 0) {
            throw row.error(MEDIA, "unknown material type [" + media + "]; expected one of 文字, 图片, 音频, 视频");
        }
        DocumentRef.Builder b = DocumentRef.builder().id(row.text(ID)).unitId(row.text(UNIT))
                .key(row.text(CRITERION)).period(row.period(PERIOD)).source(source(row)).author(row.text(AUTHOR))
                .recordedAt(row.time(RECORDED)).title(row.text(TITLE)).media(DocumentRef.Media.values()[m])
                .uri(row.text(URI)).sha256(hash.toLowerCase(Locale.ROOT));
        if (row.has(MEDIA_TYPE)) {
            b.mediaType(row.text(MEDIA_TYPE));
        }
        if (row.has(STEP)) {
            b.step(step(row));
        }
        return b.build();
    }

    private static Judgement judgement(CsvTable.Row row) {
        Judgement.Builder b = Judgement.builder().id(row.text(ID)).unitId(row.text(UNIT))
                .key(row.text(CRITERION)).period(row.period(PERIOD)).source(SourceKind.PANEL).author(row.text(RATER))
                .recordedAt(row.time(RATED)).level(row.text(LEVEL));
        if (row.has(RATER_UNIT)) {
            b.authorUnitId(row.text(RATER_UNIT));
        }
        if (row.has(COMMENT)) {
            b.comment(row.text(COMMENT));
        }
        if (row.has(STEP)) {
            b.step(step(row));
        }
        return b.build();
    }

    private static SourceKind source(CsvTable.Row row) {
        String s = row.text(SOURCE);
        for (SourceKind k : SourceKind.values()) {
            if (k.chineseName().equals(s) || k.name().equals(s)) {
                return k;
            }
        }
        throw row.error(SOURCE, "unknown source [" + s + "]; expected one of 自查, 考核小组, 抽查, 群众评分, 业务系统");
    }

    private static ReviewStep step(CsvTable.Row row) {
        String s = row.text(STEP);
        for (ReviewStep k : ReviewStep.values()) {
            if (k.chineseName().equals(s) || k.name().equals(s)) {
                return k;
            }
        }
        throw row.error(STEP, "unknown review step [" + s + "]; expected one of 实地检查, 听取工作汇报, 查阅档案资料, 综合测评, 群众评分");
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
