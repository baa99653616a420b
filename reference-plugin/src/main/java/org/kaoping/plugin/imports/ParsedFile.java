package org.kaoping.plugin.imports;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.List;
import org.kaoping.core.api.API;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceColumns;

/**
 * The outcome of reading one evidence file: either all of its evidence (no problems), or its problems and no
 * evidence at all. Also the charset used and the columns that were ignored. Immutable.
 */
@API(status = API.Status.INTERNAL)
public final class ParsedFile {
    private final String file;
    private final Charset charset;
    private final List<Evidence> evidence;
    private final List<ImportProblem> problems;
    private final List<String> ignoredColumns;
    /** The decoded text and, per item, the offset just past its row; null unless asked for (the folder source's cursor). */
    private String sourceText;
    private int[] itemEnds;

    ParsedFile(String file, Charset charset, List<Evidence> evidence, List<ImportProblem> problems, List<String> ignoredColumns) {
        this.file = file;
        this.charset = charset;
        this.problems = Collections.unmodifiableList(problems);
        // held as columns: a parsed file's values take several hundred bytes a fact, its columns a few dozen
        this.evidence = problems.isEmpty() && !evidence.isEmpty() ? EvidenceColumns.of(evidence).asList()
                : Collections.<Evidence>emptyList();
        this.ignoredColumns = Collections.unmodifiableList(ignoredColumns);
    }

    /** This, keeping {@code text} and where each item ends in it; for the folder source's cursor only. */
    ParsedFile withSource(String text, int[] ends) {
        this.sourceText = text;
        this.itemEnds = ends;
        return this;
    }

    /** The decoded text, or null if it was not kept. */
    String sourceText() {
        return sourceText;
    }

    /** Per item, the offset in {@link #sourceText()} just past its row; null if not kept. */
    int[] itemEnds() {
        return itemEnds;
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

    /** @throws EvidenceCsvFormatException listing the problems, if there are any */
    public ParsedFile throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new EvidenceCsvFormatException(problems);
        }
        return this;
    }

    @Override
    public String toString() {
        return file + " (" + (charset == null ? "undecodable" : charset.name()) + "): "
                + (isOk() ? evidence.size() + " item(s)" : problems.size() + " problem(s)");
    }
}
