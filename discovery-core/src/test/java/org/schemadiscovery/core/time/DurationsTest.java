package org.schemadiscovery.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("durations: one parser for CLI options and cache URIs, and the printed form")
class DurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "90 | PT1M30S", "500ms | PT0.5S", "90s | PT1M30S", "5m | PT5M", "12h | PT12H", "7d | PT168H",
        "7D | PT168H", "' 30S ' | PT30S", "PT36H | PT36H", "pt2m | PT2M", "P2D | PT48H", "PT0.001S | PT0.001S"})
    @DisplayName("accepted forms: seconds, ms/s/m/h/d in any case, ISO-8601 in any case")
    void accepted(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "soon | invalid duration 'soon' (try 90 (seconds), 500ms, 90s, 5m, 12h, 7d or ISO-8601 like PT2M)",
        "5 min | invalid duration '5 min'",
        "1w | invalid duration '1w'",
        "-5s | invalid duration '-5s'",
        "0 | the duration must be positive: '0'",
        "0ms | the duration must be positive: '0ms'",
        "-PT1H | the duration must be positive: '-PT1H'",
        "PT9999999999999H | duration too long: 'PT9999999999999H'",
        "999999999999999d | duration too long: '999999999999999d'",
        "99999999999999999999 | duration too long: '99999999999999999999'"})
    @DisplayName("refused: an IllegalArgumentException that names the text (never an ArithmeticException)")
    void refused(String text, String message) {
        assertThatThrownBy(() -> Durations.parse(text)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    @DisplayName("printed in the largest exact unit")
    void human() {
        assertThat(Durations.human(Duration.ofMillis(600))).isEqualTo("600 ms");
        assertThat(Durations.human(Duration.ofSeconds(90))).isEqualTo("90 s");
        assertThat(Durations.human(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(Durations.human(Duration.ofHours(2))).isEqualTo("2 h");
    }
}
