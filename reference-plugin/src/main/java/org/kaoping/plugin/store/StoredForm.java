package org.kaoping.plugin.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.kaoping.core.RefusedInputException;
import org.kaoping.core.evidence.Evidence;
import org.kaoping.plugin.json.EvidenceFormatException;
import org.kaoping.plugin.json.EvidenceJson;

/**
 * Evidence as both stores keep it: its {@link EvidenceJson} text, the SHA-256 of that text (the content
 * hash idempotency compares) and the value read back from the text, so that what a store returns is
 * exactly what it would return after a restart.
 */
final class StoredForm {
    final Evidence value;
    final String json;
    /** Computed on first use: the journal store compares the JSON text and never needs it. */
    private volatile String sha256;

    private StoredForm(Evidence value, String json) {
        this.value = value;
        this.json = json;
    }

    /** The SHA-256 of {@link #json}, in lower-case hex. */
    String sha256() {
        String h = sha256;
        if (h == null) {
            h = sha256(json);
            sha256 = h;
        }
        return h;
    }

    /**
     * The stored form of {@code e}.
     *
     * @throws IllegalArgumentException if {@code e} cannot be stored faithfully: text that is not valid
     *     Unicode, or an evidence class the codec does not know
     */
    static StoredForm of(Evidence e) {
        String json;
        try {
            json = EvidenceJson.toJson(e);
        } catch (ClassCastException unknownClass) {
            throw new IllegalArgumentException("Evidence [" + e.id() + "] of kind " + e.kind() + " is a "
                    + e.getClass().getName() + ", not the kind's own type; build it with the kind's builder", unknownClass);
        }
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new RefusedInputException("Evidence [" + e.id() + "] contains text that is not valid Unicode"
                        + " (an unpaired surrogate at character " + i + " of its JSON form)");
            }
        }
        Evidence back;
        try {
            back = EvidenceJson.parse(json, "evidence [" + e.id() + "]");
        } catch (EvidenceFormatException bad) {
            throw new RefusedInputException("Evidence [" + e.id() + "] cannot be stored faithfully: " + bad.getMessage(), bad);
        }
        return new StoredForm(back, json);
    }

    /** The stored form of evidence read back from storage, whose JSON is {@code json}. */
    static StoredForm read(Evidence value, String json) {
        return new StoredForm(value, json);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
