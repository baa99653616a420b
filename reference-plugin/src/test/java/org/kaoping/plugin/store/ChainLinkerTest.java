package org.kaoping.plugin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kaoping.spi.support.HashChain;

/** The batch linker gives exactly {@link HashChain#link}'s hashes, row after row, whatever the text. */
class ChainLinkerTest {
    @Test
    void everyLinkEqualsHashChainLink() {
        Random random = new Random(20261206L);
        ChainLinker linker = new ChainLinker();
        String mine = HashChain.GENESIS;
        String theirs = HashChain.GENESIS;
        for (int row = 0; row < 2_000; row++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(row % 50 == 0 ? 5_000 : 200);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(4)) {
                    case 0:
                        text.append((char) ('a' + random.nextInt(26)));
                        break;
                    case 1:
                        text.append((char) (0x4E00 + random.nextInt(0x5000)));
                        break;
                    case 2:
                        text.appendCodePoint(0x1F600 + random.nextInt(64));
                        break;
                    default:
                        text.append("\t\n\\:-".charAt(random.nextInt(5)));
                }
            }
            mine = linker.link(mine, text.toString());
            theirs = HashChain.link(theirs, text.toString());
            assertEquals(theirs, mine, "row " + row);
        }
    }
}
