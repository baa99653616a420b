package org.kaoping.examples.oa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.points.Points;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.ImportResult;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.support.InMemoryAssessmentStore;

/** The wiring snippet of docs/adapter-guide.md, step 9, compiled and run on the fixture, so the guide cannot drift. */
class AdapterGuideTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the guide's explicit wiring imports the OA export and scores a county from it")
    void guideWiringWorks() {
        Path export = OaFixtures.export(dir);
        // --- docs/adapter-guide.md, step 9 ---
        Kaoping kaoping = Kaoping.builder()
                .rubricProvider(new Beihai2015RubricProvider())
                .orgDirectory(new OaOrgDirectory(export))
                .evidenceSource(new OaEvidenceSource(export))
                .store(new InMemoryAssessmentStore())
                .cityOffice("450500")
                .planFromRubrics("beihai-2015", 2015)
                .build();
        List<ImportResult> imported = kaoping.importAll();
        Scorecard haicheng = kaoping.scoreUnit("450502");
        // --- end of snippet ---
        assertEquals(1, imported.size());
        assertEquals(10, imported.get(0).added());
        assertEquals(Points.parse("0.87"), haicheng.awarded("2.1"));
        kaoping.close();
    }
}
