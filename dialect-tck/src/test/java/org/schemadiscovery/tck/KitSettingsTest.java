package org.schemadiscovery.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("kit settings: -Dtck.groups and -Dtck.scale narrow a run while a dialect is written")
class KitSettingsTest {
    @AfterEach
    void clear() {
        System.clearProperty("tck.groups");
        System.clearProperty("tck.scale");
    }

    @Test
    @DisplayName("tck.scale: 10, 100 and 1000 by default; 10, 100 and N up to N; 10 and N below 100; at least 20")
    void scale() {
        assertThat(KitSettings.scaleSizes()).containsExactly(10, 100, 1000);
        System.setProperty("tck.scale", "250");
        assertThat(KitSettings.scaleSizes()).containsExactly(10, 100, 250);
        assertThat(KitSettings.scale()).isEqualTo(250);
        System.setProperty("tck.scale", " 50 ");
        assertThat(KitSettings.scaleSizes()).containsExactly(10, 50);
        for (String bad : new String[] {"10", "many", "-5"}) {
            System.setProperty("tck.scale", bad);
            assertThatThrownBy(KitSettings::scaleSizes).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tck.scale must be a whole number of at least 20").hasMessageContaining(bad);
        }
    }

    @Test
    @DisplayName("tck.groups: unset or blank selects every group; names are trimmed and case-insensitive")
    void groups() {
        assertThat(KitSettings.groups()).isEmpty();
        System.setProperty("tck.groups", "  ");
        assertThat(KitSettings.groups()).isEmpty();
        System.setProperty("tck.groups", "Tables, keys and constraints,,SCALE");
        assertThat(KitSettings.groups()).containsExactly("keys and constraints", "scale", "tables");
    }
}
