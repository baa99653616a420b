package org.kaoping.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/** Everything {@link RubricValidator} found in one rubric, in tree order. */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class ValidationReport {
    /** Package-private: only the generated implementation extends it; build one with the factories below. */
    ValidationReport() {}

    @Value.Parameter
    public abstract String rubricId();

    @Value.Parameter
    public abstract List<Diagnostic> diagnostics();

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    public List<Diagnostic> errors() {
        return withSeverity(Severity.ERROR);
    }

    public List<Diagnostic> warnings() {
        return withSeverity(Severity.WARNING);
    }

    public List<Diagnostic> notices() {
        return withSeverity(Severity.NOTICE);
    }

    public List<Diagnostic> withSeverity(Severity severity) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics()) {
            if (d.severity() == severity) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Returns normally if the rubric has no errors.
     *
     * @throws InvalidRubricException listing every error otherwise
     */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidRubricException(this);
        }
    }

    /** A multi-line summary: a count line, then one line per diagnostic. */
    public String summary() {
        StringBuilder s = new StringBuilder("Rubric [").append(rubricId()).append("]: ")
                .append(errors().size()).append(" error(s), ").append(warnings().size()).append(" warning(s), ")
                .append(notices().size()).append(" notice(s)");
        for (Diagnostic d : diagnostics()) {
            s.append(System.lineSeparator()).append("  ").append(d.format());
        }
        return s.toString();
    }
}
