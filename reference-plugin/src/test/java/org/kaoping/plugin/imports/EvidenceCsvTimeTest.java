package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The exports' time cell written digit by digit (issue 14) is the formatter's text for any instant: whole seconds
 * across years 0001 to 9999 and beyond (where the formatter itself is used), the Shanghai zone's historical offsets
 * included, and instants with a fraction of a second (the ISO form).
 */
class EvidenceCsvTimeTest {
    private static final long YEAR_1 = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_12000 = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();

    @Test
    void theTimeCellIsTheFormattersTextProperty() {
        qt().withExamples(20000).forAll(longs().between(YEAR_1, YEAR_12000), longs().between(0, 3)).checkAssert((seconds, fraction) -> {
            Instant t = Instant.ofEpochSecond(seconds, fraction == 0 ? 0 : fraction * 1000);
            assertEquals(EvidenceCsvWriter.timeByFormatter(t), EvidenceCsvWriter.time(t), t.toString());
        });
    }

    @Test
    void theDemosTimesAndTheEdgesOfTheFastPath() {
        for (String iso : new String[] {"2015-07-14T08:00:00Z", "2016-01-10T01:00:00Z", "1000-01-01T00:00:00Z", "0999-12-31T15:59:59Z",
            "9999-12-31T15:59:59Z", "9999-12-31T16:00:00Z", "1940-06-02T15:00:00Z", "1986-05-04T00:00:00Z"}) {
            Instant t = Instant.parse(iso);
            assertEquals(EvidenceCsvWriter.timeByFormatter(t), EvidenceCsvWriter.time(t), iso);
        }
        assertEquals("2015-07-14 16:00:00", EvidenceCsvWriter.time(Instant.parse("2015-07-14T08:00:00Z")));
    }
}
