package org.kaoping.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.core.points.Points;
import org.kaoping.spi.support.HashChain;

/**
 * The text form of the cycle's after-the-scores records in audit-event details: a first line for people, then data
 * lines of tab-separated fields (ids keep the id rule, which has no tab or line break; free text is escaped), so that
 * the cycle's state, snapshots and appeals are rebuilt from the audit trail alone. Stateless.
 */
final class LifecycleRecords {
    private LifecycleRecords() {}

    /** The content hash of a stored evidence record: SHA-256 ({@link HashChain#link} from genesis) over its value text, which lists every attribute. */
    static String hash(Evidence e) {
        return HashChain.link(HashChain.GENESIS, e.kind() + "\n" + e);
    }

    static String line(String key, String... fields) {
        int length = key.length();
        for (String f : fields) {
            length += f.length() + 1;
        }
        StringBuilder b = new StringBuilder(length).append(key); // a snapshot's line lists every evidence hash: sized once
        for (String f : fields) {
            b.append('\t').append(f);
        }
        return b.toString();
    }

    static String line(String key, List<String> fields) {
        return line(key, fields.toArray(new String[0]));
    }

    /** The data lines of a detail (every line after the first), split into fields. */
    static List<String[]> data(String detail) {
        List<String[]> out = new ArrayList<>();
        String[] lines = detail.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                out.add(lines[i].split("\t", -1));
            }
        }
        return out;
    }

    static List<String> rest(String[] fields) {
        return fields.length <= 1 ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<>(Arrays.asList(fields).subList(1, fields.length)));
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The data lines of a snapshot. */
    static List<String> snapshotLines(List<ResultSnapshot.UnitResult> units) {
        List<String> out = new ArrayList<>();
        for (ResultSnapshot.UnitResult u : units) {
            out.add(line("unit", u.unitId(), u.rubricId(), u.rubricVersion(), Integer.toString(u.rank()), u.total().toString(), u.grade()));
            for (Map.Entry<String, String> e : u.evidenceHashes().entrySet()) {
                out.add(line("ev", e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /** The units of a snapshot from its data lines (others ignored). */
    static List<ResultSnapshot.UnitResult> snapshotUnits(List<String[]> data) {
        List<ResultSnapshot.UnitResult> out = new ArrayList<>();
        String[] unit = null;
        Map<String, String> evidence = new LinkedHashMap<>();
        for (String[] f : data) {
            if (f[0].equals("unit") && f.length == 7) {
                if (unit != null) {
                    out.add(unitResult(unit, evidence));
                }
                unit = f;
                evidence = new LinkedHashMap<>();
            } else if (f[0].equals("ev") && f.length == 3 && unit != null) {
                evidence.put(f[1], f[2]);
            }
        }
        if (unit != null) {
            out.add(unitResult(unit, evidence));
        }
        return out;
    }

    private static ResultSnapshot.UnitResult unitResult(String[] f, Map<String, String> evidence) {
        return ResultSnapshot.UnitResult.of(f[1], f[2], f[3], Integer.parseInt(f[4]), Points.parse(f[5]), f[6], evidence);
    }
}
