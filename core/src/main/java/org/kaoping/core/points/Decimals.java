package org.kaoping.core.points;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Integer division with a declared rounding mode, and the text normalization shared by the parsers. */
final class Decimals {
    private Decimals() {}

    /** {@code dividend / divisor} rounded with {@code mode}; exact, with no intermediate overflow. */
    static long divide(long dividend, long divisor, RoundingMode mode) {
        if (divisor == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (dividend == Long.MIN_VALUE || divisor == Long.MIN_VALUE) {
            return divide(BigInteger.valueOf(dividend), BigInteger.valueOf(divisor), mode);
        }
        long quotient = dividend / divisor;
        long remainder = dividend % divisor;
        if (remainder == 0) {
            return quotient;
        }
        int sign = Long.signum(dividend) * Long.signum(divisor);
        long twiceRemainder = Math.abs(remainder) * 2; // |remainder| < |divisor| <= 2^63-1, so no overflow below 2^63
        long absDivisor = Math.abs(divisor);
        int half = twiceRemainder < 0 ? 1 : Long.compare(twiceRemainder, absDivisor);
        boolean awayFromZero;
        switch (mode) {
            case UP: awayFromZero = true; break;
            case DOWN: awayFromZero = false; break;
            case CEILING: awayFromZero = sign > 0; break;
            case FLOOR: awayFromZero = sign < 0; break;
            case HALF_UP: awayFromZero = half >= 0; break;
            case HALF_DOWN: awayFromZero = half > 0; break;
            case HALF_EVEN: awayFromZero = half > 0 || (half == 0 && (quotient & 1) != 0); break;
            case UNNECESSARY: throw new ArithmeticException("rounding necessary: " + dividend + " / " + divisor);
            default: throw new AssertionError(mode);
        }
        return awayFromZero ? quotient + sign : quotient;
    }

    static long divide(BigInteger dividend, BigInteger divisor, RoundingMode mode) {
        BigDecimal exact = new BigDecimal(dividend).divide(new BigDecimal(divisor), 0, mode);
        return exact.longValueExact();
    }

    /**
     * Folds full-width digits, signs, points and the percent sign to ASCII and drops all white space
     * (including the ideographic space), so that "１．５ 分" reads as "1.5分".
     */
    static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF0E') {
                out.append('.');
            } else if (c == '\uFF0D' || c == '\u2212') {
                out.append('-');
            } else if (c == '\uFF0B') {
                out.append('+');
            } else if (c == '\uFF05') {
                out.append('%');
            } else if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Parses a plain decimal such as "-1.25" exactly; returns null when the text is not one. */
    static BigDecimal parseDecimal(String s) {
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            i = 1;
        }
        int digitsBefore = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0) {
            return null;
        }
        if (i < s.length()) {
            if (s.charAt(i) != '.') {
                return null;
            }
            i++;
            int digitsAfter = 0;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
                digitsAfter++;
            }
            if (digitsAfter == 0 || i != s.length()) {
                return null;
            }
        }
        return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
