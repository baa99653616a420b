package org.kaoping.plugin.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.SelfReport;

/**
 * What each unit's annual self-report (年度自查报告) said, section by section, and which of the plan's required sections
 * (组织建设、经费保障、措施办法、创建效果 by default) it leaves out or leaves empty.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SelfReportSections {
    private SelfReportSections() {}

    /** The sections of {@code required} that {@code report} lacks or leaves blank, in {@code required}'s order. */
    public static List<String> missing(List<String> required, SelfReport report) {
        List<String> out = new ArrayList<>();
        for (String s : required) {
            String text = report.sections().get(s);
            if (text == null || text.trim().isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Each unit's latest annual self-report of {@code year} among {@code evidence} (by recording time), by unit id. */
    public static Map<String, SelfReport> latestAnnual(List<? extends Evidence> evidence, int year) {
        Map<String, SelfReport> out = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e instanceof SelfReport && ((SelfReport) e).type() == SelfReport.Type.ANNUAL && e.period().year() == year) {
                SelfReport seen = out.get(e.unitId());
                if (seen == null || e.recordedAt().isAfter(seen.recordedAt())) {
                    out.put(e.unitId(), (SelfReport) e);
                }
            }
        }
        return out;
    }
}
