package org.kaoping.plugin.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgKind;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.ScorecardRecord;

/** Issue 16, items 4 and 7: the demo's July 临时部署 amends the county standard, and every results row names its version. */
class DemoAmendmentTest {
    @Test
    void theCountyScorecardsUseTheAmendedVersionTheOthersTheirOwnAndTheResultsSaySo(@TempDir Path out) throws Exception {
        BeihaiDemo.runAndWrite(out);
        String amended = BeihaiDemo.plan().rubricFor(OrgKind.COUNTY_DISTRICT).version() + "+临时部署-1";
        List<String> lines = Files.readAllLines(out.resolve(Reports.CSV), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int unitColumn = header.indexOf("单位编码");
        int versionColumn = header.indexOf("考评标准版本");
        assertTrue(versionColumn > 0, header.toString());
        int counties = 0;
        try (JournalAssessmentStore store = JournalAssessmentStore.open(BeihaiDemo.storeDirectory(out))) {
            for (String line : lines.subList(1, lines.size())) {
                String[] row = line.split(",", -1);
                OrgUnit unit = BeihaiSampleCity.tree().unit(row[unitColumn]);
                String expected = unit.kind() == OrgKind.COUNTY_DISTRICT ? amended : BeihaiDemo.plan().rubricFor(unit.kind()).version();
                counties += unit.kind() == OrgKind.COUNTY_DISTRICT ? 1 : 0;
                assertEquals(expected, row[versionColumn], unit.id());
                ScorecardRecord stored = store.scorecard("beihai-2015-demo", unit.id()).get();
                assertEquals(expected, stored.rubricVersion(), unit.id() + ": the stored scorecard names the version it used");
            }
            long amendments = store.auditEvents(0).stream().filter(e -> e.action() == AuditEvent.Action.RUBRIC_AMENDED).count();
            assertEquals(1, amendments, "one audited amendment: the county standard");
        }
        assertEquals(4, counties);
        String json = new String(Files.readAllBytes(out.resolve(Reports.JSON)), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertTrue(json.contains("\"rubricVersion\":\"" + amended + "\""), "the JSON rows name the version");
    }
}
