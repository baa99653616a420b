package org.kaoping.plugin.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaoping.core.points.Ratio;

/** How enum constants and ratios are spelled in rubric JSON: lower case with dashes, rates as text. */
final class JsonNames {
    private JsonNames() {}

    /** {@code COUNTY_DISTRICT} is written {@code county-district}. */
    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} spelled {@code name}, or null. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The spellings of every constant, for an error message: {@code "year", "month"}. */
    static <E extends Enum<E>> String choices(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add('"' + of(e) + '"');
        }
        return String.join(", ", out);
    }

    /**
     * A ratio as written: a percentage such as {@code "98%"} or {@code "99.5%"} when that is exact, else
     * a fraction such as {@code "1/3"}.
     */
    static String ratio(Ratio r) {
        String percent = r.toPercentString();
        try {
            if (Ratio.parsePercent(percent).equals(r)) {
                return percent;
            }
        } catch (RuntimeException inexact) {
            // fall through to the fraction
        }
        return r.numerator() + "/" + r.denominator();
    }

    /** Parses {@code "98%"}, {@code "99.5％"} or {@code "1/3"}; null if the text is neither. */
    static Ratio parseRatio(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash > 0) {
            try {
                long n = Long.parseLong(s.substring(0, slash).trim());
                long d = Long.parseLong(s.substring(slash + 1).trim());
                return d == 0 ? null : Ratio.of(n, d);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (!(s.endsWith("%") || s.endsWith("％"))) {
            return null;
        }
        try {
            return Ratio.parsePercent(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
