package org.kaoping.spring.boot;

import org.kaoping.core.api.API;
import org.springframework.context.ApplicationEvent;

/**
 * An application event a Spring host publishes when its organization directory has changed (a unit added, removed,
 * renamed or moved): the starter's {@link KaopingOrgReloader} then reloads the directory into the running
 * {@code Kaoping} ({@link org.kaoping.runtime.Kaoping#reloadOrgDirectory()}), so that units added are assessed from
 * then on and units removed keep their history.
 *
 * <p>Publish it with {@code applicationEventPublisher.publishEvent(new KaopingOrgDirectoryChangedEvent(this))}, e.g.
 * after the OA system saves a department. Delivery is synchronous on Spring's default multicaster: the reload has
 * happened when {@code publishEvent} returns, and a failed reload
 * ({@link org.kaoping.runtime.OrgReloadException}, nothing changed) is thrown to the publisher.
 */
@API(status = API.Status.EXPERIMENTAL)
public class KaopingOrgDirectoryChangedEvent extends ApplicationEvent {
    private static final long serialVersionUID = 1L;

    /**
     * An event published by {@code source} (whoever noticed the change, e.g. the host's department service; not
     * null).
     */
    public KaopingOrgDirectoryChangedEvent(Object source) {
        super(source);
    }
}
