package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.evidence.Evidence;

/**
 * What differs between two records under one evidence id, for the message of a conflict: the attributes whose
 * values differ, each with both values, read from the records' value form ({@code MetricValue{id=…, value=…}}), so
 * that every kind and attribute is covered without a list of them to keep in step.
 */
final class EvidenceDifference {
    private EvidenceDifference() {}

    /** {@code kind [a → b]; attribute: [x] now, [y] stored; …}, at most a few hundred characters. */
    static String describe(Evidence now, Evidence stored) {
        if (now.kind() != stored.kind()) {
            return "kind: " + now.kind() + " now, " + stored.kind() + " stored";
        }
        Map<String, String> a = attributes(now.toString());
        Map<String, String> b = attributes(stored.toString());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : a.entrySet()) {
            String was = b.get(e.getKey());
            if (!e.getValue().equals(was)) {
                out.add(e.getKey() + ": [" + cut(e.getValue()) + "] now, " + (was == null ? "none stored" : "[" + cut(was) + "] stored"));
            }
        }
        for (Map.Entry<String, String> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                out.add(e.getKey() + ": none now, [" + cut(e.getValue()) + "] stored");
            }
        }
        if (out.isEmpty()) {
            return "the records differ";
        }
        String s = String.join("; ", out);
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    /** The {@code name=value} attributes of an immutable value's {@code toString()}, split at the top level. */
    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int open = text.indexOf('{');
        if (open < 0 || !text.endsWith("}")) {
            out.put("value", text);
            return out;
        }
        String body = text.substring(open + 1, text.length() - 1);
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ',';
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth <= 0 && (i == body.length() || i + 1 < body.length() && body.charAt(i + 1) == ' ')) {
                String part = body.substring(start, i).trim();
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.put(part.substring(0, eq), part.substring(eq + 1));
                } else if (!part.isEmpty() && !out.isEmpty()) {
                    String last = null;
                    for (String k : out.keySet()) {
                        last = k;
                    }
                    out.put(last, out.get(last) + ", " + part); // a comma inside a value
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
