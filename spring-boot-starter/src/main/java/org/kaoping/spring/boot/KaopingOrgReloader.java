package org.kaoping.spring.boot;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kaoping.core.api.API;
import org.kaoping.runtime.Kaoping;
import org.kaoping.runtime.OrgReload;
import org.kaoping.runtime.OrgReloadException;
import org.springframework.context.ApplicationListener;

/**
 * The starter's listener for {@link KaopingOrgDirectoryChangedEvent}: reloads the org directory into the running
 * {@link Kaoping} ({@link Kaoping#reloadOrgDirectory()}, audited by the runtime when anything changed) and logs what
 * changed ({@link OrgReload#detail()}). It remembers the last reload for the host's own checks.
 */
@API(status = API.Status.EXPERIMENTAL)
public class KaopingOrgReloader implements ApplicationListener<KaopingOrgDirectoryChangedEvent> {
    private static final Logger LOG = Logger.getLogger(KaopingOrgReloader.class.getName());

    private final Kaoping kaoping;
    private final AtomicReference<OrgReload> lastReload = new AtomicReference<>();

    /** A reloader for {@code kaoping} (not null). */
    public KaopingOrgReloader(Kaoping kaoping) {
        if (kaoping == null) {
            throw new IllegalArgumentException("kaoping is null");
        }
        this.kaoping = kaoping;
    }

    /**
     * Reloads the directory on {@code event}; a failed reload is logged and rethrown to the publisher (the runtime
     * keeps the directory it had).
     */
    @Override
    public void onApplicationEvent(KaopingOrgDirectoryChangedEvent event) {
        reloadNow(String.valueOf(event.getSource()));
    }

    /**
     * Reloads the directory now, as the event does; {@code trigger} (e.g. the event's source) is named in the log.
     * Returns what changed.
     *
     * @throws OrgReloadException if the directory cannot be read or its units do not form a valid tree; nothing
     *         changed
     */
    public OrgReload reloadNow(String trigger) {
        OrgReload reload;
        try {
            reload = kaoping.reloadOrgDirectory();
        } catch (OrgReloadException e) {
            LOG.log(Level.WARNING, "Kaoping org directory reload (triggered by " + trigger
                    + ") failed; the runtime keeps its previous directory", e);
            throw e;
        }
        lastReload.set(reload);
        if (reload.hasChanges()) {
            LOG.info(() -> "Kaoping org directory reloaded (triggered by " + trigger + "): " + reload.detail());
        } else {
            LOG.fine(() -> "Kaoping org directory reloaded (triggered by " + trigger + "): no change");
        }
        return reload;
    }

    /** The last successful reload through this listener; empty before the first. */
    public Optional<OrgReload> lastReload() {
        return Optional.ofNullable(lastReload.get());
    }
}
