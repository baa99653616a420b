package org.kaoping.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.org.OrgUnit;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.ObligationCheck;
import org.kaoping.runtime.OrgReloadException;
import org.kaoping.core.scoring.Scorecard;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.support.InMemoryAssessmentStore;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The auto-configuration in small contexts, no database: what it builds from beans and properties, and when it backs off. */
class KaopingAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KaopingAutoConfiguration.class, KaopingActuatorAutoConfiguration.class))
            .withUserConfiguration(SampleCity.class)
            .withPropertyValues("kaoping.plan.id=beihai-2015", "kaoping.plan.year=2015", "kaoping.city-office=beihai/office",
                    "kaoping.rubric-providers=" + Beihai2015RubricProvider.class.getName(),
                    "kaoping.not-assessed[beihai/office]=the city office assesses, it is not assessed");

    @Configuration(proxyBeanMethods = false)
    static class SampleCity {
        @Bean
        OrgDirectory sampleCity() {
            return BeihaiSampleCity.directory();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class InMemoryStore {
        @Bean
        AssessmentStore hostStore() {
            return new InMemoryAssessmentStore();
        }
    }

    @Test
    void buildsKaopingFromTheBeansAndProperties() {
        runner.withUserConfiguration(InMemoryStore.class).run(context -> {
            assertThat(context).hasSingleBean(Kaoping.class).hasSingleBean(ObligationSchedule.class)
                    .hasSingleBean(KaopingHealthIndicator.class).hasSingleBean(KaopingMetrics.class);
            Kaoping kaoping = context.getBean(Kaoping.class);
            assertThat(kaoping.plan().id()).isEqualTo("beihai-2015");
            assertThat(kaoping.store()).isSameAs(context.getBean(AssessmentStore.class));
            assertThat(kaoping.notAssessed()).containsEntry("beihai/office", "the city office assesses, it is not assessed");
            assertThat(kaoping.assessedUnits()).isNotEmpty();
            assertThat(kaoping.obligationEffects()).isEmpty();
        });
    }

    @Test
    void declaredObligationEffectsFileDeductions() {
        runner.withUserConfiguration(InMemoryStore.class)
                .withPropertyValues("kaoping.obligations.effects[0].rubric=beihai-2015/county",
                        "kaoping.obligations.effects[0].type=MONTHLY", "kaoping.obligations.effects[0].criterion=1.2",
                        "kaoping.obligations.effects[0].per-late=0.2", "kaoping.obligations.effects[0].per-missing=0.5")
                .run(context -> {
                    Kaoping kaoping = context.getBean(Kaoping.class);
                    assertThat(kaoping.obligationEffects("beihai-2015/county")).hasSize(1);
                    // No self-report at all: every county misses its twelve monthly reports.
                    ObligationCheck check = kaoping.checkObligations(BeihaiDemo.REVIEW_DATE);
                    assertThat(check.deductionsAdded()).hasSize(4 * 12)
                            .allSatisfy(d -> assertThat(d.key()).isEqualTo("1.2"));
                });
    }

    @Test
    void backsOffWhenTheHostDefinesKaoping() {
        runner.withUserConfiguration(InMemoryStore.class).withBean("hostKaoping", Kaoping.class, () -> Kaoping.builder()
                .rubricProvider(new Beihai2015RubricProvider()).orgDirectory(BeihaiSampleCity.directory())
                .store(new InMemoryAssessmentStore()).cityOffice("beihai/office").planFromRubrics("host-plan", 2015).build())
                .run(context -> {
                    assertThat(context).hasSingleBean(Kaoping.class).hasBean("hostKaoping").doesNotHaveBean("kaoping");
                    assertThat(context.getBean(Kaoping.class).plan().id()).isEqualTo("host-plan");
                });
    }

    @Test
    void backsOffItsStoreWhenTheHostDefinesOne(@TempDir Path dir) {
        runner.withUserConfiguration(InMemoryStore.class).withPropertyValues("kaoping.store.journal-directory=" + dir)
                .run(context -> {
                    assertThat(context).hasSingleBean(AssessmentStore.class).doesNotHaveBean(JournalAssessmentStore.class)
                            .doesNotHaveBean(JdbcAssessmentStore.class);
                    assertThat(context.getBean(Kaoping.class).store()).isInstanceOf(InMemoryAssessmentStore.class);
                });
    }

    @Test
    void opensTheJournalStoreAndClosesItWithTheContext(@TempDir Path dir) {
        runner.withPropertyValues("kaoping.store.journal-directory=" + dir).run(context -> {
            assertThat(context).hasSingleBean(JournalAssessmentStore.class);
            assertThat(context.getBean(Kaoping.class).store()).isSameAs(context.getBean(JournalAssessmentStore.class));
        });
        // The journal locks its directory while open: opening it again proves the context closed it.
        try (JournalAssessmentStore again = JournalAssessmentStore.open(dir)) {
            assertThat(again.allEvidence()).isEmpty();
        }
    }

    @Test
    void failsWithoutAStoreNamingWhatIsMissing() {
        runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .isInstanceOf(org.kaoping.core.ConfigurationException.class)
                .hasMessageContaining("Kaoping needs an AssessmentStore"));
    }

    @Test
    void isOffWhenDisabled() {
        runner.withUserConfiguration(InMemoryStore.class).withPropertyValues("kaoping.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Kaoping.class).doesNotHaveBean(ObligationSchedule.class));
    }

    @Test
    void theScheduleChecksObligationsAsOfTheClock() {
        Instant review = BeihaiDemo.REVIEW_DATE;
        runner.withUserConfiguration(InMemoryStore.class)
                .withBean(Clock.class, () -> Clock.fixed(review, ZoneOffset.UTC))
                .withPropertyValues("kaoping.obligations.schedule.cron=* * * * * *")
                .run(context -> {
                    ObligationSchedule schedule = context.getBean(ObligationSchedule.class);
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (schedule.checks() == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(schedule.checks()).isPositive();
                    assertThat(schedule.lastCheck()).hasValueSatisfying(c -> assertThat(c.asOf()).isEqualTo(review));
                });
    }

    @Test
    void healthIsUpAndMetricsCountTheUnits() {
        runner.withUserConfiguration(InMemoryStore.class).withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    Kaoping kaoping = context.getBean(Kaoping.class);
                    KaopingHealthIndicator health = context.getBean(KaopingHealthIndicator.class);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(health.health().getDetails()).containsEntry("plan", "beihai-2015")
                            .containsEntry("assessedUnits", kaoping.assessedUnits().size());
                    SimpleMeterRegistry registry = context.getBean(SimpleMeterRegistry.class);
                    context.getBean(KaopingMetrics.class).bindTo(registry);
                    assertThat(registry.get("kaoping.units.assessed").gauge().value())
                            .isEqualTo(kaoping.assessedUnits().size());
                });
    }

    @Test
    void healthIsDownWhenTheLastCheckFailed() {
        runner.withUserConfiguration(InMemoryStore.class).run(context -> {
            Kaoping kaoping = context.getBean(Kaoping.class);
            kaoping.store().close();
            ObligationSchedule schedule = context.getBean(ObligationSchedule.class);
            try {
                schedule.checkNow();
            } catch (RuntimeException expected) {
                // recorded for the health indicator
            }
            assertThat(schedule.lastFailure()).isPresent();
            assertThat(context.getBean(KaopingHealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void aUnitAddedToTheHostsDirectoryIsAssessedAfterTheEventNotBefore() {
        ChangingOrgDirectory directory = new ChangingOrgDirectory();
        hostRunner(directory).run(context -> {
                    Kaoping kaoping = context.getBean(Kaoping.class);
                    KaopingOrgReloader reloader = context.getBean(KaopingOrgReloader.class);
                    int before = kaoping.assessedUnits().size();
                    directory.addNewBureau();
                    assertThat(kaoping.assessedUnits()).as("not before the event")
                            .doesNotContain(ChangingOrgDirectory.NEW_BUREAU).hasSize(before);
                    assertThat(reloader.lastReload()).isEmpty();

                    context.publishEvent(new KaopingOrgDirectoryChangedEvent(this));

                    assertThat(kaoping.assessedUnits()).as("after the event")
                            .contains(ChangingOrgDirectory.NEW_BUREAU).hasSize(before + 1);
                    assertThat(reloader.lastReload()).hasValueSatisfying(r -> {
                        assertThat(r.added()).containsExactly(ChangingOrgDirectory.NEW_BUREAU);
                        assertThat(r.removed()).isEmpty();
                    });
                    Scorecard card = kaoping.scoreUnit(ChangingOrgDirectory.NEW_BUREAU.id());
                    assertThat(card.unitId()).isEqualTo(ChangingOrgDirectory.NEW_BUREAU.id());
                });
    }

    @Test
    void aFailedReloadReachesThePublisherAndChangesNothing() {
        boolean[] broken = {false};
        OrgDirectory flaky = new OrgDirectory() {
            @Override
            public String id() {
                return "flaky-oa";
            }

            @Override
            public List<OrgUnit> units() {
                if (broken[0]) {
                    throw new IllegalStateException("OA database unreachable");
                }
                return BeihaiSampleCity.units();
            }
        };
        hostRunner(flaky).run(context -> {
            Kaoping kaoping = context.getBean(Kaoping.class);
            int before = kaoping.assessedUnits().size();
            broken[0] = true;
            assertThatThrownBy(() -> context.publishEvent(new KaopingOrgDirectoryChangedEvent(this)))
                    .isInstanceOf(OrgReloadException.class).hasMessageContaining("OA database unreachable");
            assertThat(kaoping.assessedUnits()).hasSize(before);
            assertThat(context.getBean(KaopingOrgReloader.class).lastReload()).isEmpty();
        });
    }

    /** A context like {@link #runner}'s with {@code directory} as the host's only org directory and an in-memory store. */
    private static ApplicationContextRunner hostRunner(OrgDirectory directory) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(KaopingAutoConfiguration.class, KaopingActuatorAutoConfiguration.class))
                .withUserConfiguration(InMemoryStore.class)
                .withBean(OrgDirectory.class, () -> directory)
                .withPropertyValues("kaoping.plan.id=beihai-2015", "kaoping.plan.year=2015", "kaoping.city-office=beihai/office",
                        "kaoping.rubric-providers=" + Beihai2015RubricProvider.class.getName(),
                        "kaoping.not-assessed[beihai/office]=the city office assesses, it is not assessed");
    }
}
