package org.kaoping.plugin.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    @DisplayName("A phase past the threshold prints counts, total, share and rate while running and a closing line")
    void longPhasePrintsCountsAndRate() throws Exception {
        StringWriter text = new StringWriter();
        Progress p = Progress.to(new PrintWriter(text), 0, 20);
        try (Progress.Phase phase = p.start("导入证据", 1000, "条")) {
            phase.advance(400);
            long until = System.nanoTime() + 2_000_000_000L;
            while (!text.toString().contains("400/1000") && System.nanoTime() < until) {
                Thread.sleep(5);
            }
        }
        String out = text.toString();
        assertTrue(out.contains("kaoping: 导入证据 400/1000 条（40%），每秒 "), out);
        assertTrue(out.trim().endsWith(" 秒") && out.contains("kaoping: 导入证据完成 400 条，每秒 "), out);
    }

    @Test
    @DisplayName("A phase shorter than the threshold prints nothing, and a silent progress never does")
    void shortPhaseAndSilentPrintNothing() {
        StringWriter text = new StringWriter();
        try (Progress.Phase phase = Progress.to(new PrintWriter(text), 60_000, 1000).start("评分", 48, "个单位")) {
            phase.advance(48);
            assertEquals(48, phase.done());
        }
        try (Progress.Phase phase = Progress.silent().start("评分", 48, "个单位")) {
            phase.advance(48);
        }
        assertEquals("", text.toString());
        assertTrue(Progress.silent().isSilent());
    }
}
