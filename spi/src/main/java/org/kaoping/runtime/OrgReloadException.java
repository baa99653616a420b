package org.kaoping.runtime;

import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;

/**
 * A reload of the org directory that failed ({@link Kaoping#reloadOrgDirectory()}): the directory threw or returned
 * nothing, the units do not form a valid tree, or the wiring no longer fits them (e.g. the city office is gone). The
 * running {@link Kaoping} is unchanged; the message names the directory and says why.
 */
@API(status = API.Status.STABLE)
public final class OrgReloadException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final String directory;

    /**
     * @param directory the directory's description, e.g. its id and class
     * @param problem what went wrong
     * @param cause the exception behind it, or null
     */
    public OrgReloadException(String directory, String problem, Throwable cause) {
        super("Reloading org directory " + directory + " failed, nothing changed: " + problem, cause);
        this.directory = directory;
    }

    /** The directory whose reload failed, as its id and class. */
    public String directory() {
        return directory;
    }
}
