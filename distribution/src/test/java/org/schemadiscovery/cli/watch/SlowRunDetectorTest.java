package org.schemadiscovery.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("--alert-slower-than: slower than FACTOR times the median of the last runs")
class SlowRunDetectorTest {
    private static Duration ms(long n) {
        return Duration.ofMillis(n);
    }

    @Test
    @DisplayName("no alert before three runs, then an alert over the factor naming the median, none at or under it")
    void alertsOverFactor() {
        SlowRunDetector d = new SlowRunDetector(2.0);
        assertThat(d.record(ms(100))).isEmpty();
        assertThat(d.record(ms(900))).as("only one run before").isEmpty();
        assertThat(d.record(ms(120))).isEmpty();
        // runs so far 100, 900, 120: median 120
        assertThat(d.record(ms(240))).as("exactly twice the median").isEmpty();
        // 100, 900, 120, 240: median (120 + 240) / 2 = 180
        assertThat(d.record(ms(361))).contains(ms(180));
    }

    @Test
    @DisplayName("only the last ten runs count")
    void window() {
        SlowRunDetector d = new SlowRunDetector(3.0);
        for (int i = 0; i < 10; i++) {
            d.record(ms(1000));
        }
        for (int i = 0; i < 10; i++) {
            d.record(ms(10));
        }
        assertThat(d.record(ms(31))).contains(ms(10));
    }

    @Test
    @DisplayName("a factor of 1 or less is refused")
    void badFactor() {
        assertThatThrownBy(() -> new SlowRunDetector(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlowRunDetector(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
