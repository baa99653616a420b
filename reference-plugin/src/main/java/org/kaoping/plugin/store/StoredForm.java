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

    /**
     * The same stored form as {@link #of}, made faster where that is sure to give the same result (both stores'
     * writes, issue 14 goal 3): the text by {@link EvidenceText#encode} (identical to the codec's), and the read-back
     * parse left out when {@link EvidenceText#readsBack} proves it would give {@code e} back, in which case the value
     * held is {@code e} itself (immutable, equal to what the parse gives). Anything else goes the way of {@link #of},
     * refusals and their messages included.
     */
    static StoredForm encoded(Evidence e) {
        String json = EvidenceText.encode(e);
        if (json == null || !EvidenceText.readsBack(e)) {
            return of(e);
        }
        return new StoredForm(e, json);
    }

    /** The stored form of evidence read back from storage, whose JSON is {@code json}. */
    static StoredForm read(Evidence value, String json) {
        return new StoredForm(value, json);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of {@code utf8}, in lower-case hex: with one digest per thread, no provider lookup per record. */
    static String sha256(byte[] utf8) {
        MessageDigest sha = DIGEST.get();
        sha.reset();
        byte[] digest = sha.digest(utf8);
        char[] hex = new char[64];
        for (int i = 0; i < digest.length; i++) {
            hex[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new String(hex);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });
}
