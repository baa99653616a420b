package org.kaoping.examples.oa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.spi.OrgDirectory;

/**
 * An {@link OrgDirectory} reading {@code units.csv} of an OA export folder (GB18030; columns 单位编码,
 * 单位名称, 单位类型, 上级单位编码, 牵头部门编码). 单位类型 is an {@link OrgKind}'s Chinese name (市, 县（区）,
 * 乡镇、街道 …) or a common short form (县, 区, 街道, 村, 社区, 企业 …).
 *
 * <p>Each call to {@link #units()} reads the file again, so a reload sees the latest export; an unreadable
 * or inconsistent file (a dangling parent or lead department, a duplicate code) is refused with an
 * {@link OaCsvFormatException} naming the file, line and column. Stateless, hence thread-safe.
 *
 * <p>Registered by discovery through {@code META-INF/services/org.kaoping.spi.OrgDirectory} with the
 * no-argument constructor, which reads the folder from the system property
 * {@value OaExport#DIRECTORY_PROPERTY}; or wired explicitly with {@link #OaOrgDirectory(Path)}.
 */
public final class OaOrgDirectory implements OrgDirectory {
    static final String CODE = "单位编码";
    static final String NAME = "单位名称";
    static final String TYPE = "单位类型";
    static final String PARENT = "上级单位编码";
    static final String LEAD = "牵头部门编码";

    private static final Map<String, OrgKind> KINDS = kinds();

    private final Path file;

    /** The directory of the export folder named by the system property {@value OaExport#DIRECTORY_PROPERTY}. */
    public OaOrgDirectory() {
        this(OaExport.configuredDirectory());
    }

    /** The directory of the export folder {@code exportDir}. */
    public OaOrgDirectory(Path exportDir) {
        this.file = Objects.requireNonNull(exportDir, "exportDir must not be null").resolve(OaExport.UNITS_FILE);
    }

    @Override
    public String id() {
        return "oa-export";
    }

    /**
     * @throws OaCsvFormatException naming the file, line and column of the first problem
     */
    @Override
    public List<OrgUnit> units() {
        CsvTable table = CsvTable.read(file, CODE, NAME, TYPE, PARENT, LEAD);
        Map<String, CsvTable.Row> byCode = new LinkedHashMap<>();
        List<OrgUnit> units = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            String code = row.text(CODE);
            CsvTable.Row earlier = byCode.put(code, row);
            if (earlier != null) {
                throw row.error(CODE, "unit code [" + code + "] is already used on line " + earlier.line());
            }
            OrgKind kind = KINDS.get(row.text(TYPE));
            if (kind == null) {
                throw row.error(TYPE, "unknown unit type [" + row.text(TYPE) + "]; expected one of " + KINDS.keySet());
            }
            try {
                units.add(OrgUnit.builder().id(code).name(row.text(NAME)).kind(kind)
                        .parentId(optional(row.optional(PARENT))).leadDepartmentId(optional(row.optional(LEAD))).build());
            } catch (IllegalArgumentException e) {
                throw row.error(PARENT, e.getMessage());
            }
        }
        for (CsvTable.Row row : byCode.values()) {
            for (String column : new String[] {PARENT, LEAD}) {
                String ref = row.optional(column);
                if (!ref.isEmpty() && !byCode.containsKey(ref)) {
                    throw row.error(column, "unit [" + ref + "] is not in " + table.file);
                }
            }
        }
        return Collections.unmodifiableList(units);
    }

    private static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.<String>empty() : Optional.of(s);
    }

    private static Map<String, OrgKind> kinds() {
        Map<String, OrgKind> m = new LinkedHashMap<>();
        for (OrgKind k : OrgKind.values()) {
            m.put(k.chineseName(), k);
        }
        Map<String, OrgKind> aliases = new HashMap<>();
        aliases.put("县", OrgKind.COUNTY_DISTRICT);
        aliases.put("区", OrgKind.COUNTY_DISTRICT);
        aliases.put("县区", OrgKind.COUNTY_DISTRICT);
        aliases.put("乡镇", OrgKind.TOWNSHIP);
        aliases.put("街道", OrgKind.TOWNSHIP);
        aliases.put("村", OrgKind.VILLAGE_COMMUNITY);
        aliases.put("社区", OrgKind.VILLAGE_COMMUNITY);
        aliases.put("司法机关", OrgKind.CITY_JUDICIAL);
        aliases.put("行政部门", OrgKind.CITY_ADMINISTRATIVE);
        aliases.put("党群部门", OrgKind.CITY_PARTY_MASS);
        aliases.put("企业", OrgKind.ENTERPRISE_INSTITUTION);
        aliases.put("事业单位", OrgKind.ENTERPRISE_INSTITUTION);
        m.putAll(new java.util.TreeMap<>(aliases));
        return Collections.unmodifiableMap(m);
    }
}
