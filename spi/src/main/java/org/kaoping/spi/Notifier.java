package org.kaoping.spi;

import org.kaoping.core.api.API;

/**
 * Delivers notifications through the host (OA messages, SMS, e-mail): deadline reminders for the
 * monthly (before the 25th) and annual (by 30 November) self-reports, late or missing reports, and
 * publication of results.
 *
 * <p>Registered in {@code META-INF/services/org.kaoping.spi.Notifier}, or wired explicitly; the runtime
 * calls every notifier. Must be thread-safe and should not block for long; a notifier that throws is
 * logged and does not stop the others or the operation that notified.
 */
@API(status = API.Status.STABLE)
public interface Notifier extends KaopingProvider {
    void notify(Notification notification);
}
