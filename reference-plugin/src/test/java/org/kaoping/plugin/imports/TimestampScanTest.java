package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written timestamp and period scanners accept exactly what the regular expressions they replace accepted. */
class TimestampScanTest {
    private static final Pattern LOCAL_TIME = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern PERIOD_SIMPLE = Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?");

    @Test
    void localDateTimeAgreesWithTheRegularExpressionOnSeededRandomText() {
        Random random = new Random(20151130L);
        String alphabet = "0123456789-/ T:+Z０";
        String[] seeds = {"2015-03-20 09:30", "2015/3/2", "2015-03-20T09:30:05", "2015-3-20 9:30", "2015-03-20 09:3"};
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder(i % 3 == 0 ? seeds[random.nextInt(seeds.length)] : "");
            int extra = random.nextInt(i % 3 == 0 ? 3 : 22);
            for (int k = 0; k < extra; k++) {
                int at = random.nextInt(s.length() + 1);
                s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            Matcher m = LOCAL_TIME.matcher(text);
            int[] scanned = EvidenceCsv.localDateTime(text);
            if (!m.matches()) {
                assertNull(scanned, text);
                continue;
            }
            int[] expected = new int[6];
            for (int g = 1; g <= 6; g++) {
                expected[g - 1] = m.group(g) == null ? -1 : Integer.parseInt(m.group(g));
            }
            assertArrayEquals(expected, scanned, text);
        }
    }

    @Test
    void yearZeroIsLeftToTheFullParser() {
        assertEquals(0, EvidenceCsv.fastPeriod("0000-03"));
        assertEquals(0, EvidenceCsv.fastPeriod("0000"));
    }

    @Test
    void fastPeriodTakesOnlyTheSimpleShapes() {
        Random random = new Random(2015L);
        String alphabet = "0123456789-年月";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(9);
            for (int k = 0; k < len; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            Matcher m = PERIOD_SIMPLE.matcher(text);
            int fast = EvidenceCsv.fastPeriod(text);
            if (m.matches() && Integer.parseInt(m.group(1)) > 0) {
                int year = Integer.parseInt(m.group(1));
                assertEquals(m.group(2) == null ? year : year * 100 + Integer.parseInt(m.group(2)), fast, text);
            } else {
                assertEquals(0, fast, text);
            }
        }
    }
}
