package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.sqlite.SQLiteDataSource;

/** Errors that another attempt cannot cure are reported at once: connections opened and retries are counted. */
@DisplayName("no reconnects for a file that is not a database or cannot be opened")
class HopelessErrorsTest {
    @TempDir
    Path dir;

    private final AtomicInteger opened = new AtomicInteger();
    private final List<String> retries = new CopyOnWriteArrayList<>();

    private SchemaDiscovery facade() {
        return SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery())
                .options(DiscoveryOptions.builder().initialBackoff(Duration.ofMillis(1)).maxConnections(1).build())
                .listener(new DiscoveryListener() {
                    @Override
                    public void retrying(String phase, int attempt, Exception cause) {
                        retries.add(phase + " " + attempt);
                    }
                }).build();
    }

    private SQLiteDataSource counting(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                opened.incrementAndGet();
                return super.getConnection();
            }
        };
        ds.setUrl("jdbc:sqlite:" + file);
        ds.setReadOnly(true);
        return ds;
    }

    @Test
    @DisplayName("SQLITE_NOTADB: one connection, no retry, the message says the file is not a database")
    void notADatabase() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "plain text, not a database ".repeat(40));
        assertThatThrownBy(() -> facade().discover(counting(text))).isInstanceOf(DiscoveryException.class)
                .hasMessageContaining("SQLITE_NOTADB");
        assertThat(retries).isEmpty();
        assertThat(opened.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("SQLITE_CANTOPEN: one connection attempt, no retry, nothing created")
    void cannotOpen() {
        Path missing = dir.resolve("missing.db");
        assertThatThrownBy(() -> facade().discover(counting(missing))).isInstanceOf(DiscoveryException.class)
                .hasMessageContaining("SQLITE_CANTOPEN");
        assertThat(retries).isEmpty();
        assertThat(opened.get()).isEqualTo(1);
        assertThat(missing).doesNotExist();
    }
}
