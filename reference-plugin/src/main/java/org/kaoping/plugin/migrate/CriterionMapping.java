package org.kaoping.plugin.migrate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.imports.CsvHeader;
import org.kaoping.plugin.imports.CsvTable;
import org.kaoping.plugin.imports.EvidenceCsvFormatException;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.imports.TextEncoding;
import org.kaoping.plugin.json.InputLimits;

/**
 * A declared mapping of criterion ids from an older standard (A, e.g. 2015's) to a newer one (B, e.g. 2016's), read
 * from a CSV file the office writes: one row per item of A, with the columns {@code 原条目编号/from} (A's criterion id),
 * {@code 新条目编号/to} (B's criterion id; empty to declare that the item is not carried) and, optional,
 * {@code 说明/note} (required when {@code to} is empty: why the item is not carried). Headers Chinese or English in any
 * order; UTF-8 with or without a byte-order mark, or GB18030.
 *
 * <p>The file is checked whole against both rubrics and refused whole ({@link CriterionMappingCsvFormatException},
 * naming file, line, column and what was expected) for: an id that is not a criterion of its rubric; an item of A
 * given twice (one-to-many is refused: the evidence would count twice in B); an item of B given twice (many-to-one is
 * refused: two items' evidence would be pooled under a rule written for one; the office files new evidence for a merged
 * item instead); an empty {@code to} without a note. Items of A the file does not list are not carried, and listed as
 * such. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CriterionMapping {
    static final String[][] COLUMNS = {{"原条目编号", "from"}, {"新条目编号", "to"}, {"说明", "note"}};

    private final String file;
    private final Rubric from;
    private final Rubric to;
    private final Map<String, String> pairs;
    private final Map<String, String> notCarried;
    private final Map<String, String> notes;

    private CriterionMapping(String file, Rubric from, Rubric to, Map<String, String> pairs, Map<String, String> notCarried,
            Map<String, String> notes) {
        this.file = file;
        this.from = from;
        this.to = to;
        this.pairs = Collections.unmodifiableMap(pairs);
        this.notCarried = Collections.unmodifiableMap(notCarried);
        this.notes = Collections.unmodifiableMap(notes);
    }

    /**
     * Reads and checks the mapping file {@code csv} from {@code from}'s criterion ids to {@code to}'s.
     *
     * @throws CriterionMappingCsvFormatException naming file, line and column, if the file is refused
     * @throws StoreException if the file cannot be read
     */
    public static CriterionMapping read(Path csv, Rubric from, Rubric to) {
        byte[] bytes;
        try {
            bytes = InputLimits.readRegularFile(csv, InputLimits.MAX_UNITS_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            throw new CriterionMappingCsvFormatException(Collections.singletonList(new ImportProblem(csv.toString(), 0, 0, null, e.getMessage())));
        } catch (IOException e) {
            throw new StoreException("Cannot read criterion mapping file " + csv + ": " + e, e);
        }
        return parse(csv.toString(), bytes, from, to);
    }

    /** Reads and checks a mapping file's content ({@code file} names it in errors), its charset detected. */
    public static CriterionMapping parse(String file, byte[] bytes, Rubric from, Rubric to) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(bytes, "bytes must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        List<ImportProblem> problems = new java.util.ArrayList<>();
        String text;
        try {
            text = TextEncoding.decode(file, bytes, null).text();
        } catch (EvidenceCsvFormatException e) {
            throw new CriterionMappingCsvFormatException(e.problems());
        }
        CsvTable table = CsvTable.parse(file, text, problems);
        fail(problems);
        if (table.isEmpty()) {
            problems.add(new ImportProblem(file, 0, 0, null, "the file holds no header; expected a header row with " + CsvHeader.names(COLUMNS)));
        }
        fail(problems);
        int[] index = CsvHeader.find(file, table, COLUMNS, 2, problems);
        fail(problems);
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, String> notCarried = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, Integer> lineOfOld = new HashMap<>();
        Map<String, Integer> lineOfNew = new HashMap<>();
        for (CsvTable.Row r : table.rows) {
            String old = cell(r, index[0]);
            String now = cell(r, index[1]);
            String note = cell(r, index[2]);
            if (old.isEmpty()) {
                problems.add(problem(file, table, r, index[0], "expected the criterion id of an item of [" + from.id() + "]; the cell is empty"));
                continue;
            }
            if (!from.criteriaById().containsKey(old)) {
                problems.add(problem(file, table, r, index[0], "[" + old + "] is not a criterion of [" + from.id() + "] " + from.version()
                        + "; expected one of its criterion ids"));
                continue;
            }
            Integer first = lineOfOld.put(old, r.line);
            if (first != null) {
                problems.add(problem(file, table, r, index[0], "item [" + old + "] is already mapped on line " + first
                        + "; expected each item of [" + from.id() + "] once (one-to-many is refused: its evidence would count twice)"));
                continue;
            }
            if (now.isEmpty()) {
                if (note.isEmpty()) {
                    problems.add(problem(file, table, r, index[2] >= 0 ? index[2] : index[1], "item [" + old
                            + "] maps to no item; expected a note (说明/note) saying why it is not carried"));
                    continue;
                }
                notCarried.put(old, note);
                continue;
            }
            if (!to.criteriaById().containsKey(now)) {
                problems.add(problem(file, table, r, index[1], "[" + now + "] is not a criterion of [" + to.id() + "] " + to.version()
                        + "; expected one of its criterion ids, or an empty cell with a note to carry nothing"));
                continue;
            }
            Integer taken = lineOfNew.put(now, r.line);
            if (taken != null) {
                problems.add(problem(file, table, r, index[1], "item [" + now + "] of [" + to.id() + "] already receives an item on line " + taken
                        + "; expected each new item once (many-to-one is refused: two items' evidence would be pooled under one rule)"));
                continue;
            }
            pairs.put(old, now);
            if (!note.isEmpty()) {
                notes.put(old, note);
            }
        }
        fail(problems);
        return new CriterionMapping(file, from, to, pairs, notCarried, notes);
    }

    private static String cell(CsvTable.Row r, int index) {
        return index >= 0 && index < r.fields.size() ? r.fields.get(index).trim() : "";
    }

    private static ImportProblem problem(String file, CsvTable table, CsvTable.Row r, int index, String message) {
        return new ImportProblem(file, r.line, index + 1, table.header.get(index).trim(), message);
    }

    private static void fail(List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            throw new CriterionMappingCsvFormatException(problems);
        }
    }

    /** The file it was read from, as given. */
    public String file() {
        return file;
    }

    /** The older standard (A). */
    public Rubric from() {
        return from;
    }

    /** The newer standard (B). */
    public Rubric to() {
        return to;
    }

    /** A's criterion id → B's, in file order: the items carried. */
    public Map<String, String> pairs() {
        return pairs;
    }

    /** A's criterion id → the note saying why it is not carried, in file order: the items declared not carried. */
    public Map<String, String> notCarried() {
        return notCarried;
    }

    /** The note of a carried item, if the file gives one. */
    public Optional<String> note(String oldId) {
        return Optional.ofNullable(notes.get(oldId));
    }

    /** A's criterion ids the file does not list, in A's order: not carried. */
    public List<String> notListed() {
        List<String> out = new java.util.ArrayList<>();
        for (String id : from.criteriaById().keySet()) {
            if (!pairs.containsKey(id) && !notCarried.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** B's criterion ids no item of A maps to, in B's order: nothing is carried to them. */
    public List<String> newItemsWithoutSource() {
        java.util.Set<String> received = new java.util.HashSet<>(pairs.values());
        List<String> out = new java.util.ArrayList<>();
        for (String id : to.criteriaById().keySet()) {
            if (!received.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** B's criterion id for A's {@code oldId}, if the file maps it. */
    public Optional<String> target(String oldId) {
        return Optional.ofNullable(pairs.get(oldId));
    }

    @Override
    public String toString() {
        return "criterion mapping " + file + ": [" + from.id() + "] " + from.version() + " -> [" + to.id() + "] " + to.version() + ", "
                + pairs.size() + " item(s) carried, " + notCarried.size() + " declared not carried";
    }
}
