package org.kaoping.spi.internal;

import org.kaoping.core.api.API;
import org.kaoping.spi.ProviderFailure;
import java.util.List;

/** How the runtime and discovery list the providers that failed, in their summaries and messages. */
@API(status = API.Status.INTERNAL)
public final class ProviderFailures {
    private ProviderFailures() {
    }

    /** The failures in order, separated by {@code "; "}; empty when there are none. */
    public static String join(List<ProviderFailure> failures) {
        StringBuilder s = new StringBuilder();
        for (ProviderFailure f : failures) {
            s.append(s.length() == 0 ? "" : "; ").append(f);
        }
        return s.toString();
    }

    /** Appends {@code "; 2 failed: a; b"} (with {@code label} {@code "failed"}), or nothing when there are none. */
    public static void appendTo(StringBuilder s, String label, List<ProviderFailure> failures) {
        if (!failures.isEmpty()) {
            s.append("; ").append(failures.size()).append(' ').append(label).append(": ").append(join(failures));
        }
    }
}
