package org.kaoping.plugin.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kaoping.core.evidence.SourceKind;
import org.kaoping.core.plan.Channel;
import org.kaoping.core.scoring.ChannelResult;

/**
 * The comparisons try their regular expressions only on lines that hold the patterns' literal words: on lines that match,
 * nearly match and do not match, seeded, they read exactly as the patterns tried on every line read (the code before).
 */
class ComparisonPrefilterTest {
    private static final Function<String, String> NAMES = k -> "「" + k + "」";

    private static final String[] SEEDS = {
        "target [safe-unit-rate] of 2015 ≥ 90% set by 自治区综治委 on 2015-03-10 in 桂综治〔2015〕1号",
        "target [safe-unit-rate] of 2015 ≥ 90% set by 自治区综治委 on 2015-03-10",
        "no target [safe-unit-rate] of 2015 set by the higher level in plan [beihai-2015]: the rate cannot be judged",
        "safe-unit-rate rate 92.6471% (126 of 136) ≥ 90%",
        "safe-unit-rate rate 80% (4 of 5) < 90%",
        "cases 2014: 12, 2015: 15 — moved up",
        "cases 2014: 12, 2015: 10 — did not move down",
        "previous cycle (2014) has no value of cases: the trend cannot be judged",
        "amount 3次 ≥ 2次",
        "2 of 3 requirements met, proportional",
        "target [x] rate 5 (1 of 2) ≥ 3",
        "no target [a rate b] of 2015 set by the higher level in plan [p]: the rate cannot be judged",
    };

    @Test
    void prefilteredLinesReadAsThePatternsOnEveryLine() {
        Random random = new Random(20151130L);
        List<String> inputs = new ArrayList<>(Arrays.asList(SEEDS));
        for (int i = 0; i < 4000; i++) {
            inputs.add(mutate(SEEDS[random.nextInt(SEEDS.length)], random));
        }
        int read = 0;
        for (String input : inputs) {
            List<ChannelResult> channels = Collections.singletonList(ChannelResult.builder().channel(Channel.of(SourceKind.PANEL))
                    .addInputs(input).used(true).build());
            for (boolean chinese : new boolean[] {true, false}) {
                assertEquals(referenceTarget(input, chinese), TargetComparison.lines(channels, NAMES, chinese), input);
                assertEquals(referenceTrend(input, chinese), TrendComparison.lines(channels, NAMES, chinese), input);
            }
            read += TargetComparison.lines(channels, NAMES, true).size() + TrendComparison.lines(channels, NAMES, true).size();
        }
        assertTrue(read > 1000, "the mutations keep many lines readable, so both branches are compared: " + read);
    }

    /** One to three edits: a character dropped, doubled or replaced by one of the patterns' own. */
    private static String mutate(String s, Random random) {
        String alphabet = " []():,—≥<%0123456789abtr";
        StringBuilder b = new StringBuilder(s);
        int edits = random.nextInt(4); // 0: the line itself
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0:
                    b.deleteCharAt(at);
                    break;
                case 1:
                    b.insert(at, b.charAt(at));
                    break;
                default:
                    b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return b.toString();
    }

    // ---- the code before the prefilter: every pattern on every line

    private static final Pattern TARGET = Pattern.compile(
            "target \\[(.+?)\\] of (\\d{4}) ≥ (\\S+) set by (.+) on (\\d{4}-\\d{2}-\\d{2})(?: in (.+))?");
    private static final Pattern NO_TARGET = Pattern.compile(
            "no target \\[(.+?)\\] of (\\d{4}) set by the higher level in plan \\[(.+)\\]: the rate cannot be judged");
    private static final Pattern RATE = Pattern.compile("(.+) rate (\\S+) \\((\\S+) of (\\S+)\\) (≥|<) (\\S+)");
    private static final Pattern COMPARED = Pattern.compile("(.+) (\\d{4}): (\\S+), (\\d{4}): (\\S+) — (moved|did not move) (up|down)");
    private static final Pattern NO_PREVIOUS = Pattern.compile("previous cycle \\((\\d{4})\\) has no value of (.+): the trend cannot be judged");

    private static List<String> referenceTarget(String input, boolean chinese) {
        String line = referenceLine(input);
        return line == null ? Collections.<String>emptyList() : Collections.singletonList(chinese ? line : input);
    }

    private static String referenceLine(String input) {
        Matcher t = TARGET.matcher(input);
        if (t.matches()) {
            return t.group(2) + " 年上级指标 " + NAMES.apply(t.group(1)) + " ≥ " + t.group(3) + "（" + t.group(4) + " " + day(t.group(5))
                    + "下达" + (t.group(6) == null ? "" : "，" + t.group(6)) + "）";
        }
        Matcher none = NO_TARGET.matcher(input);
        if (none.matches()) {
            return "考评方案 " + none.group(3) + " 未载明上级下达的 " + none.group(2) + " 年" + NAMES.apply(none.group(1)) + "指标，无法判定";
        }
        Matcher r = RATE.matcher(input);
        if (r.matches()) {
            boolean reached = r.group(5).equals("≥");
            return "本单位" + NAMES.apply(r.group(1)) + " " + r.group(2) + "（" + r.group(4) + " 个中 " + r.group(3) + " 个），"
                    + (reached ? "达到 " : "低于 ") + r.group(6);
        }
        return null;
    }

    private static String day(String iso) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日").format(java.time.LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static List<String> referenceTrend(String input, boolean chinese) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = COMPARED.matcher(input);
        Matcher none = NO_PREVIOUS.matcher(input);
        if (m.matches()) {
            boolean met = m.group(6).equals("moved");
            boolean up = m.group(7).equals("up");
            out.add(chinese ? NAMES.apply(m.group(1)) + "：" + m.group(2) + " 年 " + m.group(3) + "，" + m.group(4) + " 年 "
                    + m.group(5) + "，" + (met ? "已" : "未") + (up ? "提高" : "下降") : input);
        } else if (none.matches()) {
            out.add(chinese ? "缺少上一周期（" + none.group(1) + " 年）的" + NAMES.apply(none.group(2)) + "数值，无法判定逐年变化"
                    + "（可用 --previous-store 给出上一周期的存储）" : input);
        }
        return new ArrayList<>(out);
    }
}
