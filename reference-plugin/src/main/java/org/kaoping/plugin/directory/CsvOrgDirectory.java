package org.kaoping.plugin.directory;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kaoping.core.KaopingException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.plugin.imports.CsvTable;
import org.kaoping.plugin.imports.EvidenceCsvFormatException;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.imports.TextEncoding;
import org.kaoping.plugin.json.InputLimits;
import org.kaoping.spi.OrgDirectory;

/**
 * An {@link OrgDirectory} read from a units CSV file, as an OA system exports its 组织机构: one unit a row, with
 * the columns (headers Chinese or English, in any order; other columns are ignored)
 * <ul>
 * <li>{@code 单位编码} / {@code unit_id} — the unit's id (required, unique);
 * <li>{@code 单位名称} / {@code name} — its name (required);
 * <li>{@code 单位类型} / {@code kind} — an {@link OrgKind} name ({@code COUNTY_DISTRICT}) or its Chinese name
 *     ({@code 县（区）}, {@code 乡镇、街道} …; see {@link OrgKind#chineseName()}) (required);
 * <li>{@code 上级单位编码} / {@code parent_id} — the parent unit's id; empty for a root;
 * <li>{@code 牵头部门编码} / {@code lead_department_id} — the lead department's id; may be empty;
 * <li>{@code 领导干部} / {@code leading_cadres} — the unit's leading cadres, each written {@code 姓名（职务）} and separated by
 *     {@code ；} or {@code ;}, e.g. {@code 李明（局长）；王芳（副局长）}; may be empty (issue 17, the cadre export).
 * </ul>
 * The file is UTF-8 (with or without a byte-order mark) or GB18030/GBK, detected as the evidence import does
 * ({@link TextEncoding}), unless a charset is given. The whole file is validated: a bad row, a duplicate id, a
 * parent or lead department that is not in the file, or a cycle refuses the file with an
 * {@link UnitsCsvFormatException} naming file, line, column, header and what was expected.
 *
 * <p>Made by {@link #of(Path)} or {@link #of(Path, Charset)} ({@code docs/naming.md}): it holds no open file, so it
 * has no {@code open}. The file is read on every {@link #units()} call, so a reload picks up a corrected file. Immutable and
 * thread-safe. Not registered for discovery: it needs a file, so wire it explicitly.
 */
@API(status = API.Status.STABLE)
public final class CsvOrgDirectory implements OrgDirectory {
    /** The default provider id. */
    public static final String ID = "csv-units";

    /** The columns of a units file, each with its Chinese and English header. */
    enum UnitColumn {
        ID("单位编码", "unit_id", true),
        NAME("单位名称", "name", true),
        KIND("单位类型", "kind", true),
        PARENT("上级单位编码", "parent_id", false),
        LEAD_DEPARTMENT("牵头部门编码", "lead_department_id", false),
        LEADING_CADRES("领导干部", "leading_cadres", false);

        final String chinese;
        final String english;
        final boolean required;

        UnitColumn(String chinese, String english, boolean required) {
            this.chinese = chinese;
            this.english = english;
            this.required = required;
        }

        String headers() {
            return chinese + "/" + english;
        }

        static UnitColumn ofHeader(String header) {
            String h = header.trim();
            String e = h.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (UnitColumn c : values()) {
                if (c.chinese.equals(h) || c.english.equals(e)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final Path file;
    private final Charset charset;
    private final String id;

    private CsvOrgDirectory(Path file, Charset charset, String id) {
        this.file = Objects.requireNonNull(file, "file must not be null");
        this.charset = charset;
        this.id = Objects.requireNonNull(id, "id must not be null");
        if (id.trim().isEmpty()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    /** The units of {@code file}, its charset detected. */
    public static CsvOrgDirectory of(Path file) {
        return new CsvOrgDirectory(file, null, ID);
    }

    /** The units of {@code file} in {@code charset} (null: detected; a UTF-8 byte-order mark always means UTF-8). */
    public static CsvOrgDirectory of(Path file, Charset charset) {
        return new CsvOrgDirectory(file, charset, ID);
    }

    /** The same file under another provider id. */
    public CsvOrgDirectory withId(String newId) {
        return new CsvOrgDirectory(file, charset, newId);
    }

    @Override
    public String id() {
        return id;
    }

    public Path file() {
        return file;
    }

    /**
     * Every unit of the file, in row order; an unmodifiable snapshot that builds an {@link OrgTree}.
     *
     * @throws UnitsCsvFormatException naming file, line, column, header and what was expected, if the file is refused
     * @throws org.kaoping.core.RefusedInputException if the file cannot be read
     */
    @Override
    public List<OrgUnit> units() {
        byte[] bytes;
        try {
            bytes = InputLimits.readRegularFile(file, InputLimits.MAX_UNITS_FILE_BYTES);
        } catch (InputLimits.RefusedInput e) {
            throw new UnitsCsvFormatException(Collections.singletonList(new ImportProblem(file.toString(), 0, 0, null,
                    e.getMessage())));
        } catch (IOException e) {
            throw new RefusedInputException("Cannot read units file " + file + ": " + e, e);
        }
        return parse(file.getFileName().toString(), bytes, charset);
    }

    /** The units file as a tree. */
    public OrgTree tree() {
        return OrgTree.of(units());
    }

    /**
     * Reads {@code bytes}, the content of units file {@code fileName} (named in errors), in {@code declared} or
     * (when null) the detected charset.
     *
     * @throws UnitsCsvFormatException if the file is refused
     */
    public static List<OrgUnit> parse(String fileName, byte[] bytes, Charset declared) {
        TextEncoding text;
        try {
            text = TextEncoding.decode(fileName, bytes, declared);
        } catch (EvidenceCsvFormatException e) {
            throw new UnitsCsvFormatException(e.problems());
        }
        return new Reader(fileName).read(text.text());
    }

    /** {@code units} as a units CSV text (English headers, CRLF line ends), which {@link #parse} reads back equal. */
    public static String toCsv(List<? extends OrgUnit> units) {
        StringBuilder s = new StringBuilder();
        UnitColumn[] cols = UnitColumn.values();
        for (int i = 0; i < cols.length; i++) {
            s.append(i == 0 ? "" : ",").append(cols[i].english);
        }
        s.append("\r\n");
        for (OrgUnit u : units) {
            s.append(cell(u.id())).append(',').append(cell(u.name())).append(',').append(cell(u.kind().chineseName())).append(',')
                    .append(cell(u.parentId().orElse(""))).append(',').append(cell(u.leadDepartmentId().orElse(""))).append(',')
                    .append(cell(cadres(u.leadingCadres()))).append("\r\n");
        }
        return s.toString();
    }

    /** {@code 李明（局长）；王芳（副局长）}: the {@code 领导干部} cell of {@code cadres}. */
    static String cadres(List<org.kaoping.core.org.LeadingCadre> cadres) {
        StringBuilder s = new StringBuilder();
        for (org.kaoping.core.org.LeadingCadre c : cadres) {
            s.append(s.length() == 0 ? "" : "；").append(c.name()).append('（').append(c.post()).append('）');
        }
        return s.toString();
    }

    private static final java.util.regex.Pattern CADRE = java.util.regex.Pattern.compile("([^（()）；;]+)[（(]([^（()）；;]+)[）)]");

    /** The cadres of a {@code 领导干部} cell, or null if a part is not written {@code 姓名（职务）}. */
    static List<org.kaoping.core.org.LeadingCadre> parseCadres(String cell) {
        List<org.kaoping.core.org.LeadingCadre> out = new ArrayList<>();
        for (String part : cell.split("[；;]")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = CADRE.matcher(p);
            if (!m.matches() || m.group(1).trim().isEmpty() || m.group(2).trim().isEmpty()) {
                return null;
            }
            out.add(org.kaoping.core.org.LeadingCadre.of(m.group(1).trim(), m.group(2).trim()));
        }
        return out;
    }

    private static String cell(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0
                && (v.isEmpty() || v.trim().length() == v.length())) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** The kind named by {@code text}: an {@link OrgKind} name or its Chinese name; null if none. */
    static OrgKind kind(String text) {
        String t = text.trim();
        String upper = t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String halfWidth = t.replace('(', '（').replace(')', '）');
        for (OrgKind k : OrgKind.values()) {
            if (k.name().equals(upper) || k.chineseName().equals(t) || k.chineseName().equals(halfWidth)) {
                return k;
            }
        }
        return null;
    }

    private static String allKinds() {
        List<String> names = new ArrayList<>();
        for (OrgKind k : OrgKind.values()) {
            names.add(k.chineseName() + "/" + k.name());
        }
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        return "CsvOrgDirectory[" + file + (charset == null ? ", charset detected" : ", " + charset.name()) + "]";
    }

    /** Reads one file; one instance per read. */
    private static final class Reader {
        private static final int MAX_PROBLEMS = 200;

        private final String file;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Map<UnitColumn, Integer> index = new EnumMap<>(UnitColumn.class);
        private List<String> header;

        Reader(String file) {
            this.file = file;
        }

        List<OrgUnit> read(String text) {
            List<ImportProblem> syntax = new ArrayList<>();
            CsvTable table = CsvTable.parse(file, text, syntax);
            problems.addAll(syntax);
            if (problems.isEmpty() && table.isEmpty()) {
                problems.add(new ImportProblem(file, 0, 0, null, "the file holds no header and no unit; expected a header row with "
                        + headersOf(true) + " and one row per unit"));
            }
            fail();
            header = table.header;
            for (int j = 0; j < header.size(); j++) {
                UnitColumn c = UnitColumn.ofHeader(header.get(j));
                if (c == null) {
                    continue;
                }
                Integer before = index.put(c, j);
                if (before != null) {
                    problems.add(new ImportProblem(file, table.headerLine, j + 1, header.get(j).trim(), "column " + c.headers()
                            + " appears twice (also column " + (before + 1) + "); expected it once"));
                }
            }
            for (UnitColumn c : UnitColumn.values()) {
                if (c.required && !index.containsKey(c)) {
                    problems.add(new ImportProblem(file, table.headerLine, 0, null, "no column " + c.headers() + "; expected the columns "
                            + headersOf(true) + " (and optionally " + headersOf(false) + "); the header is " + header));
                }
            }
            fail();
            List<OrgUnit> units = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            Map<String, Integer> lineOfId = new HashMap<>();
            for (CsvTable.Row r : table.rows) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                if (r.fields.size() > header.size()) {
                    problems.add(new ImportProblem(file, r.line, header.size() + 1, null, "the row has " + r.fields.size()
                            + " fields; expected at most " + header.size() + ", as many as the header has"));
                    continue;
                }
                int before = problems.size();
                String unitId = required(r, UnitColumn.ID, "a unit id");
                String name = required(r, UnitColumn.NAME, "the unit's name");
                String kindText = required(r, UnitColumn.KIND, "a kind of unit (" + allKinds() + ")");
                OrgKind kind = null;
                if (kindText != null) {
                    kind = kind(kindText);
                    if (kind == null) {
                        problem(r, UnitColumn.KIND, "expected a kind of unit, one of " + allKinds() + "; got [" + kindText + "]");
                    }
                }
                if (unitId != null) {
                    Integer first = lineOfId.get(unitId);
                    if (first != null) {
                        problem(r, UnitColumn.ID, "unit id [" + unitId + "] is already used on line " + first + "; expected unique ids");
                    }
                }
                String parent = optional(r, UnitColumn.PARENT);
                String lead = optional(r, UnitColumn.LEAD_DEPARTMENT);
                if (parent != null && parent.equals(unitId)) {
                    problem(r, UnitColumn.PARENT, "unit [" + unitId + "] names itself as its parent; expected another unit's id or nothing");
                }
                if (lead != null && lead.equals(unitId)) {
                    problem(r, UnitColumn.LEAD_DEPARTMENT, "unit [" + unitId + "] names itself as its lead department; expected"
                            + " another unit's id or nothing");
                }
                String cadreText = optional(r, UnitColumn.LEADING_CADRES);
                List<org.kaoping.core.org.LeadingCadre> cadres = cadreText == null ? Collections.<org.kaoping.core.org.LeadingCadre>emptyList()
                        : parseCadres(cadreText);
                if (cadres == null) {
                    problem(r, UnitColumn.LEADING_CADRES, "expected leading cadres written 姓名（职务）, separated by ； such as"
                            + " 李明（局长）；王芳（副局长）; got [" + cadreText + "]");
                }
                if (problems.size() > before) {
                    continue;
                }
                try {
                    units.add(OrgUnit.builder().id(unitId).name(name).kind(kind).parentId(java.util.Optional.ofNullable(parent))
                            .leadDepartmentId(java.util.Optional.ofNullable(lead)).leadingCadres(cadres).build());
                } catch (RuntimeException e) {
                    problems.add(new ImportProblem(file, r.line, 0, null, "unit [" + unitId + "] is refused: " + e.getMessage()));
                    continue;
                }
                lineOfId.put(unitId, r.line);
                lines.add(r.line);
            }
            for (int i = 0; i < units.size(); i++) {
                OrgUnit u = units.get(i);
                if (u.parentId().isPresent() && !lineOfId.containsKey(u.parentId().get())) {
                    problems.add(new ImportProblem(file, lines.get(i), index.get(UnitColumn.PARENT) + 1, header.get(index.get(UnitColumn.PARENT)).trim(),
                            "unit [" + u.id() + "] names parent [" + u.parentId().get() + "], which is not in the file; expected the "
                                    + UnitColumn.ID.headers() + " of a listed unit, or nothing for a root"));
                }
                if (u.leadDepartmentId().isPresent() && !lineOfId.containsKey(u.leadDepartmentId().get())) {
                    int col = index.get(UnitColumn.LEAD_DEPARTMENT);
                    problems.add(new ImportProblem(file, lines.get(i), col + 1, header.get(col).trim(), "unit [" + u.id()
                            + "] names lead department [" + u.leadDepartmentId().get() + "], which is not in the file; expected the "
                            + UnitColumn.ID.headers() + " of a listed unit, or nothing"));
                }
            }
            if (problems.isEmpty() && units.isEmpty()) {
                problems.add(new ImportProblem(file, table.headerLine, 0, null, "the file lists no unit; expected one row per unit after the header"));
            }
            fail();
            cycles(units, lines);
            fail();
            try {
                OrgTree.of(new ArrayList<OrgUnit>(units));
            } catch (KaopingException e) {
                problems.add(new ImportProblem(file, 0, 0, null, "the units do not form a tree: " + e.getMessage()));
            }
            fail();
            return Collections.unmodifiableList(units);
        }

        /** A cycle of parents, reported on the line of the cycle's first unit in the file, naming every unit on it. */
        private void cycles(List<OrgUnit> units, List<Integer> lines) {
            Map<String, String> parentOf = new HashMap<>();
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                OrgUnit u = units.get(i);
                indexOf.put(u.id(), i);
                if (u.parentId().isPresent()) {
                    parentOf.put(u.id(), u.parentId().get());
                }
            }
            // 0 unseen, 1 on the walk under way, 2 known to reach a root
            Map<String, Integer> state = new HashMap<>();
            for (OrgUnit start : units) {
                List<String> walk = new ArrayList<>();
                String at = start.id();
                while (at != null && !state.containsKey(at)) {
                    state.put(at, 1);
                    walk.add(at);
                    at = parentOf.get(at);
                }
                if (at != null && state.get(at) == 1) {
                    List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(at), walk.size()));
                    int first = Integer.MAX_VALUE;
                    for (String id : cycle) {
                        first = Math.min(first, indexOf.get(id));
                    }
                    String head = units.get(first).id();
                    while (!cycle.get(0).equals(head)) {
                        cycle.add(cycle.remove(0));
                    }
                    cycle.add(head);
                    int col = index.get(UnitColumn.PARENT);
                    problems.add(new ImportProblem(file, lines.get(first), col + 1, header.get(col).trim(), "the parents form"
                            + " a cycle, " + String.join(" → ", cycle) + "; expected every chain of parents to end at a root"));
                }
                for (String id : walk) {
                    state.put(id, 2);
                }
            }
        }

        private void fail() {
            if (!problems.isEmpty()) {
                throw new UnitsCsvFormatException(problems);
            }
        }

        private String cellOf(CsvTable.Row r, UnitColumn c) {
            Integer j = index.get(c);
            if (j == null || j >= r.fields.size()) {
                return "";
            }
            return r.fields.get(j).trim();
        }

        private String required(CsvTable.Row r, UnitColumn c, String expected) {
            String v = cellOf(r, c);
            if (v.isEmpty()) {
                problem(r, c, "expected " + expected + "; the cell is empty");
                return null;
            }
            return v;
        }

        private String optional(CsvTable.Row r, UnitColumn c) {
            String v = cellOf(r, c);
            return v.isEmpty() ? null : v;
        }

        private void problem(CsvTable.Row r, UnitColumn c, String message) {
            int j = index.get(c);
            problems.add(new ImportProblem(file, r.line, j + 1, header.get(j).trim(), message));
        }

        private static String headersOf(boolean required) {
            List<String> out = new ArrayList<>();
            for (UnitColumn c : UnitColumn.values()) {
                if (c.required == required) {
                    out.add(c.headers());
                }
            }
            return out.toString();
        }
    }
}
