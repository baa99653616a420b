package org.kaoping.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** Everything {@link RubricValidator} found in one rubric, in tree order. */
@Value.Immutable
public interface ValidationReport {
    @Value.Parameter
    String rubricId();

    @Value.Parameter
    List<Diagnostic> diagnostics();

    default boolean hasErrors() {
        return !errors().isEmpty();
    }

    default List<Diagnostic> errors() {
        return withSeverity(Severity.ERROR);
    }

    default List<Diagnostic> warnings() {
        return withSeverity(Severity.WARNING);
    }

    default List<Diagnostic> notices() {
        return withSeverity(Severity.NOTICE);
    }

    default List<Diagnostic> withSeverity(Severity severity) {
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
    default void throwIfErrors() {
        if (hasErrors()) {
            throw new InvalidRubricException(this);
        }
    }

    /** A multi-line summary: a count line, then one line per diagnostic. */
    default String summary() {
        StringBuilder s = new StringBuilder("Rubric [").append(rubricId()).append("]: ")
                .append(errors().size()).append(" error(s), ").append(warnings().size()).append(" warning(s), ")
                .append(notices().size()).append(" notice(s)");
        for (Diagnostic d : diagnostics()) {
            s.append(System.lineSeparator()).append("  ").append(d.format());
        }
        return s.toString();
    }
}
