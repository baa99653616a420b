package org.kaoping.plugin.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.kaoping.spi.support.HashChain;

/**
 * {@link HashChain#link} for the many rows of one batch: the same hashes, with one digest and one buffer for the whole
 * batch instead of a provider lookup and two byte arrays per row. Not thread-safe; one per batch.
 */
final class ChainLinker {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final MessageDigest sha;
    private final char[] hex = new char[64];

    ChainLinker() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Exactly {@code HashChain.link(previous, canonical)}. */
    String link(String previous, String canonical) {
        sha.reset();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        return hex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** Exactly {@code HashChain.link(previous, canonical)}, given the first {@code length} bytes of its UTF-8 form. */
    String link(String previous, byte[] canonicalUtf8, int length) {
        sha.reset();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        sha.update(canonicalUtf8, 0, length);
        return hex(sha.digest());
    }

    /**
     * Exactly {@code HashChain.link(previous, canonical)}, given the UTF-8 form of {@code canonical} in two parts: the
     * first {@code firstLength} bytes of {@code first}, then the first {@code restLength} bytes of {@code rest}.
     */
    String link(String previous, byte[] first, int firstLength, byte[] rest, int restLength) {
        sha.reset();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        sha.update(first, 0, firstLength);
        sha.update(rest, 0, restLength);
        return hex(sha.digest());
    }

    private String hex(byte[] d) {
        for (int i = 0; i < d.length; i++) {
            hex[2 * i] = HEX[(d[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[d[i] & 0xF];
        }
        return new String(hex);
    }
}
