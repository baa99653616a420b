package org.kaoping.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.plugin.demo.BeihaiDemo;

/** Issue 17, item 2: {@code --as-of DATE} scores only the evidence filed by the end of that day (Beijing time). */
class AsOfCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTheDemosEvidence() {
        BeihaiDemo.writeEvidence(dir, BeihaiDemo.evidence());
    }

    private static String total(String out) {
        Matcher m = Pattern.compile("最终得分 ([0-9.]+)").matcher(out);
        assertTrue(m.find(), out);
        return m.group(1);
    }

    @Test
    void rankAsOf30JuneCountsOnlyTheEvidenceFiledByThenAndSaysSo() {
        MainTest.Run june = new MainTest.Run("score", "--evidence", dir.toString(), "-u", "beihai/hepu", "--as-of", "2015-06-30");
        MainTest.Run year = new MainTest.Run("score", "--evidence", dir.toString(), "-u", "beihai/hepu");
        assertEquals(0, june.exit, june.toString());
        assertTrue(june.out.contains("平时考评：截至2015年6月30日24时（北京时间）报送、录入的证据"), june.out);
        Matcher m = Pattern.compile("证据 ([0-9]+) 条（共 ([0-9]+) 条）").matcher(june.out);
        assertTrue(m.find(), june.out);
        assertTrue(Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2)), m.group());
        assertNotEquals(total(year.out), total(june.out));
        assertTrue(new java.math.BigDecimal(total(june.out)).compareTo(new java.math.BigDecimal(total(year.out))) < 0);
        assertTrue(!year.out.contains("平时考评：截至"), "the year-end score says nothing of a standing");
    }
}
