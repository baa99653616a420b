package org.kaoping.spring.boot27;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaoping.core.ranking.RankingTable;
import org.kaoping.plugin.demo.BeihaiDemo;
import org.kaoping.plugin.demo.BeihaiSampleCity;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.support.InMemoryEvidenceSource;
import org.kaoping.spring.boot.KaopingHealthIndicator;
import org.kaoping.spring.boot.ObligationSchedule;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's auto-configuration, registered through AutoConfiguration.imports, in a Spring Boot 2.7 context. */
class Boot27ApplicationTest {

    @Test
    void theStarterRunsACycleOnBoot27(@TempDir Path dir) {
        assertThat(SpringBootVersion.getVersion()).startsWith("2.7.");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration.class,
                        org.kaoping.spring.boot.KaopingAutoConfiguration.class,
                        org.kaoping.spring.boot.KaopingActuatorAutoConfiguration.class))
                .withBean(OrgDirectory.class, BeihaiSampleCity::directory)
                .withBean(EvidenceSource.class, () -> new InMemoryEvidenceSource("oa-export").append(BeihaiDemo.evidence()))
                // the demo evidence uses the demo plan's veto and adjustment categories, which a plan built from the
                // rubrics alone does not declare (the gate refuses evidence in unknown categories)
                .withBean(org.kaoping.spring.boot.KaopingBuilderCustomizer.class, () -> b -> b.plan(BeihaiDemo.plan()))
                .withPropertyValues("kaoping.plan.id=beihai-2015", "kaoping.plan.year=2015", "kaoping.city-office=beihai/office",
                        "kaoping.rubric-providers=org.kaoping.rubrics.beihai2015.Beihai2015RubricProvider",
                        "kaoping.not-assessed[beihai/office]=the city office assesses",
                        "kaoping.store.journal-directory=" + dir)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(JournalAssessmentStore.class)
                            .hasSingleBean(ObligationSchedule.class);
                    Kaoping kaoping = context.getBean(Kaoping.class);
                    kaoping.importAll();
                    Map<String, RankingTable> rankings = kaoping.rank();
                    assertThat(rankings).hasSize(5);
                    assertThat(kaoping.publish("boot27").results()).hasSize(kaoping.assessedUnits().size());
                    assertThat(context.getBean(KaopingHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
                });
    }
}
