package org.kaoping.plugin.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.scoring.ChannelResult;

/**
 * A trend item's (逐年提高/下降) comparison of the two years in the office's words, from the inputs the engine lists:
 * the previous and this year's values, or that the previous cycle's value is missing (issue 16, across years).
 */
final class TrendComparison {
    private static final Pattern COMPARED = Pattern.compile("(.+) (\\d{4}): (\\S+), (\\d{4}): (\\S+) — (moved|did not move) (up|down)");
    private static final Pattern NO_PREVIOUS = Pattern.compile("previous cycle \\((\\d{4})\\) has no value of (.+): the trend cannot be judged");

    private TrendComparison() {}

    /** The comparison lines of the channels' inputs, once each; empty if no input is a trend's. */
    static List<String> lines(List<ChannelResult> channels, Function<String, String> categoryName, boolean chinese) {
        Set<String> out = new LinkedHashSet<>();
        for (ChannelResult c : channels) {
            for (String input : c.inputs()) {
                // the patterns only on lines holding their literal words: most inputs are not a trend's
                boolean compared = input.contains(" — ") && (input.endsWith(" up") || input.endsWith(" down"));
                boolean previous = !compared && input.startsWith("previous cycle (");
                if (!compared && !previous) {
                    continue;
                }
                Matcher m = COMPARED.matcher(input);
                Matcher none = NO_PREVIOUS.matcher(input);
                if (compared && m.matches()) {
                    boolean met = m.group(6).equals("moved");
                    boolean up = m.group(7).equals("up");
                    out.add(chinese ? categoryName.apply(m.group(1)) + "：" + m.group(2) + " 年 " + m.group(3) + "，" + m.group(4) + " 年 "
                            + m.group(5) + "，" + (met ? "已" : "未") + (up ? "提高" : "下降") : input);
                } else if (previous && none.matches()) {
                    out.add(chinese ? "缺少上一周期（" + none.group(1) + " 年）的" + categoryName.apply(none.group(2)) + "数值，无法判定逐年变化"
                            + "（可用 --previous-store 给出上一周期的存储）" : input);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
