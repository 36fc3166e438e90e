package org.schemadiscovery.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryScope;

@DisplayName("cache keys: a restricted discovery never shares the entry of an unrestricted one")
class CacheKeysTest {
    private static final DatabaseIdentity ID = DatabaseIdentity.builder("Fake", "1").build().withDialect("fake");

    private static DiscoveryOptions restrictedTo(Set<TableRef> tables) {
        DiscoveryOptions defaults = DiscoveryOptions.defaults();
        DiscoveryScope scope = defaults.scope().onlyTables(tables);
        return new DiscoveryOptions(scope, defaults.timeout(), defaults.statementTimeout(), defaults.maxReconnects(),
                defaults.initialBackoff(), defaults.maxConnections());
    }

    @Test
    @DisplayName("the table restriction is part of the key, in any order")
    void restriction() {
        TableRef a = TableRef.of("s", "a");
        TableRef b = TableRef.of("s", "b");
        String whole = CacheKeys.of(ID, "me", DiscoveryOptions.defaults());
        String ab = CacheKeys.of(ID, "me", restrictedTo(new LinkedHashSet<>(List.of(a, b))));
        String ba = CacheKeys.of(ID, "me", restrictedTo(new LinkedHashSet<>(List.of(b, a))));
        assertThat(ab).isEqualTo(ba).isNotEqualTo(whole);
        assertThat(CacheKeys.of(ID, "me", restrictedTo(Set.of(a)))).isNotEqualTo(ab).isNotEqualTo(whole);
    }
}
