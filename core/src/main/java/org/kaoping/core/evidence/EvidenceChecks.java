package org.kaoping.core.evidence;

/** The construction checks every evidence kind shares; messages name the field and the evidence id. */
final class EvidenceChecks {
    private EvidenceChecks() {}

    static void common(Evidence e) {
        blank(e.id(), "id", e);
        blank(e.unitId(), "unitId", e);
        blank(e.key(), "key", e);
        blank(e.author(), "author", e);
    }

    static void blank(String value, String field, Evidence e) {
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(e.kind() + " evidence [" + e.id() + "]: " + field + " must not be blank");
        }
    }

    static void fail(Evidence e, String message) {
        throw new IllegalArgumentException(e.kind() + " evidence [" + e.id() + "]: " + message);
    }
}
