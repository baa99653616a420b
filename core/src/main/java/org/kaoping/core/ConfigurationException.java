package org.kaoping.core;

import org.kaoping.core.api.API;

/**
 * Kaoping was set up in a way that cannot work: a runtime built without a required part, a plan that
 * names a rubric or unit that does not exist, two providers for one id. Raised when the runtime, a plan or a
 * store is built, before any evidence is touched; the message names the setting and what was expected.
 */
@API(status = API.Status.STABLE)
public class ConfigurationException extends KaopingException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
