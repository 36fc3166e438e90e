package org.schemadiscovery.dialect.postgresql.tck;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.TestDatabase;

/**
 * Applies a script with {@code psql -v ON_ERROR_STOP=1 -X -q} to the test database's host, port and user, piped on
 * standard input as a user would.
 */
final class PsqlClient implements ScriptClient {
    @Override
    public Result apply(TestDatabase db, String script) throws Exception {
        Path file = Files.createTempFile("tck-migration", ".sql");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            java.net.URI uri = java.net.URI.create(db.jdbcUrl().substring("jdbc:".length()));
            String user = db.properties().getProperty("user", java.util.Optional.ofNullable(uri.getQuery()).stream()
                    .flatMap(q -> java.util.Arrays.stream(q.split("&"))).filter(kv -> kv.startsWith("user="))
                    .map(kv -> kv.substring(5)).findFirst().orElse("postgres"));
            Process p = new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-X", "-q", "-h", uri.getHost(), "-p",
                    String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", user, "-d", db.name())
                    .redirectInput(file.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, output + "\n(timed out)");
            }
            return new Result(p.exitValue(), output);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
