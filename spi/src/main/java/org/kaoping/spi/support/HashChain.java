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
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        byte[] d = sha.digest(canonicalUtf8);
        char[] hex = new char[d.length * 2];
        for (int i = 0; i < d.length; i++) {
            hex[2 * i] = Character.forDigit((d[i] >> 4) & 0xF, 16);
            hex[2 * i + 1] = Character.forDigit(d[i] & 0xF, 16);
        }
        return new String(hex);
    }
}
