package org.kaoping.plugin.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.kaoping.core.rubric.Rubric;
import org.kaoping.plugin.imports.ImportProblem;
import org.kaoping.plugin.json.RubricJson;
import org.kaoping.spi.Providers;
import org.kaoping.spi.RubricProvider;
import org.kaoping.spi.RubricRegistry;

/** Issue 16, item 6: the mapping file of criterion ids from the 2015 party-mass standard to its 2016 sample (示例数据). */
class CriterionMappingTest {
    static final String RESOURCES = "/org/kaoping/plugin/migrate/";
    static final Rubric A = RubricRegistry.of(Providers.discover(RubricProvider.class)).rubric("beihai-2015/party-mass");
    static final Rubric B = RubricJson.parse(text("party-mass-2016-sample.json"), "party-mass-2016-sample.json");

    static String text(String resource) {
        try (InputStream in = CriterionMappingTest.class.getResourceAsStream(RESOURCES + resource)) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0;) {
                b.write(buf, 0, n);
            }
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static CriterionMapping parse(String csv) {
        return CriterionMapping.parse("map.csv", csv.getBytes(StandardCharsets.UTF_8), A, B);
    }

    static ImportProblem refused(String csv) {
        CriterionMappingCsvFormatException e = assertThrows(CriterionMappingCsvFormatException.class, () -> parse(csv));
        assertTrue(e.getMessage().startsWith("criterion mapping file map.csv refused, nothing carried over"), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void theSampleMappingCarriesRenamedItemsAndDeclaresTheRemovedOne() {
        CriterionMapping m = parse(text("party-mass-2015-to-2016.csv"));
        assertEquals(17, m.pairs().size(), m.toString());
        assertEquals("13", m.pairs().get("14"));
        assertEquals("15", m.pairs().get("16"));
        assertEquals(Collections.singleton("13"), m.notCarried().keySet());
        assertTrue(m.notCarried().get("13").contains("删除"), m.notCarried().toString());
        assertEquals(Collections.singletonList("16"), m.newItemsWithoutSource());
        assertEquals(Collections.emptyList(), m.notListed());
        assertEquals("改号", m.note("14").get());
    }

    @Test
    void englishHeadersInAnyOrderAndItemsNotListedAreNotCarried() {
        CriterionMapping m = parse("to,from\n1,1\n13,14\n");
        assertEquals(2, m.pairs().size());
        assertEquals(Arrays.asList("2", "3", "4", "5", "6", "6.1", "6.2", "7", "8", "9", "10", "11", "12", "13", "15", "16"), m.notListed());
        assertTrue(m.newItemsWithoutSource().contains("2") && !m.newItemsWithoutSource().contains("13"), m.newItemsWithoutSource().toString());
    }

    @Test
    void anIdNotInTheOlderStandardIsRefusedNamingLineAndColumn() {
        ImportProblem p = refused("原条目编号,新条目编号,说明\n1,1,\n99,2,\n");
        assertEquals(3, p.line());
        assertEquals(1, p.column());
        assertEquals("原条目编号", p.header());
        assertTrue(p.message().contains("[99] is not a criterion of [beihai-2015/party-mass]"), p.toString());
    }

    @Test
    void anIdNotInTheNewerStandardIsRefused() {
        ImportProblem p = refused("原条目编号,新条目编号\n1,17\n");
        assertEquals(2, p.line());
        assertEquals("新条目编号", p.header());
        assertTrue(p.message().contains("[17] is not a criterion of [beihai-2016-sample/party-mass]"), p.toString());
    }

    @Test
    void oneToManyIsRefused() {
        ImportProblem p = refused("原条目编号,新条目编号\n1,1\n1,2\n");
        assertEquals(3, p.line());
        assertTrue(p.message().contains("already mapped on line 2") && p.message().contains("one-to-many is refused"), p.toString());
    }

    @Test
    void manyToOneIsRefused() {
        ImportProblem p = refused("原条目编号,新条目编号\n1,1\n2,1\n");
        assertEquals(3, p.line());
        assertTrue(p.message().contains("already receives an item on line 2") && p.message().contains("many-to-one is refused"), p.toString());
    }

    @Test
    void anItemCarriedNowhereNeedsANote() {
        ImportProblem p = refused("原条目编号,新条目编号,说明\n13,,\n");
        assertEquals(2, p.line());
        assertEquals("说明", p.header());
        assertTrue(p.message().contains("expected a note"), p.toString());
    }

    @Test
    void aMissingColumnIsRefusedAndEveryProblemIsListed() {
        ImportProblem p = refused("原条目编号,备注\n1,x\n");
        assertTrue(p.message().contains("no column 新条目编号/to"), p.toString());
        CriterionMappingCsvFormatException all = assertThrows(CriterionMappingCsvFormatException.class,
                () -> parse("原条目编号,新条目编号\n98,1\n99,2\n"));
        assertEquals(2, all.problems().size(), all.getMessage());
    }
}
