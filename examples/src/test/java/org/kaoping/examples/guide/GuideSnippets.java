package org.kaoping.examples.guide;

// snippet:imports
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kaoping.core.cycle.ObligationEffect;
import org.kaoping.core.evidence.Deduction;
import org.kaoping.core.evidence.Judgement;
import org.kaoping.core.evidence.MetricValue;
import org.kaoping.core.evidence.ReportingPeriod;
import org.kaoping.core.evidence.ReviewStep;
import org.kaoping.core.evidence.SelfReport;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.evidence.ScoreOverride;
import org.kaoping.core.points.Points;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.plugin.report.ReportData;
import org.kaoping.plugin.report.Reports;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.EvidenceRefusedException;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.ObligationCheck;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.Publication;
import org.kaoping.spi.SubmitOutcome;
// end:imports

/**
 * The Java snippets of docs/embedding.md and docs/embedding.zh-CN.md, as compiled code: each region between
 * {@code // snippet:NAME} and {@code // end:NAME} appears verbatim (de-indented) in both guides, and
 * {@link EmbeddingGuideTest} runs every method here and checks the guides against this file.
 */
final class GuideSnippets {
    private GuideSnippets() {}

    /** Wiring by hand on the journal store; returns the rankings. */
    static Map<String, RankingTable> wireByHand(Path dataDir, OrgDirectory oaDirectory) {
        // snippet:wire-by-hand
        try (JournalAssessmentStore store = JournalAssessmentStore.open(dataDir.resolve("kaoping"));
             Kaoping kaoping = Kaoping.builder()
                     .rubricProvider(new Beihai2015RubricProvider())
                     .orgDirectory(oaDirectory)                 // your adapter over the OA's 组织机构
                     .store(store)                              // yours: Kaoping.close() leaves it open
                     .cityOffice("beihai/office")
                     .planFromRubrics("beihai-2015", 2015)
                     .notAssessed("beihai/office", "市依法治市办是考评的承办机构，不作为被考评对象")
                     .build()) {
            return kaoping.rank();
        }
        // end:wire-by-hand
    }

    /** The JDBC store over the OA's pool, its schema created by the application. */
    static JdbcAssessmentStore jdbcStore(DataSource dataSource) {
        // snippet:jdbc-store
        JdbcAssessmentStore store = JdbcAssessmentStore.open(dataSource, "oa_kaoping_"); // tables oa_kaoping_*
        JdbcAssessmentStore.Dialect dialect = store.createSchema(); // idempotent: CREATE … IF NOT EXISTS
        // end:jdbc-store
        if (dialect == null) {
            throw new AssertionError("createSchema returns the dialect it used");
        }
        return store;
    }

    /** The DDL a DBA runs instead of createSchema(). */
    static String ddlForTheDba() {
        // snippet:dba-ddl
        String ddl = JdbcAssessmentStore.schemaScript(JdbcAssessmentStore.Dialect.POSTGRESQL, "oa_kaoping_");
        // or the shipped resource, with the default prefix kaoping_:
        String resource = JdbcAssessmentStore.Dialect.POSTGRESQL.schemaResource(); // /org/kaoping/plugin/store/schema-postgresql.sql
        // end:dba-ddl
        return ddl + "\n-- " + resource;
    }

    /** A panel rater's judgement, filed by the rater (the actor is the author); returns ADDED or DUPLICATE. */
    static SubmitOutcome submitJudgement(Kaoping kaoping) {
        // snippet:submit
        Judgement judgement = Judgement.builder()
                .id("oa-form/2015/hepu/2.1/rater-06")         // stable: a re-submission is a DUPLICATE, not a second vote
                .unitId("beihai/hepu")                         // the unit assessed
                .key("2.1")                                    // the criterion of its rubric
                .period(ReportingPeriod.year(2015))
                .source(SourceKind.PANEL).step(ReviewStep.COMPREHENSIVE_EVALUATION)
                .author("示例评委06").authorUnitId("beihai/audit") // the rater and the rater's unit
                .recordedAt(Instant.parse("2015-12-18T06:00:00Z"))
                .level("较好")                                  // one of the rule's levels
                .build();
        try {
            return kaoping.submit("示例评委06", "beihai/audit", judgement); // actor = the author, and the author's unit
        } catch (EvidenceRefusedException refused) {             // outside the delegation matrix, or fails the plan; audited
            throw new IllegalStateException(refused.getMessage(), refused);
        }
        // end:submit
    }

    /** Other evidence kinds, each submitted by the unit entitled to. */
    static List<SubmitOutcome> otherEvidence(Kaoping kaoping) {
        // snippet:evidence
        MetricValue trainings = MetricValue.builder().id("oa-metric/2015/hepu/training")
                .unitId("beihai/hepu").key("administrative-law-training-sessions").period(ReportingPeriod.year(2015))
                .source(SourceKind.HOST_SYSTEM).author("oa-sync").authorUnitId("beihai/office")
                .recordedAt(Instant.parse("2015-12-10T02:00:00Z"))
                .value(new java.math.BigDecimal("3")).unit("次").build();
        SelfReport march = SelfReport.builder().id("oa-self/2015-03/hepu")
                .unitId("beihai/hepu").period(ReportingPeriod.month(2015, 3))       // key: always "self-report"
                .source(SourceKind.SELF).author("合浦县依法治县办").recordedAt(Instant.parse("2015-03-20T02:15:00Z"))
                .type(SelfReport.Type.MONTHLY).build();
        Deduction finding = Deduction.builder().id("oa-spot/2015/hepu/1")
                .unitId("beihai/hepu").key("1.2").period(ReportingPeriod.year(2015))
                .source(SourceKind.SPOT_CHECK)
                .author("抽查组").authorUnitId("beihai/office").recordedAt(Instant.parse("2015-09-08T03:00:00Z"))
                .points(Points.parse("0.5")).reason("抽查发现领导小组会议记录不全").build();
        // the actor is always the evidence's author (the gate refuses anything else)
        SubmitOutcome a = kaoping.submit("oa-sync", "beihai/office", trainings);   // host-system data, filed by the office
        SubmitOutcome b = kaoping.submit("合浦县依法治县办", "beihai/hepu", march); // SELF: only the unit itself
        SubmitOutcome c = kaoping.submit("抽查组", "beihai/office", finding);      // an assessor of the unit
        // end:evidence
        return java.util.Arrays.asList(a, b, c);
    }

    /** An assessor's override of one leaf criterion. */
    static ScoreOverride override(Kaoping kaoping) {
        // snippet:override
        ScoreOverride changed = kaoping.override(
                "oa-user-li", "beihai/office",      // actor, and the unit the actor acts for (an assessor of the unit)
                "beihai/hepu", "2.1",               // the unit, and the leaf criterion of its rubric
                Points.parse("0.5"),                // new points: 0 … the criterion's points (1 for 2.1)
                "复核后调整：补交材料齐全");            // why; shown in the scorecard's explanation
        // end:override
        return changed;
    }

    /** Deadlines and deductions: declared effects, then a check at the annual review. */
    static ObligationCheck deadlines(OrgDirectory oaDirectory, AssessmentStore store) {
        // snippet:deadlines
        try (Kaoping kaoping = Kaoping.builder()
                .rubricProvider(new Beihai2015RubricProvider()).orgDirectory(oaDirectory).store(store)
                .cityOffice("beihai/office").planFromRubrics("beihai-2015", 2015)
                // Without effects a late or missing report is only notified, never deducted.
                // Each rubric numbers its organization item differently, so declare them per rubric:
                .obligationEffect("beihai-2015/county",
                        ObligationEffect.of(SelfReport.Type.MONTHLY, "1.2", Points.parse("0.2"), Points.parse("0.5")),
                        ObligationEffect.of(SelfReport.Type.ANNUAL, "1.2", Points.of(1), Points.of(2)))
                .obligationEffect("beihai-2015/judicial",
                        ObligationEffect.of(SelfReport.Type.MONTHLY, "1.1", Points.parse("0.2"), Points.parse("0.5")))
                .build()) {
            // Run daily (the starter schedules it): reminders, late/missing notices, the declared deductions.
            ObligationCheck check = kaoping.checkObligations(Instant.parse("2016-01-10T01:00:00Z"));
            System.out.println(check.deductionsAdded().size() + " deductions filed, "
                    + check.notifications().size() + " notifications sent");
            return check;
        }
        // end:deadlines
    }

    /** Scoring, ranking and publishing. */
    static Publication scoreRankPublish(Kaoping kaoping) {
        // snippet:score
        Scorecard hepu = kaoping.scoreUnit("beihai/hepu");          // one unit, explained; its record written
        List<Scorecard> all = kaoping.scoreCycle();                 // every assessed unit, ordered by unit id
        Map<String, RankingTable> tables = kaoping.rank();          // scores, then one table per rubric id
        Publication published = kaoping.publish("oa-user-li");      // ranks, hands results to every ResultSink
        System.out.println(hepu.unitId() + " " + hepu.finalTotal() + "; " + all.size() + " units; "
                + tables.keySet() + "; published " + published.results().size());
        // end:score
        return published;
    }

    /** The HTML, CSV and JSON reports from Java. */
    static List<Path> reports(Kaoping kaoping, Path out) {
        // snippet:reports
        ReportData data = ReportData.builder()
                .title("2015 年度法治建设考评结果")
                .notice("示例数据，非真实考评结果")                 // printed at the top of every report
                .tree(kaoping.orgTree()).plan(kaoping.plan())
                .scorecards(kaoping.scoreCycle()).rankings(kaoping.rank())
                .build();
        List<Path> files = Reports.writeAll(data, out);            // report.html, results.csv (UTF-8 BOM), results.xlsx, results.json
        // end:reports
        return files;
    }
}
