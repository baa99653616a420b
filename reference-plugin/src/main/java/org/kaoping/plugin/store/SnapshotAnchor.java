package org.kaoping.plugin.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record of {@code audit.jsonl} that anchors a snapshot in the hash chain: the SHA-256 of the snapshot file and
 * the last record of each journal it covers (sequence number and chain hash). It is written right after the record
 * the snapshot covers in {@code audit.jsonl}, so that its chain link follows that record and every later record's
 * hash depends on it: the snapshot is then as tamper-evident as the journal itself. It is not an audit event (the
 * audit trail's numbering skips it). Its payload, always in this exact form:
 *
 * <pre>{"snapshotTaken":{"sha256":"&lt;64 hex&gt;","evidence":{"seq":n,"hash":"&lt;64 hex&gt;"},
 * "scorecards":{"seq":n,"hash":"…"},"audit":{"seq":n,"hash":"…"}}}</pre>
 *
 * (on one line).
 */
final class SnapshotAnchor {
    static final String PREFIX = "{\"snapshotTaken\":";
    private static final String[] JOURNALS = {"evidence", "scorecards", "audit"};
    private static final Pattern FORM;

    static {
        StringBuilder p = new StringBuilder(Pattern.quote(PREFIX)).append("\\{\"sha256\":\"([0-9a-f]{64})\"");
        for (String j : JOURNALS) {
            p.append(",\"").append(j).append("\":\\{\"seq\":(0|[1-9][0-9]{0,17}),\"hash\":\"([0-9a-f]{64})\"\\}");
        }
        FORM = Pattern.compile(p.append("\\}\\}").toString());
    }

    /** The SHA-256 of the snapshot file, lower-case hex. */
    final String sha256;
    /** Evidence, scorecards, audit: the last record of each that the snapshot covers (offsets unknown, -1). */
    final StoreSnapshot.Position[] covers;

    private SnapshotAnchor(String sha256, StoreSnapshot.Position[] covers) {
        this.sha256 = sha256;
        this.covers = covers;
    }

    /** Whether a payload of {@code audit.jsonl} is an anchor rather than an audit event. */
    static boolean isAnchor(String payload) {
        return payload.startsWith(PREFIX);
    }

    /** The payload anchoring the snapshot with digest {@code sha256} that covers {@code covers}. */
    static String payload(String sha256, StoreSnapshot.Position[] covers) {
        StringBuilder s = new StringBuilder(PREFIX).append("{\"sha256\":\"").append(sha256).append('"');
        for (int i = 0; i < JOURNALS.length; i++) {
            s.append(",\"").append(JOURNALS[i]).append("\":{\"seq\":").append(covers[i].sequence).append(",\"hash\":\"")
                    .append(covers[i].chainHash).append("\"}");
        }
        return s.append("}}").toString();
    }

    /**
     * Reads an anchor payload.
     *
     * @throws IllegalArgumentException if it is not exactly the form this store writes
     */
    static SnapshotAnchor parse(String payload) {
        Matcher m = FORM.matcher(payload);
        if (!m.matches()) {
            throw new IllegalArgumentException("a snapshot anchor must read exactly " + PREFIX + "{\"sha256\":…,"
                    + "\"evidence\":{\"seq\":…,\"hash\":…},\"scorecards\":{…},\"audit\":{…}}}");
        }
        StoreSnapshot.Position[] covers = new StoreSnapshot.Position[JOURNALS.length];
        for (int i = 0; i < covers.length; i++) {
            covers[i] = new StoreSnapshot.Position(Long.parseLong(m.group(2 + 2 * i)), m.group(3 + 2 * i), -1);
        }
        return new SnapshotAnchor(m.group(1), covers);
    }

    /** Whether this anchor names the same records (sequence number and chain hash) as {@code positions}. */
    boolean covers(StoreSnapshot.Position[] positions) {
        for (int i = 0; i < covers.length; i++) {
            if (covers[i].sequence != positions[i].sequence || !covers[i].chainHash.equals(positions[i].chainHash)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "anchor of a snapshot with SHA-256 %s covering evidence %s, scorecards %s,"
                + " audit %s", sha256, covers[0], covers[1], covers[2]);
    }
}
