package org.schemadiscovery.core.run;

import java.time.Duration;

/** Durations as people write them in messages: {@code 3 s}, {@code 600 ms}, {@code 10 min}, {@code 2 h}. */
public final class Durations {
    private Durations() {
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
