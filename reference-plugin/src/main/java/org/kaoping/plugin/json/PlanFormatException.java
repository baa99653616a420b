package org.kaoping.plugin.json;

import org.kaoping.core.api.API;
import org.kaoping.plugin.plan.PlanLocation;

/**
 * Thrown when a plan file (考评方案) is not a valid plan, or names something that does not exist (a rubric, a
 * criterion, a grade); the message names the file, the line and column, the JSON path and what was expected:
 * {@code plan.json line 40 column 22 ($.rubrics[0].selfReportCriterion): rubric [office-2016/county] has no criterion [1.2]}.
 */
@API(status = API.Status.STABLE)
public final class PlanFormatException extends JsonFormatException {
    private static final long serialVersionUID = 1L;

    PlanFormatException(String source, int line, int column, String path, String problem) {
        super(source, line, column, path, problem);
    }

    /** A problem found where {@code location} says, e.g. when the plan is resolved against its rubrics. */
    public static PlanFormatException at(PlanLocation location, String problem) {
        return new PlanFormatException(location.source(), location.line(), location.column(), location.path(), problem);
    }
}
