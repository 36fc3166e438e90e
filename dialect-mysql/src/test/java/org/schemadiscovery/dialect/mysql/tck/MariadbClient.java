package org.schemadiscovery.dialect.mysql.tck;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.TestDatabase;

/**
 * Applies a script with the {@code mariadb} command-line client (batch mode: it stops at the first failing
 * statement and exits non-zero) to the test database's host, port, user and password, piped on standard input as a
 * user would.
 */
public final class MariadbClient implements ScriptClient {
    @Override
    public Result apply(TestDatabase db, String script) throws Exception {
        return apply(db.jdbcUrl(), db.name(), script);
    }

    /** Runs the script against {@code database} on the server a {@code jdbc:mariadb://} or {@code jdbc:mysql://} URL names. */
    public static Result apply(String jdbcUrl, String database, String script) throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("mariadb", "--batch", "--protocol=TCP", "-h",
                uri.getHost(), "-P", String.valueOf(uri.getPort() < 0 ? 3306 : uri.getPort()), "-u",
                parameter(uri, "user").orElse("root")));
        parameter(uri, "password").ifPresent(p -> command.add("--password=" + p));
        command.add(database);
        return ScriptClient.pipe(command, script);
    }

    private static Optional<String> parameter(URI uri, String name) {
        return Optional.ofNullable(uri.getQuery()).stream().flatMap(q -> Arrays.stream(q.split("&")))
                .filter(kv -> kv.startsWith(name + "=")).map(kv -> kv.substring(name.length() + 1)).findFirst();
    }
}
