package org.schemadiscovery.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;

@DisplayName("fingerprint: the tables changed since another are those added, dropped or with another digest")
class ChangedSinceTest {
    @Test
    void randomPairsAgreeWithLookups() {
        Random random = new Random(21);
        for (int round = 0; round < 200; round++) {
            Map<TableRef, String> before = new HashMap<>();
            Map<TableRef, String> now = new HashMap<>();
            for (int i = 0; i < random.nextInt(40); i++) {
                TableRef t = TableRef.of(random.nextBoolean() ? null : "s" + random.nextInt(3), "t" + random.nextInt(30));
                String d = "d" + random.nextInt(3);
                switch (random.nextInt(4)) {
                    case 0 -> before.put(t, d);
                    case 1 -> now.put(t, d);
                    default -> {
                        before.put(t, d);
                        now.put(t, random.nextInt(3) == 0 ? d + "'" : d);
                    }
                }
            }
            Set<TableRef> expected = new HashSet<>();
            now.forEach((t, d) -> {
                if (!d.equals(before.get(t))) {
                    expected.add(t);
                }
            });
            before.keySet().stream().filter(t -> !now.containsKey(t)).forEach(expected::add);
            assertThat(SchemaFingerprint.of("r", now).changedSince(SchemaFingerprint.of("r", before)))
                    .as("round %d", round).isEqualTo(expected);
        }
    }
}
