package org.kaoping.plugin.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgTree;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.plugin.imports.ImportProblem;

class CsvOrgDirectoryTest {
    static final Charset GB18030 = Charset.forName("GB18030");

    static final String ZH_HEADER = "单位编码,单位名称,单位类型,上级单位编码,牵头部门编码,备注\r\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private ImportProblem onlyProblem(String text) throws Exception {
        Path f = write("units.csv", text.getBytes(StandardCharsets.UTF_8));
        UnitsCsvFormatException e = assertThrows(UnitsCsvFormatException.class, () -> CsvOrgDirectory.of(f).units());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("units.csv"), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aGb18030FileWithChineseHeadersAndChineseKindNamesIsDetectedAndRead() throws Exception {
        String text = ZH_HEADER
                + "bh,北海市,市,,,\r\n"
                + "bh/justice,市司法局,市级司法机关,bh,,OA导出\r\n"
                + "bh/hepu,合浦县,县(区),bh,,\r\n"
                + "bh/hepu/t1,廉州镇,乡镇、街道,bh/hepu,,\r\n"
                + "bh/notary,示例公证处,ENTERPRISE_INSTITUTION,bh,bh/justice,\r\n";
        byte[] bytes = text.getBytes(GB18030);
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\uFFFD"), "the bytes are not valid UTF-8");
        Path f = write("组织机构.csv", bytes);

        List<OrgUnit> units = CsvOrgDirectory.of(f).units();

        assertEquals(5, units.size());
        assertEquals(OrgUnit.root("bh", "北海市", OrgKind.CITY), units.get(0));
        assertEquals(OrgKind.COUNTY_DISTRICT, units.get(2).kind(), "half-width parentheses accepted");
        assertEquals(OrgKind.TOWNSHIP, units.get(3).kind());
        assertEquals("bh/justice", units.get(4).leadDepartmentId().get());
        OrgTree tree = CsvOrgDirectory.of(f).tree();
        assertEquals("bh/hepu", tree.countyOf("bh/hepu/t1").get().id());
        assertEquals(units, CsvOrgDirectory.parse("x.csv", text.getBytes(StandardCharsets.UTF_8), null), "UTF-8 reads the same");
    }

    @Test
    void aBadKindNamesFileLineColumnHeaderAndTheKinds() throws Exception {
        ImportProblem p = onlyProblem(ZH_HEADER + "bh,北海市,市,,,\r\nbh/x,某局,局,bh,,\r\n");
        assertEquals(3, p.line());
        assertEquals(3, p.column());
        assertEquals("单位类型", p.header());
        assertTrue(p.message().contains("got [局]") && p.message().contains("县（区）/COUNTY_DISTRICT"), p.message());
    }

    @Test
    void aDanglingParentNamesTheUnitAndNothingIsUsed() throws Exception {
        ImportProblem p = onlyProblem("unit_id,name,kind,parent_id\nbh,北海市,CITY,\nbh/hepu,合浦县,county_district,bh/nowhere\n");
        assertEquals(3, p.line());
        assertEquals(4, p.column());
        assertEquals("parent_id", p.header());
        assertTrue(p.message().contains("unit [bh/hepu] names parent [bh/nowhere]"), p.message());
    }

    @Test
    void aDanglingLeadDepartmentADuplicateIdAndEmptyCellsAreEachNamed() throws Exception {
        Path f = write("units.csv", ("unit_id,name,kind,parent_id,lead_department_id\n"
                + "bh,北海市,CITY,,\n"
                + "bh,北海市,CITY,,\n"
                + "bh/a,,TOWNSHIP,bh,\n"
                + "bh/b,某公司,ENTERPRISE_INSTITUTION,bh,bh/none\n").getBytes(StandardCharsets.UTF_8));
        UnitsCsvFormatException e = assertThrows(UnitsCsvFormatException.class, () -> CsvOrgDirectory.of(f).units());
        List<ImportProblem> ps = e.problems();
        assertEquals(3, ps.size(), e.getMessage());
        assertEquals(3, ps.get(0).line());
        assertEquals("unit_id", ps.get(0).header());
        assertTrue(ps.get(0).message().contains("already used on line 2"), ps.get(0).message());
        assertEquals(4, ps.get(1).line());
        assertEquals(2, ps.get(1).column());
        assertEquals("name", ps.get(1).header());
        assertTrue(ps.get(1).message().contains("empty"), ps.get(1).message());
        ImportProblem lead = ps.get(2);
        assertEquals(5, lead.line());
        assertEquals(5, lead.column());
        assertTrue(lead.message().contains("lead department [bh/none]"), lead.message());
    }

    @Test
    void aMissingColumnACycleAndUndecodableBytesAreRefused() throws Exception {
        ImportProblem missing = onlyProblem("unit_id,name\nbh,北海市\n");
        assertEquals(1, missing.line());
        assertTrue(missing.message().contains("no column 单位类型/kind"), missing.message());

        ImportProblem cycle = onlyProblem("unit_id,name,kind,parent_id\nbh,北海市,CITY,\na,甲,TOWNSHIP,b\nb,乙,TOWNSHIP,a\n");
        assertTrue(cycle.message().contains("the parents form a cycle, a → b → a"), cycle.message());
        assertEquals(3, cycle.line(), "the line of the cycle's first unit");

        ImportProblem tooMany = onlyProblem("unit_id,name,kind\nbh,北海市,CITY,extra\n");
        assertEquals(2, tooMany.line());
        assertEquals(4, tooMany.column());

        Path f = write("utf16.csv", "unit_id".getBytes(StandardCharsets.UTF_16));
        UnitsCsvFormatException e = assertThrows(UnitsCsvFormatException.class, () -> CsvOrgDirectory.of(f).units());
        assertTrue(e.getMessage().contains("utf16.csv") && e.getMessage().contains("UTF-16"), e.getMessage());
    }
}
