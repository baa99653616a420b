package org.kaoping.core.internal;

import java.util.Objects;
import org.kaoping.core.api.API;

/** Argument checks whose messages name the argument, shared by Kaoping's modules. */
@API(status = API.Status.INTERNAL)
public final class Checks {
    private Checks() {}

    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
