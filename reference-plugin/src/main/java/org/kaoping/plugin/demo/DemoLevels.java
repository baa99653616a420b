package org.kaoping.plugin.demo;

import java.util.Random;
import java.util.function.BooleanSupplier;

/** The demo's plans below the city (属地逐级分类考核制). */
final class DemoLevels {
    private DemoLevels() {}

    /**
     * Draws from {@code random} what the host-supplied coverage rate a roll-up replaces drew (a base, a chance, an
     * offset, an evidence id), so that every other item of the unit keeps its synthetic evidence.
     */
    static Void drawInPlaceOfRate(Random random, BooleanSupplier chance, Runnable nextId) {
        random.nextInt(800);
        if (chance.getAsBoolean()) {
            random.nextInt(3);
        } else {
            random.nextInt(5);
        }
        nextId.run();
        return null;
    }
}
