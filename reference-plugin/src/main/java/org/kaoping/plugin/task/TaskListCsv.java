package org.kaoping.plugin.task;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;
import org.kaoping.core.delegation.IdRule;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.plan.AssessmentPlan;
import org.kaoping.core.task.KeyTask;
import org.kaoping.core.task.TaskList;
import org.kaoping.plugin.imports.CsvCells;
import org.kaoping.plugin.imports.CsvColumns;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.json.InputLimits;

/**
 * The year's key-task list (2015年法治城市创建四定重点工作任务) from the CSV file the office keeps, one task a row, with
 * the columns {@code 编号/id}, {@code 任务/title} (定任务), {@code 责任单位/owner} (定责任: the unit's id or its full name as
 * the org directory has it), {@code 完成时限/deadline} (定时间: {@code 2015-06-30}, {@code 2015/6/30},
 * {@code 2015年6月30日}, or a month or year meaning its last day: {@code 2015年6月底}, {@code 2015年6月}, {@code 2015年底};
 * a trailing 前 is allowed), {@code 标准/standard} (定标准) and {@code 对应考评项/criteria} (the criterion ids of the
 * owner's rubric, separated by {@code 、 , ， ; ；} or spaces). Headers Chinese or English in any order; other columns
 * are ignored. UTF-8 with or without a byte-order mark, or GB18030, at most {@link InputLimits#MAX_UNITS_FILE_BYTES}
 * bytes. The file is checked whole, against the org tree and the plan ({@link TaskList#problems}): an empty cell, a
 * duplicate id, an unknown or ambiguous unit, a date that is not one, a criterion not in the owner's rubric refuses it
 * with a {@link TaskListCsvFormatException} naming file, line, column and what was expected.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskListCsv {
    /** The columns: id, task, owner unit, deadline, standard, criteria. */
    static final String[][] COLUMNS = {{"编号", "id"}, {"任务", "title"}, {"责任单位", "owner"}, {"完成时限", "deadline"}, {"标准", "standard"},
        {"对应考评项", "criteria"}};
    private static final int ID = 0;
    private static final int TITLE = 1;
    private static final int OWNER = 2;
    private static final int DEADLINE = 3;
    private static final int STANDARD = 4;
    private static final int CRITERIA = 5;
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\s]+");

    private TaskListCsv() {}

    /**
     * Reads {@code file}, checked against {@code tree} and {@code plan}; the tasks are of the plan's year.
     *
     * @throws TaskListCsvFormatException naming file, line and column, if the file is refused
     * @throws StoreException if the file cannot be read
     */
    public static TaskList read(Path file, OrgTree tree, AssessmentPlan plan) {
        byte[] bytes;
        try {
            bytes = InputLimits.readRegularFile(file, InputLimits.MAX_UNITS_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            throw new TaskListCsvFormatException(Collections.singletonList(new ImportProblem(file.toString(), 0, 0, null, e.getMessage())));
        } catch (IOException e) {
            throw new StoreException("Cannot read key-task file " + file + ": " + e, e);
        }
        return parse(file.getFileName().toString(), bytes, tree, plan);
    }

    /** Reads a file's content (named {@code name} in errors), its charset detected; see {@link #read}. */
    public static TaskList parse(String name, byte[] bytes, OrgTree tree, AssessmentPlan plan) {
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvColumns.Row> rows = CsvColumns.rows(name, bytes, COLUMNS, problems);
        Map<String, String> byName = new HashMap<>();
        for (OrgUnit u : tree.units()) {
            byName.put(u.name(), byName.containsKey(u.name()) ? null : u.id());
        }
        Map<String, CsvColumns.Row> rowOf = new HashMap<>();
        List<KeyTask> tasks = new ArrayList<>();
        for (CsvColumns.Row r : rows) {
            String id = r.cells[ID];
            if (rowOf.containsKey(id)) {
                problems.add(r.problem(ID, "task id [" + id + "] is already used on line " + rowOf.get(id).line + "; expected unique ids"));
                continue;
            }
            String owner = owner(r, tree, byName, problems);
            LocalDate deadline = deadline(r, problems);
            List<String> criteria = Arrays.asList(SEPARATORS.split(r.cells[CRITERIA]));
            if (!cellsFit(r, criteria, problems) || owner == null || deadline == null) {
                continue;
            }
            try {
                tasks.add(KeyTask.of(id, plan.year(), r.cells[TITLE], owner, deadline, r.cells[STANDARD], criteria));
                rowOf.put(id, r);
            } catch (IllegalArgumentException e) {
                problems.add(r.problem(ID, e.getMessage()));
            }
        }
        if (problems.isEmpty()) {
            TaskList list = TaskList.of(plan.year(), tasks);
            for (TaskList.Problem p : list.problems(tree, plan)) {
                problems.add(rowOf.get(p.taskId()).problem(column(p.field()), p.message()));
            }
            if (problems.isEmpty()) {
                return list;
            }
        }
        throw new TaskListCsvFormatException(problems);
    }

    private static String owner(CsvColumns.Row r, OrgTree tree, Map<String, String> byName, List<ImportProblem> problems) {
        String cell = r.cells[OWNER];
        if (tree.contains(cell)) {
            return cell;
        }
        if (byName.containsKey(cell)) {
            String id = byName.get(cell);
            if (id == null) {
                problems.add(r.problem(OWNER, "more than one unit is named [" + cell + "]; expected the unit's id"));
            }
            return id;
        }
        problems.add(r.problem(OWNER, "no unit has the id or name [" + cell + "]; expected the id or the full name of a unit of the org directory"));
        return null;
    }

    private static LocalDate deadline(CsvColumns.Row r, List<ImportProblem> problems) {
        String cell = r.cells[DEADLINE];
        String expected = "; expected a date such as 2015-06-30 or 2015年6月30日, or a month or year meaning its last day (2015年6月底, 2015年底)";
        try {
            LocalDate d = date(cell);
            if (d == null) {
                problems.add(r.problem(DEADLINE, "[" + cell + "] is not a date" + expected));
            }
            return d;
        } catch (IllegalArgumentException | DateTimeException e) {
            problems.add(r.problem(DEADLINE, "[" + cell + "] is not a date: " + e.getMessage() + expected));
            return null;
        }
    }

    /** The last day a deadline cell names, or null for another shape. */
    static LocalDate date(String cell) {
        String t = cell.trim();
        if (t.endsWith("前")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        String ascii = toAscii(t);
        Matcher m = DATE.matcher(ascii);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (t.endsWith("底") || t.endsWith("末")) {
            t = t.substring(0, t.length() - 1);
        }
        ReportingPeriod p = CsvCells.period(t);
        if (p == null) {
            return null;
        }
        return !p.isWholeYear() ? YearMonth.of(p.year(), p.month()).atEndOfMonth() : LocalDate.of(p.year(), 12, 31);
    }

    private static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '\uFF10' && c <= '\uFF19' ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }

    /** The problems of a row's id, title, standard and criteria cells that {@link KeyTask#of} would refuse, each on its column. */
    private static boolean cellsFit(CsvColumns.Row r, List<String> criteria, List<ImportProblem> problems) {
        int before = problems.size();
        Optional<String> id = IdRule.problem(r.cells[ID], "the task id");
        if (id.isPresent()) {
            problems.add(r.problem(ID, id.get()));
        }
        for (int c : new int[] {TITLE, STANDARD}) {
            if (r.cells[c].length() > KeyTask.MAX_TEXT) {
                problems.add(r.problem(c, "the cell has " + r.cells[c].length() + " characters; expected at most " + KeyTask.MAX_TEXT));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String c : criteria) {
            Optional<String> p = IdRule.problem(c, "criterion id");
            if (p.isPresent()) {
                problems.add(r.problem(CRITERIA, p.get() + "; expected criterion ids such as 1.2 separated by 、"));
            } else if (!seen.add(c)) {
                problems.add(r.problem(CRITERIA, "criterion [" + c + "] is named twice; expected each once"));
            }
        }
        return problems.size() == before;
    }

    private static int column(TaskList.Field field) {
        switch (field) {
            case OWNER:
                return OWNER;
            case DEADLINE:
                return DEADLINE;
            case CRITERIA:
                return CRITERIA;
            case TITLE:
                return TITLE;
            case STANDARD:
                return STANDARD;
            default:
                return ID;
        }
    }

    /**
     * {@code list} as the office's CSV text (Chinese headers, CRLF; owners by their full name where the name is unique in
     * {@code tree}, else by id; deadlines as 2015年6月30日), which {@link #parse} reads back to the same list.
     */
    public static String toCsv(TaskList list, OrgTree tree) {
        Map<String, Integer> names = new HashMap<>();
        for (OrgUnit u : tree.units()) {
            names.merge(u.name(), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder(CsvColumns.header(COLUMNS));
        for (KeyTask t : list.tasks()) {
            String owner = tree.find(t.ownerUnitId()).isPresent() && names.get(tree.unit(t.ownerUnitId()).name()) == 1
                    ? tree.unit(t.ownerUnitId()).name() : t.ownerUnitId();
            LocalDate d = t.deadline();
            List<String> cells = Arrays.asList(t.id(), t.title(), owner, d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                    t.standard(), String.join("、", t.criterionIds()));
            for (int i = 0; i < cells.size(); i++) {
                s.append(i == 0 ? "" : ",").append(CsvColumns.cell(cells.get(i)));
            }
            s.append("\r\n");
        }
        return s.toString();
    }
}
