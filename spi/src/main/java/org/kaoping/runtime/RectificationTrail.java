package org.kaoping.runtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaoping.core.StoreException;
import org.kaoping.core.api.API;
import org.kaoping.core.rectification.Rectification;
import org.kaoping.core.rectification.RectificationOrigin;
import org.kaoping.spi.AuditEvent;

/**
 * The rectification items (整改) an audit trail records: every state change of an item is one audit event
 * ({@code RECTIFICATION_OPENED}, {@code _SUBMITTED}, {@code _VERIFIED}, {@code _RETURNED}, {@code _OVERDUE}) whose subject
 * is the item id and whose detail carries its fields as {@code key=value; key=value} (a {@code ;}, {@code \} or line
 * break inside a value escaped with {@code \}). Replaying the trail in order rebuilds every item, so items live
 * wherever the store's audit trail does and survive restarts with it. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class RectificationTrail {
    private static final String RECORD = "rectification record";
    private RectificationTrail() {}

    /**
     * The items recorded in {@code events} (any order of sequence is accepted; events are applied in the order given,
     * which for a store's {@code auditEvents(0)} is the order they happened), in the order they were opened.
     *
     * @throws StoreException naming the event's sequence, if a rectification event is malformed or names an unknown item
     */
    public static List<Rectification> replay(List<AuditEvent> events) {
        Map<String, Rectification> items = new LinkedHashMap<>();
        for (AuditEvent e : events) {
            if (!isRectification(e.action())) {
                continue;
            }
            String id = e.subject().orElseThrow(() -> malformed(e, "no subject (the item id)"));
            Map<String, String> f = decode(e);
            if (e.action() == AuditEvent.Action.RECTIFICATION_OPENED) {
                String criterion = f.get("criterion");
                try {
                    items.put(id, Rectification.open(id, field(e, f, "plan"), e.unitId().orElseThrow(() -> malformed(e, "no unit")),
                            criterion == null || criterion.isEmpty() ? null : criterion, RectificationOrigin.ofCode(field(e, f, "origin")),
                            field(e, f, "finding"), f.get("source"), LocalDate.parse(field(e, f, "due")), e.at(), e.actor()));
                } catch (RuntimeException x) {
                    if (x instanceof StoreException) {
                        throw x;
                    }
                    throw malformed(e, String.valueOf(x.getMessage()));
                }
                continue;
            }
            Rectification r = items.get(id);
            if (r == null) {
                throw malformed(e, "it names item [" + id + "], which no earlier RECTIFICATION_OPENED event opened");
            }
            switch (e.action()) {
                case RECTIFICATION_SUBMITTED:
                    r = r.submitted(e.at(), field(e, f, "reference"), f.get("note"));
                    break;
                case RECTIFICATION_VERIFIED:
                    r = r.verified(e.at(), e.actor());
                    break;
                case RECTIFICATION_RETURNED:
                    r = r.returned(e.at(), field(e, f, "reason"));
                    break;
                default:
                    r = r.overdue(e.at());
                    break;
            }
            items.put(id, r);
        }
        return Collections.unmodifiableList(new ArrayList<>(items.values()));
    }

    /** Whether {@code action} is one of the rectification actions. */
    public static boolean isRectification(AuditEvent.Action action) {
        switch (action) {
            case RECTIFICATION_OPENED:
            case RECTIFICATION_SUBMITTED:
            case RECTIFICATION_VERIFIED:
            case RECTIFICATION_RETURNED:
            case RECTIFICATION_OVERDUE:
                return true;
            default:
                return false;
        }
    }

    /** The detail of an item's {@code RECTIFICATION_OPENED} event. */
    static String openedDetail(Rectification r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("plan", r.planId());
        f.put("origin", r.origin().code());
        f.put("criterion", r.criterionId().orElse(""));
        f.put("due", r.dueDate().toString());
        if (r.sourceEvidenceId().isPresent()) {
            f.put("source", r.sourceEvidenceId().get());
        }
        f.put("finding", r.finding());
        return encode(f);
    }

    /** {@code key=value; …} with {@code ;}, {@code \} and line breaks in values escaped; keys are fixed ASCII words. */
    static String encode(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (s.length() > 0) {
                s.append("; ");
            }
            s.append(e.getKey()).append('=');
            String v = e.getValue();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\\' || c == ';') {
                    s.append('\\').append(c);
                } else if (c == '\n') {
                    s.append("\\n");
                } else if (c == '\r') {
                    s.append("\\r");
                } else {
                    s.append(c);
                }
            }
        }
        return s.toString();
    }

    static Map<String, String> decode(String detail) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = detail.length();
        while (i < n) {
            while (i < n && detail.charAt(i) == ' ') {
                i++;
            }
            int eq = detail.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value at offset " + i);
            }
            String key = detail.substring(i, eq);
            StringBuilder v = new StringBuilder();
            i = eq + 1;
            while (i < n && detail.charAt(i) != ';') {
                char c = detail.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    char next = detail.charAt(++i);
                    v.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    v.append(c);
                }
                i++;
            }
            i++; // the ';'
            out.put(key, v.toString());
        }
        return out;
    }

    private static Map<String, String> decode(AuditEvent e) {
        try {
            return decode(e.detail());
        } catch (IllegalArgumentException x) {
            throw malformed(e, x.getMessage());
        }
    }

    private static String field(AuditEvent e, Map<String, String> f, String key) {
        return field(e, f, key, RECORD);
    }

    private static StoreException malformed(AuditEvent e, String why) {
        return malformed(e, RECORD, why);
    }

    /** The field {@code key} of an audit event's decoded detail; a missing one makes the event a malformed {@code record}. */
    static String field(AuditEvent e, Map<String, String> f, String key, String record) {
        String v = f.get(key);
        if (v == null) {
            throw malformed(e, record, "its detail has no " + key + "=…");
        }
        return v;
    }

    /** The store failure of an audit event that is not a valid {@code record} (e.g. "rectification record"), saying {@code why}. */
    static StoreException malformed(AuditEvent e, String record, String why) {
        return new StoreException("Audit event " + e.sequence() + " (" + e.action() + ") is not a valid " + record + ": " + why);
    }

}
