package org.kaoping.plugin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path of the codec's instants reads what {@link Instant#parse} reads, and leaves every other text to it. */
class UtcInstantTest {

    @Test
    void readsEveryInstantAsInstantParseDoes() {
        Random random = new Random(20151130L);
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong() % 253_402_300_800L; // years 0000 to 9999, before and after 1970
            if (second < -62_167_219_200L) {
                second = -second;
            }
            int nanos;
            switch (i % 4) {
                case 0:
                    nanos = 0;
                    break;
                case 1:
                    nanos = random.nextInt(1000) * 1_000_000;
                    break;
                case 2:
                    nanos = random.nextInt(1_000_000) * 1000;
                    break;
                default:
                    nanos = random.nextInt(1_000_000_000);
                    break;
            }
            String text = Instant.ofEpochSecond(second, nanos).toString();
            assertEquals(Instant.parse(text), EvidenceReader.utcInstant(text), text);
        }
    }

    @Test
    void readsShortFractionsAsInstantParseDoes() {
        for (String text : new String[] {"2015-12-18T01:00:00.1Z", "2015-12-18T01:00:00.12Z", "2015-12-18T01:00:00.1234Z",
            "2015-12-18T01:00:00.12345678Z", "2016-02-29T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "1969-12-31T23:59:59.5Z"}) {
            assertEquals(Instant.parse(text), EvidenceReader.utcInstant(text), text);
        }
    }

    @Test
    void leavesEveryOtherFormToTheGeneralParser() {
        for (String text : new String[] {"2015-12-18T01:00Z", "2015-12-18T01:00:00", "2015-12-18T01:00:00+08:00", "2015-12-18t01:00:00z",
            "2015-12-18T01:00:00.Z", "2015-12-18T01:00:00.1234567890Z", "2015-02-29T01:00:00Z", "2015-04-31T01:00:00Z",
            "2015-13-01T01:00:00Z", "2015-00-01T01:00:00Z", "2015-12-00T01:00:00Z", "2015-12-18T24:00:00Z", "2015-12-18T23:60:00Z",
            "2015-12-18T23:59:60Z", "+2015-12-18T01:00:00Z", "2015-12-18T01:00:0xZ", "2015-12-18 01:00:00Z", "２０１５-12-18T01:00:00Z",
            "2015-12-18T01:00:00.1a3Z", "", "Z"}) {
            assertNull(EvidenceReader.utcInstant(text), text);
        }
    }
}
