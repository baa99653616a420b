package org.kaoping.plugin.imports;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.evidence.Evidence;

/**
 * The outcome of reading one evidence file: either all of its evidence (no problems), or its problems and no
 * evidence at all. Also the charset used and the columns that were ignored. Immutable.
 */
public final class ParsedFile {
    private final String file;
    private final Charset charset;
    private final List<Evidence> evidence;
    private final List<ImportProblem> problems;
    private final List<String> ignoredColumns;

    ParsedFile(String file, Charset charset, List<Evidence> evidence, List<ImportProblem> problems, List<String> ignoredColumns) {
        this.file = file;
        this.charset = charset;
        this.problems = Collections.unmodifiableList(problems);
        this.evidence = problems.isEmpty() ? Collections.unmodifiableList(evidence) : Collections.<Evidence>emptyList();
        this.ignoredColumns = Collections.unmodifiableList(ignoredColumns);
    }

    public String file() {
        return file;
    }

    /** The charset the file was read in; null if it could not be decoded. */
    public Charset charset() {
        return charset;
    }

    /** Every piece of evidence in the file, in row order; empty whenever there are problems. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** Problems, in line order; empty when the file imported. */
    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean isOk() {
        return problems.isEmpty();
    }

    /** Headers that name no column this file's kinds read; their cells were ignored. */
    public List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** @throws EvidenceImportException listing the problems, if there are any */
    public ParsedFile throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new EvidenceImportException(problems);
        }
        return this;
    }

    @Override
    public String toString() {
        return file + " (" + (charset == null ? "undecodable" : charset.name()) + "): "
                + (isOk() ? evidence.size() + " item(s)" : problems.size() + " problem(s)");
    }
}
