package org.schemadiscovery.dialect.mysql.tck;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.TestDatabase;

/**
 * Applies a script with the {@code mariadb} command-line client (batch mode: it stops at the first failing
 * statement and exits non-zero) to the test database's host, port, user and password, piped on standard input as a
 * user would. The password goes in {@code MYSQL_PWD}, never on the client's command line.
 */
public final class MariadbClient implements ScriptClient {
    @Override
    public Result apply(TestDatabase db, String script) throws Exception {
        return apply(db.jdbcUrl(), db.name(), script);
    }

    /** Runs the script against {@code database} on the server a {@code jdbc:mariadb://} or {@code jdbc:mysql://} URL names. */
    public static Result apply(String jdbcUrl, String database, String script) throws Exception {
        Invocation invocation = invocation(jdbcUrl, database);
        return ScriptClient.pipe(invocation.command(), invocation.environment(), script);
    }

    /** The client's command line and the environment variables it gets. */
    record Invocation(List<String> command, Map<String, String> environment) {
    }

    static Invocation invocation(String jdbcUrl, String database) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("mariadb", "--batch", "--protocol=TCP", "-h",
                uri.getHost(), "-P", String.valueOf(uri.getPort() < 0 ? 3306 : uri.getPort()), "-u",
                parameter(uri, "user").orElse("root")));
        command.add(database);
        // MYSQL_PWD, not --password=: a command line is visible to every user in ps
        Map<String, String> environment = parameter(uri, "password").map(p -> Map.of("MYSQL_PWD", p))
                .orElse(Map.of());
        return new Invocation(List.copyOf(command), environment);
    }

    private static Optional<String> parameter(URI uri, String name) {
        return Optional.ofNullable(uri.getQuery()).stream().flatMap(q -> Arrays.stream(q.split("&")))
                .filter(kv -> kv.startsWith(name + "=")).map(kv -> kv.substring(name.length() + 1)).findFirst();
    }
}
