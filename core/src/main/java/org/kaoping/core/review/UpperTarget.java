package org.kaoping.core.review;

import java.time.LocalDate;
import java.util.Objects;
import org.kaoping.core.api.API;
import org.kaoping.core.points.Ratio;

/**
 * A target value the higher level sets for one year (上级指标要求), e.g. 平安村、平安单位创建达标率 95%: the key the rubric's
 * rule names, the year, the rate, who set it and on which day, and the document it was set in. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class UpperTarget {
    private final String key;
    private final int year;
    private final Ratio rate;
    private final String setBy;
    private final LocalDate setOn;
    private final String document;

    private UpperTarget(String key, int year, Ratio rate, String setBy, LocalDate setOn, String document) {
        this.key = Objects.requireNonNull(key, "key must not be null");
        this.rate = Objects.requireNonNull(rate, "rate must not be null");
        this.setBy = Objects.requireNonNull(setBy, "setBy must not be null");
        this.setOn = Objects.requireNonNull(setOn, "setOn must not be null");
        this.document = Objects.requireNonNull(document, "document must not be null");
        this.year = year;
        if (key.trim().isEmpty() || setBy.trim().isEmpty()) {
            throw new IllegalArgumentException("a target needs a key and who set it; got " + this);
        }
        if (rate.signum() < 0 || rate.compareTo(Ratio.ONE) > 0) {
            throw new IllegalArgumentException("target [" + key + "] rate must lie in [0, 1]; got " + rate);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("target [" + key + "] year must lie between 1900 and 9999; got " + year);
        }
    }

    /**
     * Target {@code key} of {@code year}: at least {@code rate}, set by {@code setBy} (e.g. 自治区综治委) on {@code setOn} in
     * {@code document} (e.g. 桂综治〔2015〕3号; empty when not known).
     */
    public static UpperTarget of(String key, int year, Ratio rate, String setBy, LocalDate setOn, String document) {
        return new UpperTarget(key, year, rate, setBy, setOn, document);
    }

    /** The key a rule names ({@code RateAtLeastRule#targetKey}). */
    public String key() {
        return key;
    }

    public int year() {
        return year;
    }

    /** The rate to reach, in [0, 1]. */
    public Ratio rate() {
        return rate;
    }

    /** Who set it, e.g. 自治区综治委. */
    public String setBy() {
        return setBy;
    }

    /** The day it was set. */
    public LocalDate setOn() {
        return setOn;
    }

    /** The document it was set in; may be empty. */
    public String document() {
        return document;
    }

    /** E.g. {@code ≥ 95% (自治区综治委, 2015-03-02, 桂综治〔2015〕3号)}: what explanations print. */
    public String describe() {
        return "≥ " + rate.toPercentString() + " set by " + setBy + " on " + setOn + (document.isEmpty() ? "" : " in " + document);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof UpperTarget)) {
            return false;
        }
        UpperTarget t = (UpperTarget) o;
        return key.equals(t.key) && year == t.year && rate.equals(t.rate) && setBy.equals(t.setBy) && setOn.equals(t.setOn)
                && document.equals(t.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, year, rate, setBy, setOn, document);
    }

    @Override
    public String toString() {
        return "target " + key + " " + year + " " + describe();
    }
}
