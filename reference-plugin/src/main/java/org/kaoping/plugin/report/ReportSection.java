package org.kaoping.plugin.report;

import java.util.List;
import org.kaoping.core.api.API;

/**
 * A section a further feature adds to the reports (the HTML report and the console summary), after the rankings: what
 * it shows, rendered by the feature itself, so that the report classes need not know every feature.
 */
@API(status = API.Status.EXPERIMENTAL)
public interface ReportSection {
    /** Appends the section to the HTML report: a {@code <section>} with an {@code id} and an {@code <h2>}. */
    void appendHtml(StringBuilder html, ReportData data);

    /** The section's lines for the console, in Chinese; the first is its heading. */
    List<String> consoleLines(ReportData data);
}
