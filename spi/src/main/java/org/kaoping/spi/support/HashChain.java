package org.kaoping.spi.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.kaoping.core.api.API;

/**
 * The link function of a store's tamper-evident chain: each record's hash is SHA-256 over the previous record's
 * hash and the record's canonical text, so that changing, removing or reordering any stored record changes every
 * hash after it. Stores keep the hash beside each record and verify by recomputing. Stateless; thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class HashChain {
    /** The "previous hash" of a chain's first record: 64 zeros. */
    public static final String GENESIS = "0000000000000000000000000000000000000000000000000000000000000000";

    private HashChain() {}

    /**
     * The hash of a record whose canonical text is {@code canonical}, following the record whose hash is
     * {@code previous} ({@link #GENESIS} for the first): lower-case hex SHA-256 of {@code previous}, a line feed,
     * and the UTF-8 bytes of {@code canonical}.
     */
    public static String link(String previous, String canonical) {
        Objects.requireNonNull(canonical, "canonical must not be null");
        return link(previous, canonical.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link #link(String, String)} from the canonical text's UTF-8 bytes, for a store that has encoded them already
     * (the journal store hashes the very bytes it appends, instead of encoding each record twice).
     */
    @API(status = API.Status.EXPERIMENTAL)
    public static String link(String previous, byte[] canonicalUtf8) {
        Objects.requireNonNull(previous, "previous must not be null");
        Objects.requireNonNull(canonicalUtf8, "canonicalUtf8 must not be null");
        MessageDigest sha = sha256();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        byte[] d = sha.digest(canonicalUtf8);
        char[] hex = new char[d.length * 2];
        for (int i = 0; i < d.length; i++) {
            hex[2 * i] = HEX[(d[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[d[i] & 0xF];
        }
        return new String(hex);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A SHA-256 digest never updated: only copied, by {@link #sha256()}. */
    private static final MessageDigest PROTOTYPE = newSha256();

    /**
     * A fresh SHA-256 digest: a copy of {@link #PROTOTYPE} where the provider's digests can be copied (the JDK's can),
     * since looking the algorithm up among the providers for every link cost more than hashing a short record.
     */
    private static MessageDigest sha256() {
        if (PROTOTYPE != null) {
            try {
                return (MessageDigest) PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                // a provider whose digests cannot be copied: looked up each time
            }
        }
        MessageDigest sha = newSha256();
        if (sha == null) {
            throw new IllegalStateException("every Java platform provides SHA-256, but this one does not");
        }
        return sha;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }
}
