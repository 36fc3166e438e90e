package org.schemadiscovery.dialect.postgresql.tck;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.KitGroups;

/**
 * The kit against a PostgreSQL of another major version, started by {@link EmbeddedPostgresServers} from the binaries
 * Maven serves, so the version matrix needs no Docker. The groups that read what a server version changes run; the
 * version-independent ones (registration, architecture) and the slow ones (scale, concurrency, migrations with the
 * local psql) run against the local server only.
 */
@ExtendWith(EmbeddedPostgresServers.class)
@KitGroups({"Identity", "Tables", "Keys", "Indexes", "Views", "OtherObjects", "Relationships", "RoundTrip",
    "Comparison", "Hostile", "Failures", "ReadOnly"})
abstract class PostgresVersionKit extends PostgresKit {
    private EmbeddedPostgres server;

    PostgresVersionKit() {
        super(PostgresKit::plugin);
    }

    /** The binaries' version, e.g. {@code 12.22.0}: the pom copies that jar to {@code target/pg-binaries}. */
    abstract String binariesVersion();

    /** Called by {@link EmbeddedPostgresServers} right after construction. */
    final void use(EmbeddedPostgres started) {
        server = started;
    }

    @Override
    protected Optional<String> ownServerUrl() {
        return Optional.of(embedded().serverUrl());
    }

    @Override
    protected DialectFixtures fixtures() {
        return new PostgresFixtures(embedded().major());
    }

    private EmbeddedPostgres embedded() {
        if (server == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " was not given its server: it needs the"
                    + " @ExtendWith(EmbeddedPostgresServers.class) of PostgresVersionKit");
        }
        return server;
    }
}
