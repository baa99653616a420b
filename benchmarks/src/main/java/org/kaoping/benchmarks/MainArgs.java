package org.kaoping.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The {@code name=value} arguments of the benchmarks' main classes (NationalReport, ProvinceStreaming, EvidenceHeap). */
final class MainArgs {
    private MainArgs() {}

    /** The arguments by name; an argument without {@code =} is refused by name rather than misread. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("argument '" + a + "': expected name=value, e.g. scale=0.01");
            }
            opt.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return opt;
    }
}
