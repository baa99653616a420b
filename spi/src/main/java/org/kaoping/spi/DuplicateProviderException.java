package org.kaoping.spi;

import org.kaoping.core.ConfigurationException;
import org.kaoping.core.api.API;

/**
 * Thrown when two providers of one service interface declare the same {@link KaopingProvider#id() id}:
 * {@code Duplicate RubricProvider id [beihai-2015]: com.a.Foo and com.b.Bar}.
 */
@API(status = API.Status.STABLE)
public final class DuplicateProviderException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final String providerId;

    DuplicateProviderException(Class<?> type, String providerId, String firstClass, String secondClass) {
        super("Duplicate " + type.getSimpleName() + " id [" + providerId + "]: " + firstClass + " and " + secondClass);
        this.providerId = providerId;
    }

    /** The id both providers declare. */
    public String providerId() {
        return providerId;
    }
}
