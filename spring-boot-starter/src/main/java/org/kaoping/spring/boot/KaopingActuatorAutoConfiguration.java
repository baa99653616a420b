package org.kaoping.spring.boot;

import org.kaoping.core.api.API;
import org.kaoping.runtime.Kaoping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Actuator health indicator ({@code kaoping}) and the Micrometer meters of the runtime, each when its library is
 * on the class path and the host defines none of its own.
 */
@AutoConfiguration(after = KaopingAutoConfiguration.class)
@ConditionalOnBean(Kaoping.class)
@API(status = API.Status.STABLE)
public class KaopingActuatorAutoConfiguration {

    /** The health indicator, when Actuator is present; off with {@code management.health.kaoping.enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
            "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
    static class Health {
        @Bean
        @ConditionalOnMissingBean(name = "kaopingHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("kaoping")
        KaopingHealthIndicator kaopingHealthIndicator(Kaoping kaoping, ObjectProvider<ObligationSchedule> schedule,
                KaopingProperties properties) {
            return new KaopingHealthIndicator(kaoping, schedule.getIfUnique(), properties.getHealth().isVerifyIntegrity());
        }
    }

    /** The meters, when Micrometer is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean(KaopingMetrics.class)
        KaopingMetrics kaopingMetrics(Kaoping kaoping, ObjectProvider<ObligationSchedule> schedule) {
            return new KaopingMetrics(kaoping, schedule.getIfUnique());
        }
    }
}
