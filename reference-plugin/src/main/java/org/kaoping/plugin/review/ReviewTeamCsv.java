package org.kaoping.plugin.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.core.review.ReviewTeam;
import org.kaoping.core.review.TeamMember;
import org.kaoping.plugin.imports.CsvColumns;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.json.InputLimits;

/**
 * The review team (考核小组) from the two CSV files the office keeps: the roster, one member a row, with the columns
 * {@code 编号/member_id} (the id the member files evidence under), {@code 姓名/name}, {@code 所在单位/home_unit_id} (a member
 * unit of the leading group) and {@code 考核组/group}; and the assignments, one row per group and unit reviewed, with
 * {@code 考核组/group} and {@code 被考核单位/unit_id}. Headers Chinese or English in any order; other columns are ignored.
 * Files are UTF-8 with or without a byte-order mark, or GB18030 ({@link org.kaoping.plugin.imports.TextEncoding}), at most
 * {@link InputLimits#MAX_UNITS_FILE_BYTES} bytes. Both are checked whole against the org tree: a missing column, an empty
 * cell, a duplicate member id or assignment, a unit not in the tree, a group without members, or a group assigned to a
 * member's own unit or one their home unit leads refuses both files with a {@link TeamCsvFormatException} naming file,
 * line, column and what was expected. The member units of the leading group are the home units of the roster.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReviewTeamCsv {
    /** The roster's columns: id, name, home unit, group. */
    static final String[][] ROSTER = {{"编号", "member_id"}, {"姓名", "name"}, {"所在单位", "home_unit_id"}, {"考核组", "group"}};
    /** The assignment file's columns: group, unit reviewed. */
    static final String[][] ASSIGNMENTS = {{"考核组", "group"}, {"被考核单位", "unit_id"}};

    private ReviewTeamCsv() {}

    /**
     * Reads the roster and assignment files, checked against {@code tree}.
     *
     * @throws TeamCsvFormatException naming file, line and column, if either file is refused
     * @throws StoreException if a file cannot be read
     */
    public static ReviewTeam read(Path roster, Path assignments, OrgTree tree) {
        return parse(roster.getFileName().toString(), bytes(roster), assignments.getFileName().toString(), bytes(assignments), tree);
    }

    private static byte[] bytes(Path file) {
        try {
            return InputLimits.readRegularFile(file, InputLimits.MAX_UNITS_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            throw new TeamCsvFormatException(Collections.singletonList(new ImportProblem(file.toString(), 0, 0, null, e.getMessage())));
        } catch (IOException e) {
            throw new StoreException("Cannot read review-team file " + file + ": " + e, e);
        }
    }

    /** Reads the two files' contents (named in errors), their charsets detected. */
    public static ReviewTeam parse(String rosterName, byte[] roster, String assignmentsName, byte[] assignments, OrgTree tree) {
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvColumns.Row> members = CsvColumns.rows(rosterName, roster, ROSTER, problems);
        List<CsvColumns.Row> assigned = CsvColumns.rows(assignmentsName, assignments, ASSIGNMENTS, problems);
        fail(problems);
        ReviewTeam.Builder b = ReviewTeam.builder();
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, List<TeamMember>> byGroup = new LinkedHashMap<>();
        for (CsvColumns.Row r : members) {
            String id = r.cells[0];
            String home = r.cells[2];
            if (lineOfId.containsKey(id)) {
                problems.add(r.problem(0, "member id [" + id + "] is already used on line " + lineOfId.get(id) + "; expected unique ids"));
                continue;
            }
            if (!tree.contains(home)) {
                problems.add(r.problem(2, "unit [" + home + "] is not in the org directory; expected the id of a member unit of the leading group"));
                continue;
            }
            lineOfId.put(id, r.line);
            TeamMember m = TeamMember.of(id, r.cells[1], home, r.cells[3]);
            b.memberUnit(home).member(m);
            byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m);
        }
        Map<String, Integer> lineOfAssignment = new HashMap<>();
        for (CsvColumns.Row r : assigned) {
            String group = r.cells[0];
            String unit = r.cells[1];
            if (!byGroup.containsKey(group)) {
                problems.add(r.problem(0, "group [" + group + "] has no member in the roster; expected one of " + byGroup.keySet()));
                continue;
            }
            if (!tree.contains(unit)) {
                problems.add(r.problem(1, "unit [" + unit + "] is not in the org directory; expected the id of a unit reviewed"));
                continue;
            }
            Integer first = lineOfAssignment.put(group + "\u0000" + unit, r.line);
            if (first != null) {
                problems.add(r.problem(1, "group [" + group + "] is assigned unit [" + unit + "] already on line " + first));
                continue;
            }
            for (TeamMember m : byGroup.get(group)) {
                OrgUnit u = tree.unit(unit);
                boolean leads = u.leadDepartmentId().isPresent() && u.leadDepartmentId().get().equals(m.homeUnitId())
                        || tree.isAncestor(m.homeUnitId(), unit);
                if (m.homeUnitId().equals(unit) || leads) {
                    problems.add(r.problem(1, "group [" + group + "] may not review unit [" + unit + "]: its member " + m.name() + " ("
                            + m.id() + ") comes from " + (leads ? "the unit that leads it" : "that unit") + "; expected another group"));
                    break;
                }
            }
            b.assign(group, unit);
        }
        fail(problems);
        return b.build();
    }

    /** The roster of {@code team} as CSV text (Chinese headers, CRLF), which {@link #parse} reads back. */
    public static String rosterCsv(ReviewTeam team) {
        StringBuilder s = new StringBuilder(CsvColumns.header(ROSTER));
        for (TeamMember m : team.members()) {
            s.append(CsvColumns.cell(m.id())).append(',').append(CsvColumns.cell(m.name())).append(',').append(CsvColumns.cell(m.homeUnitId())).append(',')
                    .append(CsvColumns.cell(m.group())).append("\r\n");
        }
        return s.toString();
    }

    /** The assignments of {@code team} as CSV text (Chinese headers, CRLF), which {@link #parse} reads back. */
    public static String assignmentsCsv(ReviewTeam team) {
        StringBuilder s = new StringBuilder(CsvColumns.header(ASSIGNMENTS));
        for (Map.Entry<String, java.util.Set<String>> e : team.assignments().entrySet()) {
            for (String unit : e.getValue()) {
                s.append(CsvColumns.cell(e.getKey())).append(',').append(CsvColumns.cell(unit)).append("\r\n");
            }
        }
        return s.toString();
    }

    private static void fail(List<ImportProblem> problems) {
        if (!problems.isEmpty()) {
            throw new TeamCsvFormatException(problems);
        }
    }
}
