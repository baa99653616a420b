package org.kaoping.spring.boot;

import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;
import org.kaoping.core.org.OrgKind;
import org.kaoping.plugin.store.JdbcAssessmentStore;
import org.kaoping.plugin.store.JournalAssessmentStore;
import org.kaoping.runtime.Kaoping;
import org.kaoping.spi.AssessmentStore;
import org.kaoping.spi.EvidenceSource;
import org.kaoping.spi.Notifier;
import org.kaoping.spi.OrgDirectory;
import org.kaoping.spi.ResultSink;
import org.kaoping.spi.RubricProvider;
import org.kaoping.spi.RuleEvaluator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link Kaoping} runtime from the SPI beans in the context ({@link OrgDirectory}, {@link AssessmentStore},
 * {@link RubricProvider}, {@link EvidenceSource}, {@link Notifier}, {@link ResultSink}, {@link RuleEvaluator}) and
 * the {@code kaoping.*} properties ({@link KaopingProperties}); closes it with the context; runs
 * {@code checkObligations} on a schedule ({@link ObligationSchedule}); reloads the org directory when the host
 * publishes a {@link KaopingOrgDirectoryChangedEvent} ({@link KaopingOrgReloader}).
 *
 * <p>The store, when the host defines no {@code AssessmentStore} bean: a {@link JournalAssessmentStore} in
 * {@code kaoping.store.journal-directory} if set, otherwise a {@link JdbcAssessmentStore} over the application's
 * single {@link DataSource} (its tables created at start-up unless {@code kaoping.store.jdbc.create-schema=false}).
 * Every bean here backs off when the host defines its own of the same type. A {@link Clock} bean, if the context
 * has exactly one, is the runtime's clock and the schedule's.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnClass(Kaoping.class)
@ConditionalOnProperty(prefix = "kaoping", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(KaopingProperties.class)
@API(status = API.Status.STABLE)
public class KaopingAutoConfiguration {

    /** The starter's store: the journal if a directory is configured, else JDBC on the application's DataSource. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AssessmentStore.class)
    static class StoreConfiguration {
        @Bean(destroyMethod = "close")
        @ConditionalOnProperty(prefix = "kaoping.store", name = "journal-directory")
        JournalAssessmentStore kaopingJournalStore(KaopingProperties properties) {
            return JournalAssessmentStore.open(properties.getStore().getJournalDirectory());
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(AssessmentStore.class)
        @ConditionalOnSingleCandidate(DataSource.class)
        @ConditionalOnProperty(prefix = "kaoping.store.jdbc", name = "enabled", havingValue = "true", matchIfMissing = true)
        JdbcAssessmentStore kaopingJdbcStore(KaopingProperties properties, DataSource dataSource) {
            KaopingProperties.Jdbc jdbc = properties.getStore().getJdbc();
            JdbcAssessmentStore store = JdbcAssessmentStore.open(dataSource, jdbc.getTablePrefix());
            if (jdbc.isCreateSchema()) {
                store.createSchema();
            }
            return store;
        }
    }

    /**
     * The runtime. Its {@code close()} leaves the store open (a store wired explicitly belongs to its owner); the
     * starter's own store bean is closed by the context after it.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(Kaoping.class)
    public Kaoping kaoping(KaopingProperties properties, ObjectProvider<OrgDirectory> orgDirectory,
            ObjectProvider<AssessmentStore> store, ObjectProvider<RubricProvider> rubricProviders,
            ObjectProvider<EvidenceSource> evidenceSources, ObjectProvider<Notifier> notifiers,
            ObjectProvider<ResultSink> resultSinks, ObjectProvider<RuleEvaluator> ruleEvaluators,
            ObjectProvider<Clock> clock, ObjectProvider<KaopingBuilderCustomizer> customizers) {
        Kaoping.Builder b = Kaoping.builder();
        orgDirectory.ifUnique(b::orgDirectory);
        store.ifUnique(b::store);
        rubricProviders.orderedStream().forEach(b::rubricProvider);
        for (String className : properties.getRubricProviders()) {
            b.rubricProvider(instantiate(className));
        }
        evidenceSources.orderedStream().forEach(b::evidenceSource);
        notifiers.orderedStream().forEach(b::notifier);
        resultSinks.orderedStream().forEach(b::resultSink);
        ruleEvaluators.orderedStream().forEach(b::ruleEvaluator);
        clock.ifUnique(b::clock);
        if (properties.isDiscover()) {
            b.discover(KaopingAutoConfiguration.class.getClassLoader());
        }
        KaopingProperties.Plan plan = properties.getPlan();
        if (plan.getId() != null || plan.getYear() != null) {
            if (plan.getId() == null || plan.getYear() == null) {
                throw new ConfigurationException("kaoping.plan.id and kaoping.plan.year are set together; got id [" + plan.getId()
                        + "], year " + plan.getYear());
            }
            b.planFromRubrics(plan.getId(), plan.getYear());
        }
        for (Map.Entry<OrgKind, String> e : plan.getRubricFor().entrySet()) {
            b.rubricFor(e.getKey(), e.getValue());
        }
        if (properties.getCityOffice() != null) {
            b.cityOffice(properties.getCityOffice());
        }
        properties.getCountyOffices().forEach(b::countyOffice);
        properties.getNotAssessed().forEach(b::notAssessed);
        properties.getNotAssessedKinds().forEach(b::notAssessed);
        if (properties.getParallelism() != null) {
            b.parallelism(properties.getParallelism());
        }
        if (properties.getImportBatchSize() != null) {
            b.importBatchSize(properties.getImportBatchSize());
        }
        KaopingProperties.Obligations obligations = properties.getObligations();
        for (KaopingProperties.Effect e : obligations.getEffects()) {
            if (e.getRubric() == null || e.getRubric().trim().isEmpty()) {
                b.obligationEffect(e.toEffect());
            } else {
                b.obligationEffect(e.getRubric(), e.toEffect());
            }
        }
        if (obligations.getReminderLead() != null) {
            b.reminderLead(obligations.getReminderLead());
        }
        if (obligations.getMissingDeductionGrace() != null) {
            b.missingDeductionGrace(obligations.getMissingDeductionGrace());
        }
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }

    /** Runs {@code checkObligations} on {@code kaoping.obligations.schedule.cron}; off with {@code …schedule.enabled=false}. */
    @Bean
    @ConditionalOnBean(Kaoping.class)
    @ConditionalOnMissingBean(ObligationSchedule.class)
    @ConditionalOnProperty(prefix = "kaoping.obligations.schedule", name = "enabled", havingValue = "true", matchIfMissing = true)
    public ObligationSchedule kaopingObligationSchedule(Kaoping kaoping, KaopingProperties properties, ObjectProvider<Clock> clock) {
        KaopingProperties.Schedule s = properties.getObligations().getSchedule();
        return new ObligationSchedule(kaoping, clock.getIfUnique(Clock::systemUTC), s.getCron(), s.getZone());
    }

    /**
     * Reloads the org directory into the runtime when the host publishes a {@link KaopingOrgDirectoryChangedEvent}.
     */
    @Bean
    @ConditionalOnBean(Kaoping.class)
    @ConditionalOnMissingBean(KaopingOrgReloader.class)
    public KaopingOrgReloader kaopingOrgReloader(Kaoping kaoping) {
        return new KaopingOrgReloader(kaoping);
    }

    private static RubricProvider instantiate(String className) {
        try {
            Class<?> type = Class.forName(className, true, KaopingAutoConfiguration.class.getClassLoader());
            if (!RubricProvider.class.isAssignableFrom(type)) {
                throw new ConfigurationException("kaoping.rubric-providers: [" + className + "] is not a " + RubricProvider.class.getName());
            }
            return (RubricProvider) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigurationException("kaoping.rubric-providers: no class [" + className + "] on the class path", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new ConfigurationException("kaoping.rubric-providers: [" + className
                    + "] needs a public no-argument constructor; " + e, e);
        } catch (InvocationTargetException e) {
            throw new ConfigurationException("kaoping.rubric-providers: [" + className + "]'s constructor threw "
                    + e.getCause(), e.getCause());
        }
    }
}
