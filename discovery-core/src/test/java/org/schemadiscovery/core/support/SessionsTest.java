package org.schemadiscovery.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.support.Sessions;

@DisplayName("Sessions.own: a dialect's services take the session back as their strategy's own")
class SessionsTest {
    private static class Own implements DiscoverySession {
        @Override
        public DiscoveryContext context() {
            return null;
        }

        @Override
        public DatabaseCapabilities probe() {
            return null;
        }

        @Override
        public List<String> schemas(DiscoveryScope scope) {
            return List.of();
        }

        @Override
        public Discovered<TableInfo> tables(DiscoveryScope scope) {
            return Discovered.empty();
        }

        @Override
        public void close() {
        }
    }

    @Test
    @DisplayName("its own session is handed back; another one (or null) is refused, naming dialect and class")
    void own() {
        Own own = new Own();
        assertThat(Sessions.own(own, Own.class, "demo")).isSameAs(own);
        assertThatThrownBy(() -> Sessions.own(own, Other.class, "demo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the demo dialect needs a session opened by its own strategy, not " + Own.class.getName());
        assertThatThrownBy(() -> Sessions.own(null, Own.class, "demo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the demo dialect needs a session opened by its own strategy, not null");
    }

    private static final class Other extends Own {
    }
}
