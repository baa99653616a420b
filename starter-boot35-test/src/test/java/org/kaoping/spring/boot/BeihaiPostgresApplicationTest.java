package org.kaoping.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.runtime.ImportResult;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.ObligationCheck;
import org.kaoping.spi.AuditEvent;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.Publication;
import org.kaoping.spi.support.InMemoryEvidenceSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A Spring Boot 3.5 application on the machine's PostgreSQL (env {@code KAOPING_TEST_POSTGRES_URL}; skipped, and
 * reported as skipped, without it): the starter builds Kaoping from the {@code beihai} profile's properties and the
 * application's DataSource (JDBC store, tables created under a prefix unique to this run), the host supplies the org
 * directory and an evidence source; the cycle scores, ranks and publishes the Beihai sample city (示例数据), and
 * Actuator shows the runtime UP; a department the OA system adds later is assessed once the host publishes
 * {@link KaopingOrgDirectoryChangedEvent}.
 */
@SpringBootTest(classes = BeihaiPostgresApplicationTest.HostApplication.class,
        properties = {"management.endpoint.health.show-details=always", "kaoping.obligations.schedule.enabled=true"})
@ActiveProfiles("beihai")
@EnabledIfEnvironmentVariable(named = "KAOPING_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL: set KAOPING_TEST_POSTGRES_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=root")
class BeihaiPostgresApplicationTest {
    private static final String PREFIX = "kst_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
            .toLowerCase(Locale.ROOT) + "_";

    /** The host application: its org directory adapter and its OA export, the rest from the starter. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class HostApplication {
        /** The OA system's directory, which gains a department while the application runs. */
        @Bean
        ChangingOrgDirectory oaDirectory() {
            return new ChangingOrgDirectory();
        }

        @Bean
        EvidenceSource oaExport() {
            return new InMemoryEvidenceSource("oa-export").append(BeihaiDemo.evidence());
        }

        /**
         * The demo's plan: the demo evidence uses its veto and adjustment categories, which a plan built from the
         * rubrics alone does not declare (the gate refuses evidence in unknown categories).
         */
        @Bean
        KaopingBuilderCustomizer demoPlan() {
            return b -> b.plan(BeihaiDemo.plan());
        }

        /** The review date of the demo: the runtime's clock and the obligation schedule's. */
        @Bean
        Clock reviewClock() {
            return Clock.fixed(BeihaiDemo.REVIEW_DATE, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("KAOPING_TEST_POSTGRES_URL"));
        registry.add("kaoping.store.jdbc.table-prefix", () -> PREFIX);
    }

    @Autowired
    Kaoping kaoping;

    @Autowired
    ObligationSchedule schedule;

    @Autowired
    HealthEndpoint health;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChangingOrgDirectory directory;

    @Autowired
    ApplicationEventPublisher events;

    private static JdbcTemplate cleanup;

    @Test
    void scoresRanksAndPublishesTheSampleCityOnPostgresql() {
        cleanup = jdbc;
        assertThat(kaoping.store()).isInstanceOf(JdbcAssessmentStore.class);
        assertThat(((JdbcAssessmentStore) kaoping.store()).tablePrefix()).isEqualTo(PREFIX);

        List<ImportResult> imported = kaoping.importAll();
        List<Evidence> evidence = BeihaiDemo.evidence();
        assertThat(imported).hasSize(1);
        assertThat(kaoping.store().allEvidence()).hasSize(evidence.size());

        ObligationCheck check = schedule.checkNow(); // what the schedule runs, as of the clock: the review date
        assertThat(check.asOf()).isEqualTo(BeihaiDemo.REVIEW_DATE);
        assertThat(check.deductionsAdded()).as("the demo's late and missing self-reports cost points").isNotEmpty();

        Map<String, RankingTable> rankings = kaoping.rank();
        assertThat(rankings).containsOnlyKeys("beihai-2015/county", "beihai-2015/judicial", "beihai-2015/administrative",
                "beihai-2015/party-mass", "beihai-2015/enterprise");
        assertThat(rankings.get("beihai-2015/county").entries()).hasSize(4);

        Publication publication = kaoping.publish("示例考评办");
        assertThat(publication.results()).hasSize(kaoping.assessedUnits().size());
        assertThat(kaoping.store().scorecards(kaoping.plan().id())).hasSize(kaoping.assessedUnits().size());

        assertThat(health.healthForPath("kaoping").getStatus()).isEqualTo(Status.UP);
        assertThat(meters.get("kaoping.units.assessed").gauge().value()).isEqualTo(kaoping.assessedUnits().size());
        assertThat(meters.get("kaoping.obligation.checks").tag("outcome", "success").functionCounter().count()).isEqualTo(1);

        // The OA system saves a new department: assessed once the host publishes the event, not before.
        int assessed = kaoping.assessedUnits().size();
        directory.addNewBureau();
        assertThat(kaoping.assessedUnits()).doesNotContain(ChangingOrgDirectory.NEW_BUREAU).hasSize(assessed);
        events.publishEvent(new KaopingOrgDirectoryChangedEvent(this));
        assertThat(kaoping.assessedUnits()).contains(ChangingOrgDirectory.NEW_BUREAU).hasSize(assessed + 1);
        List<AuditEvent> reloads = kaoping.store().auditEvents(0).stream()
                .filter(e -> e.action() == AuditEvent.Action.ORG_RELOADED).collect(Collectors.toList());
        assertThat(reloads).singleElement().satisfies(e -> assertThat(e.detail()).contains("beihai/big-data"));
        Publication again = kaoping.publish("示例考评办");
        assertThat(again.results()).hasSize(assessed + 1)
                .anySatisfy(r -> assertThat(r.unitId()).isEqualTo(ChangingOrgDirectory.NEW_BUREAU.id()));
        assertThat(meters.get("kaoping.units.assessed").gauge().value()).isEqualTo(assessed + 1);
    }

    @AfterAll
    static void dropTables() {
        if (cleanup != null) {
            for (String table : new String[] {"evidence", "scorecard", "audit", "counter", "meta"}) {
                cleanup.execute("DROP TABLE IF EXISTS " + PREFIX + table);
            }
        }
    }
}
