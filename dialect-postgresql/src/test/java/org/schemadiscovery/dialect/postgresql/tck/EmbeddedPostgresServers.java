package org.schemadiscovery.dialect.postgresql.tck;

import java.io.IOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives each {@link PostgresVersionKit} its server: one {@link EmbeddedPostgres} per binaries version, started on
 * first use and kept in the root store, which stops it and deletes its directory when the test run ends.
 */
final class EmbeddedPostgresServers implements TestInstancePostProcessor {
    private static final ExtensionContext.Namespace SERVERS =
            ExtensionContext.Namespace.create(EmbeddedPostgresServers.class);

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) {
        if (instance instanceof PostgresVersionKit kit) {
            kit.use(context.getRoot().getStore(SERVERS).getOrComputeIfAbsent(kit.binariesVersion(),
                    EmbeddedPostgresServers::start, EmbeddedPostgres.class));
        }
    }

    private static EmbeddedPostgres start(String version) {
        try {
            return EmbeddedPostgres.start(version);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL " + version + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted starting PostgreSQL " + version, e);
        }
    }
}
