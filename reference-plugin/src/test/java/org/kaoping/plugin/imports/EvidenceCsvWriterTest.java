package org.kaoping.plugin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.EvidenceKind;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.plugin.fixtures.SampleEvidence;

/**
 * The CSV writer's cells, read by each evidence's kind (issue 14: no visitor made per cell), carry every kind's
 * attributes: what it writes reads back equal, file by file, and a self-report section a file has no column for is
 * refused, naming the report and the section.
 */
class EvidenceCsvWriterTest {

    @Test
    void everyKindReadsBackEqual() {
        Map<EvidenceKind, List<Evidence>> byKind = new EnumMap<>(EvidenceKind.class);
        for (Evidence e : SampleEvidence.everyKind()) {
            byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        byKind.get(EvidenceKind.SELF_REPORT).add(SelfReport.builder().id("sr-3").unitId("hepu").period(ReportingPeriod.year(2015))
                .source(SourceKind.SELF).author("李明").recordedAt(Instant.parse("2015-11-20T02:00:00Z")).type(SelfReport.Type.ANNUAL)
                .sections(sections("组织建设", "成立领导小组，\"一把手\"负总责", "创建效果", "普法覆盖率 98%")).build());
        assertEquals(EvidenceKind.values().length, byKind.size());
        for (Map.Entry<EvidenceKind, List<Evidence>> k : byKind.entrySet()) {
            String name = EvidenceCsvWriter.fileName(k.getKey(), "-test");
            ParsedFile read = EvidenceCsv.read(name, EvidenceCsvWriter.toBytes(k.getKey(), k.getValue(), StandardCharsets.UTF_8), null)
                    .throwIfProblems();
            List<Evidence> expected = new ArrayList<>();
            for (Evidence e : k.getValue()) {
                expected.add(e instanceof MetricValue ? plainValues((MetricValue) e) : e);
            }
            assertEquals(expected, read.evidence(), name);
        }
    }

    @Test
    void aSectionWithoutAColumnIsRefusedByName() {
        SelfReport r = SelfReport.builder().id("sr-9").unitId("hepu").period(ReportingPeriod.year(2015)).source(SourceKind.SELF)
                .author("李明").recordedAt(Instant.parse("2015-11-20T02:00:00Z")).type(SelfReport.Type.ANNUAL)
                .sections(sections("其他", "不属于四个部分")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvidenceCsvWriter.toCsv(EvidenceKind.SELF_REPORT, Collections.singletonList(r)));
        assertTrue(e.getMessage().contains("[sr-9]") && e.getMessage().contains("[其他]"), e.getMessage());
    }

    /** A metric as the file writes it: its numbers without trailing zeros (3.50 is written 3.5). */
    private static MetricValue plainValues(MetricValue m) {
        MetricValue.Builder b = MetricValue.builder().from(m).value(plain(m.value()));
        if (m.outOf().isPresent()) {
            b.outOf(plain(m.outOf().get()));
        }
        return b.build();
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Map<String, String> sections(String... titleAndText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < titleAndText.length; i += 2) {
            m.put(titleAndText[i], titleAndText[i + 1]);
        }
        return m;
    }
}
