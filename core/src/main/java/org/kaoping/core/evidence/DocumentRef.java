package org.kaoping.core.evidence;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document, photo, audio or video file in the unit's archive (文字和音像材料), held by reference: a URI
 * and the SHA-256 of its bytes, never the bytes. Its key is the criterion it supports.
 */
@Value.Immutable
public interface DocumentRef extends Evidence {
    /** The kind of material. */
    enum Media {
        TEXT, IMAGE, AUDIO, VIDEO
    }

    String title();

    Media media();

    /** Where the host keeps it, e.g. {@code oa://archive/2015/123}. */
    String uri();

    /** The SHA-256 of the bytes, 64 lowercase hexadecimal digits. */
    String sha256();

    Optional<String> mediaType();

    @Override
    default EvidenceKind kind() {
        return EvidenceKind.DOCUMENT;
    }

    @Override
    default <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitDocument(this);
    }

    static ImmutableDocumentRef.Builder builder() {
        return ImmutableDocumentRef.builder();
    }

    @Value.Check
    default void check() {
        EvidenceChecks.common(this);
        String h = sha256();
        if (h.length() != 64) {
            EvidenceChecks.fail(this, "sha256 must be 64 hexadecimal digits; got [" + h + "]");
        }
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                EvidenceChecks.fail(this, "sha256 must be lowercase hexadecimal; got [" + h + "]");
            }
        }
    }
}
