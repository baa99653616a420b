package org.kaoping.core.evidence;

import java.util.Optional;
import org.immutables.value.Value;
import org.kaoping.core.api.API;

/**
 * A document, photo, audio or video file in the unit's archive (文字和音像材料), held by reference: a URI
 * and the SHA-256 of its bytes, never the bytes. Its key is the criterion it supports.
 */
@API(status = API.Status.STABLE)
@Value.Immutable
public abstract class DocumentRef extends Evidence {
    /**
     * For the generated implementation and for a host's own deliberate view of its stored records (such as
     * the benchmarks' compact facts); values made by {@link #builder()} are validated, subclasses answer for
     * their own values.
     */
    protected DocumentRef() {}

    /** The kind of material. */
    public enum Media {
        TEXT, IMAGE, AUDIO, VIDEO
    }

    public abstract String title();

    public abstract Media media();

    /** Where the host keeps it, e.g. {@code oa://archive/2015/123}. */
    public abstract String uri();

    /** The SHA-256 of the bytes, 64 lowercase hexadecimal digits. */
    public abstract String sha256();

    public abstract Optional<String> mediaType();

    @Override
    public EvidenceKind kind() {
        return EvidenceKind.DOCUMENT;
    }

    @Override
    public <R> R accept(EvidenceVisitor<R> visitor) {
        return visitor.visitDocument(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The builder of {@link DocumentRef}: set the attributes, then {@code build()}. */
    public static final class Builder extends ImmutableDocumentRef.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
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
