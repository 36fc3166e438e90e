package org.schemadiscovery.core.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them: one parser for the CLI's duration options ({@code --timeout}, {@code --interval},
 * ...) and a Redis cache URI's {@code ttl=}, and the form messages print ({@code 3 s}, {@code 600 ms},
 * {@code 10 min}, {@code 2 h}).
 *
 * <pre>{@code Durations.parse("90")    // 90 s: a bare number is seconds
 * Durations.parse("500ms") // also 90s, 5m, 12h, 7d, any case
 * Durations.parse("PT2M")  // ISO-8601, any case}</pre>
 */
public final class Durations {
    /** The forms {@link #parse} accepts, for messages. */
    public static final String FORMS = "90 (seconds), 500ms, 90s, 5m, 12h, 7d or ISO-8601 like PT2M";
    private static final Pattern SIMPLE = Pattern.compile("([0-9]+)(ms|s|m|h|d)?");

    private Durations() {
    }

    /**
     * A positive duration: digits with an optional unit ({@code ms}, {@code s}, {@code m}, {@code h}, {@code d};
     * none is seconds), or ISO-8601 ({@code PT36H}, {@code P2D}); units and ISO letters in any case, surrounding
     * blanks ignored. It fits in a {@code long} of milliseconds.
     *
     * @throws IllegalArgumentException when the text is none of these, is zero or negative, or is too long
     */
    public static Duration parse(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        try {
            Matcher m = SIMPLE.matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                d = switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofSeconds(n);
                };
            } else {
                d = Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            d.toMillis();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid duration '" + text + "' (try " + FORMS + ")");
        } catch (ArithmeticException | NumberFormatException e) {
            // more days than milliseconds fit in a long, or more digits than a long holds
            throw new IllegalArgumentException("duration too long: '" + text + "'");
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("the duration must be positive: '" + text + "'");
        }
        return d;
    }

    /** The largest whole unit that states the duration exactly, e.g. {@code 90 s} rather than {@code PT1M30S}. */
    public static String human(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 != 0) {
            return millis + " ms";
        }
        long seconds = millis / 1000;
        if (seconds % 3600 == 0 && seconds > 0) {
            return seconds / 3600 + " h";
        }
        if (seconds % 60 == 0 && seconds > 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
