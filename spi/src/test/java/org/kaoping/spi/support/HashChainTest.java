package org.kaoping.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The chain's link is SHA-256 of the previous hash, a line feed and the record's UTF-8 text, in lower-case hex: known
 * answers (computed outside Java), the same from the text and from its bytes, and the same on many threads at once
 * (each link uses its own copy of the digest).
 */
class HashChainTest {
    @Test
    void linksAreKnownSha256Answers() {
        assertEquals("827d096d92f3deeaa0e8070d79f45beb176768e57a958a1cd325f5f4b754b048", HashChain.link(HashChain.GENESIS, ""));
        assertEquals("22b97a7e06fad0c79fdf12aa36d24713030d0949dd40045c10ea2659ce0f58e5", HashChain.link(HashChain.GENESIS, "北海 2015"));
        assertEquals(HashChain.link("ab", "北海"), HashChain.link("ab", "北海".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(HashChain.link("ab", "x"), HashChain.link("ac", "x"));
    }

    @Test
    void concurrentLinksDoNotShareADigest() throws Exception {
        String expected = HashChain.link(HashChain.GENESIS, "北海 2015");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        if (!expected.equals(HashChain.link(HashChain.GENESIS, "北海 2015"))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : all) {
                assertEquals(Boolean.TRUE, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
