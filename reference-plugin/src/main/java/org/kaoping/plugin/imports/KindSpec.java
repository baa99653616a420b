package org.kaoping.plugin.imports;

import static org.kaoping.plugin.imports.Column.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kaoping.core.evidence.EvidenceKind;

/**
 * Per evidence kind: its names in files (English and Chinese), and the columns it requires and accepts
 * besides the common ones ({@link #COMMON_REQUIRED}, {@link #COMMON_OPTIONAL}).
 */
enum KindSpec {
    METRIC_VALUE(EvidenceKind.METRIC_VALUE, "metric_value", "指标值", req(VALUE, MEASURE_UNIT), opt(OUT_OF)),
    JUDGEMENT(EvidenceKind.JUDGEMENT, "judgement", "评议", req(LEVEL), opt(COMMENT)),
    CHECKLIST_TICK(EvidenceKind.CHECKLIST_TICK, "checklist_tick", "达标情况", req(REQUIREMENT, MET), opt(DOCUMENT_IDS)),
    PUBLIC_RATING(EvidenceKind.PUBLIC_RATING, "public_rating", "群众评分", req(), opt(RESPONDENTS, SATISFIED, SCORE, MAX_SCORE)),
    INCIDENT(EvidenceKind.INCIDENT, "incident", "事件", req(DATE, SEVERITY, DESCRIPTION), opt()),
    SELF_REPORT(EvidenceKind.SELF_REPORT, "self_report", "自查报告", req(REPORT_TYPE), opt(TOPICS, DOCUMENT_IDS,
            SECTION_ORGANIZATION, SECTION_FUNDING, SECTION_MEASURES, SECTION_EFFECTS)),
    DEDUCTION(EvidenceKind.DEDUCTION, "deduction", "扣分", req(POINTS, REASON), opt()),
    ADJUSTMENT(EvidenceKind.ADJUSTMENT, "adjustment", "加减分", req(POINTS, REASON), opt()),
    NOT_APPLICABLE(EvidenceKind.NOT_APPLICABLE, "not_applicable", "不适用", req(REASON), opt()),
    SCORE_OVERRIDE(EvidenceKind.SCORE_OVERRIDE, "score_override", "改分", req(NEW_POINTS, REASON), opt()),
    DOCUMENT(EvidenceKind.DOCUMENT, "document", "档案材料", req(TITLE, MEDIA, URI, SHA256), opt(MEDIA_TYPE));

    /** Columns every kind requires; {@code 指标/key} and {@code 来源/source} are optional for self-reports only. */
    static final List<Column> COMMON_REQUIRED = Collections.unmodifiableList(Arrays.asList(ID, UNIT, KEY, PERIOD, SOURCE, AUTHOR, RECORDED_AT));

    static final List<Column> COMMON_OPTIONAL = Collections.unmodifiableList(Arrays.asList(KIND, STEP, AUTHOR_UNIT));

    final EvidenceKind kind;
    final String english;
    final String chinese;
    final List<Column> required;
    final List<Column> optional;

    KindSpec(EvidenceKind kind, String english, String chinese, List<Column> required, List<Column> optional) {
        this.kind = kind;
        this.english = english;
        this.chinese = chinese;
        this.required = required;
        this.optional = optional;
    }

    /** The columns a row of this kind must fill, in documentation order. */
    List<Column> requiredColumns() {
        List<Column> out = new ArrayList<>();
        for (Column c : COMMON_REQUIRED) {
            if (this == SELF_REPORT && (c == KEY || c == SOURCE)) {
                continue;
            }
            out.add(c);
        }
        out.addAll(required);
        return out;
    }

    /** Every column this kind reads. */
    Set<Column> readColumns() {
        Set<Column> s = EnumSet.noneOf(Column.class);
        s.addAll(COMMON_REQUIRED);
        s.addAll(COMMON_OPTIONAL);
        s.addAll(required);
        s.addAll(optional);
        return s;
    }

    /** The kind a cell or file-name prefix names (English, case-insensitive, or Chinese, or the enum name), or null. */
    static KindSpec named(String text) {
        String t = Column.normalize(text);
        for (KindSpec k : values()) {
            if (t.equals(k.english) || t.equals(k.chinese) || t.equals(k.name().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /** The kind a file name starts with ({@code metric_value-2015-03.csv}, {@code 指标值_2015年3月.csv}), or null. */
    static KindSpec ofFileName(String fileName) {
        String f = Column.normalize(fileName);
        KindSpec best = null;
        for (KindSpec k : values()) {
            for (String prefix : new String[] {k.english, k.chinese}) {
                if (f.startsWith(prefix) && (best == null || prefix.length() > Math.max(best.english.length(), best.chinese.length()))) {
                    best = k;
                }
            }
        }
        return best;
    }

    /** {@code metric_value, judgement, …} with Chinese names, for error messages. */
    static String allNames() {
        StringBuilder s = new StringBuilder();
        for (KindSpec k : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(k.chinese).append('/').append(k.english);
        }
        return s.toString();
    }

    private static List<Column> req(Column... c) {
        return Collections.unmodifiableList(Arrays.asList(c));
    }

    private static List<Column> opt(Column... c) {
        return Collections.unmodifiableList(Arrays.asList(c));
    }
}
