package org.kaoping.plugin.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaoping.core.api.API;
import org.kaoping.core.scoring.ChannelResult;

/**
 * A rate item's comparison with its threshold in the office's words (上级指标), from the inputs the engine lists: the
 * target the higher level set (rate, who set it, when, in which document) or that the plan holds none for the year,
 * and the unit's own rate against it. Used by the report's explanations and by the review page, so both say the same.
 */
@API(status = API.Status.INTERNAL)
public final class TargetComparison {
    private static final Pattern TARGET = Pattern.compile(
            "target \\[(.+?)\\] of (\\d{4}) ≥ (\\S+) set by (.+) on (\\d{4}-\\d{2}-\\d{2})(?: in (.+))?");
    private static final Pattern NO_TARGET = Pattern.compile(
            "no target \\[(.+?)\\] of (\\d{4}) set by the higher level in plan \\[(.+)\\]: the rate cannot be judged");
    private static final Pattern RATE = Pattern.compile("(.+) rate (\\S+) \\((\\S+) of (\\S+)\\) (≥|<) (\\S+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private TargetComparison() {}

    /**
     * The comparison lines of the channels' inputs, once each, in Chinese when {@code chinese} (else the engine's own
     * lines); empty if no input is a rate's or a target's.
     */
    public static List<String> lines(List<ChannelResult> channels, Function<String, String> categoryName, boolean chinese) {
        Set<String> out = new LinkedHashSet<>();
        for (ChannelResult c : channels) {
            for (String input : c.inputs()) {
                String line = line(input, categoryName);
                if (line != null) {
                    out.add(chinese ? line : input);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String line(String input, Function<String, String> categoryName) {
        // Each pattern is tried only on a line holding its literal words: every input of every item passes here, in
        // each report, and most are neither a rate nor a target (the regular expressions were a visible part of it).
        String line = input.startsWith("target [") ? target(input, categoryName) : null;
        if (line == null && input.startsWith("no target [")) {
            line = noTarget(input, categoryName);
        }
        return line == null && input.contains(" rate ") ? rate(input, categoryName) : line;
    }

    private static String target(String input, Function<String, String> categoryName) {
        Matcher t = TARGET.matcher(input);
        if (t.matches()) {
            return t.group(2) + " 年上级指标 " + categoryName.apply(t.group(1)) + " ≥ " + t.group(3) + "（" + t.group(4) + " " + day(t.group(5))
                    + "下达" + (t.group(6) == null ? "" : "，" + t.group(6)) + "）";
        }
        return null;
    }

    private static String noTarget(String input, Function<String, String> categoryName) {
        Matcher none = NO_TARGET.matcher(input);
        if (none.matches()) {
            return "考评方案 " + none.group(3) + " 未载明上级下达的 " + none.group(2) + " 年" + categoryName.apply(none.group(1))
                    + "指标，无法判定";
        }
        return null;
    }

    private static String rate(String input, Function<String, String> categoryName) {
        Matcher r = RATE.matcher(input);
        if (r.matches()) {
            boolean reached = r.group(5).equals("≥");
            return "本单位" + categoryName.apply(r.group(1)) + " " + r.group(2) + "（" + r.group(4) + " 个中 " + r.group(3) + " 个），"
                    + (reached ? "达到 " : "低于 ") + r.group(6);
        }
        return null;
    }

    private static String day(String iso) {
        try {
            return DAY.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso; // the pattern admits only well-formed digits; a date that does not exist is shown as written
        }
    }
}
