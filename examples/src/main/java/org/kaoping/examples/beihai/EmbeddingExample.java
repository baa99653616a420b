package org.kaoping.examples.beihai;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Map;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.ranking.RankedUnit;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.imports.FolderEvidenceSource;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.Kaoping;

/**
 * The quick start an integrator copies: wire the runtime explicitly (rubrics, the org directory, the embedded
 * journal store, an evidence folder the OA system exports to), leave the city office out of the assessees, import,
 * submit one judgement under the delegation rules, then score and rank. In a host, replace {@link BeihaiSampleCity#directory()} by an adapter over the
 * host's org directory and point the folder source at the OA export folder.
 *
 * <p>Run it with {@code java -cp … org.kaoping.examples.beihai.EmbeddingExample [WORK_DIR]}; it seeds
 * {@code WORK_DIR/evidence} with the demo's synthetic evidence (示例数据，非真实考评结果) first.
 */
public final class EmbeddingExample {
    /** Why the city office is left out of the rankings, as the demo says it. */
    static final String OFFICE_NOT_ASSESSED = "市依法治市领导小组办公室是考评的承办机构，不作为被考评对象";

    private EmbeddingExample() {}

    public static void main(String[] args) {
        Path dir = Paths.get(args.length > 0 ? args[0] : "kaoping-example");
        BeihaiDemo.writeEvidence(dir.resolve("evidence"), BeihaiDemo.evidence()); // what the OA system would export
        for (Map.Entry<String, RankingTable> t : run(dir).entrySet()) {
            System.out.println(t.getKey());
            for (RankedUnit u : t.getValue().entries()) {
                System.out.println("  " + u.rank() + "  " + u.unitId() + "  " + u.finalTotal() + "  " + u.grade());
            }
        }
    }

    /** The quick start: this method's body is what goes into a host (the store is the host's to close). */
    public static Map<String, RankingTable> run(Path dir) {
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dir.resolve("store"));
                Kaoping kaoping = Kaoping.builder()
                .rubricProvider(new Beihai2015RubricProvider())
                .orgDirectory(BeihaiSampleCity.directory()).store(store)
                .evidenceSource(FolderEvidenceSource.of(dir.resolve("evidence")))
                // The demo's plan: it declares the veto and the adjustment categories the demo's evidence uses, which
                // the gate would refuse under a plan built from the rubrics alone.
                .cityOffice(BeihaiSampleCity.OFFICE_ID).plan(BeihaiDemo.plan())
                // The city office runs the assessment; its kind has a rubric, but it is not an assessee.
                .notAssessed(BeihaiSampleCity.OFFICE_ID, OFFICE_NOT_ASSESSED).build()) {
            kaoping.importAll();
            kaoping.submit("示例评委06", "beihai/audit", panelJudgement()); // a panel rater files their own form
            return kaoping.rank();
        }
    }

    /** One rater's judgement of 合浦县 on item 2.1, as the review panel's form in the OA system would submit it. */
    static Evidence panelJudgement() {
        return Judgement.builder().id("example/beihai/hepu/2.1/示例评委06").unitId("beihai/hepu").key("2.1")
                .period(ReportingPeriod.year(2015)).source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION)
                .author("示例评委06").authorUnitId("beihai/audit").recordedAt(Instant.parse("2015-12-18T06:00:00Z"))
                .level("较好").build();
    }
}
