package org.schemadiscovery.cli.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How to read a schema, whatever its source: scope, dialect, timeout, connections, the dev server for DDL files. */
public final class ReadOptions {
    @Option(names = "--schema", paramLabel = "GLOB",
            description = "Schema to include; * and ? wildcards; repeatable (default: every user schema).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Schema to leave out; * and ? wildcards; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "ID",
            description = "Use this dialect instead of detecting it, e.g. generic (see the dialects command); also "
                    + "the dialect of a .sql source.")
    String dialect;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "PostgreSQL or MySQL/MariaDB server where a .sql source is loaded into a uniquely named "
                    + "scratch database, discovered and dropped (credentials in the URL). SQLite .sql sources load "
                    + "into a temporary file and need none.")
    String devUrl;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = ConnectionOptions.DurationConverter.class,
            description = "Give up after DURATION: 90 (seconds), 500ms, 90s, 5m, 1h, 1d or ISO-8601 like PT2M (default: 10m).")
    Duration timeout;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "2",
            description = "Connections a run may hold at once (default: 2, so independent catalog queries run in"
                    + " parallel in one snapshot; 1 keeps everything on one connection).")
    int maxConnections = 2;

    @Option(names = "--cache", paramLabel = "SPEC",
            description = "Keep snapshots in SPEC, a directory or redis://host:port (with the cache-redis plugin):"
                    + " an unchanged schema is then read from there after a few fingerprint statements.")
    String cache;

    @Option(names = "--cache-password-env", paramLabel = "VAR",
            description = "With --cache redis://: read the Redis password from environment variable VAR instead of"
                    + " the URI (it is never printed or logged).")
    String cachePasswordEnv;

    @Option(names = "--refresh", description = "With --cache: discover anyway and overwrite the stored snapshot.")
    boolean refresh;
}
