package org.schemadiscovery.dialect.postgresql.tck;

import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.TestDatabase;

/**
 * Applies a script with {@code psql -v ON_ERROR_STOP=1 -X -q} to the test database's host, port and user, piped on
 * standard input as a user would.
 */
final class PsqlClient implements ScriptClient {
    @Override
    public Result apply(TestDatabase db, String script) throws Exception {
        java.net.URI uri = java.net.URI.create(db.jdbcUrl().substring("jdbc:".length()));
        String user = db.properties().getProperty("user", java.util.Optional.ofNullable(uri.getQuery()).stream()
                .flatMap(q -> java.util.Arrays.stream(q.split("&"))).filter(kv -> kv.startsWith("user="))
                .map(kv -> kv.substring(5)).findFirst().orElse("postgres"));
        return ScriptClient.pipe(java.util.List.of("psql", "-v", "ON_ERROR_STOP=1", "-X", "-q", "-h", uri.getHost(),
                "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", user, "-d", db.name()), script);
    }
}
