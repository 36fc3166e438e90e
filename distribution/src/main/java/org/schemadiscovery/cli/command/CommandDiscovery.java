package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.schemadiscovery.api.exception.NoMatchingSchemaException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.cli.format.TextTable;
import org.schemadiscovery.cli.plugin.PluginSet;
import org.schemadiscovery.cli.progress.ProgressPrinter;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.StoredSnapshot;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.core.registry.DialectPlugin;
import org.schemadiscovery.core.source.InvalidSourceException;
import org.schemadiscovery.core.source.SchemaSource;
import org.schemadiscovery.core.source.SourceReader;

/**
 * One schema read as the commands run it: validate, load plugins, read the source (connect read-only and discover, read
 * a snapshot, or load a .sql file into a scratch database and discover it), report warnings.
 */
final class CommandDiscovery {
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:[A-Za-z][A-Za-z0-9+.\\-]*:.*", Pattern.DOTALL);
    /** sqlite-jdbc's open flags: SQLITE_OPEN_READONLY without SQLITE_OPEN_CREATE, so a missing file is an error. */
    private static final String SQLITE_READ_ONLY = "1";

    /**
     * What a run produced.
     *
     * @param discovery the facade (for renderers)
     * @param schema    the discovered schema, its URL without credentials
     */
    record Result(SchemaDiscovery discovery, SchemaInfo schema) {
    }

    /**
     * What {@code discover --format json} writes: the model, or on a cache hit from a store that keeps bytes the
     * stored JSON with the edits the model would have had ({@link #reportStored} then prints what {@link #read}
     * prints for a model), so that a large snapshot is not parsed only to be written out again.
     *
     * @param discovery the facade
     * @param schema    the schema, or null for a stored hit
     * @param stored    the stored hit, or null
     */
    record JsonResult(SchemaDiscovery discovery, SchemaInfo schema, StoredHit stored) {
    }

    /**
     * A cache hit written as its stored JSON.
     *
     * @param snapshot the stored JSON
     * @param edits    credentials masked in the identity and warnings, the metrics when {@code --metrics} asks
     * @param metrics  the hit's metrics, for {@code --metrics}
     */
    record StoredHit(StoredSnapshot snapshot, JsonCodec.DocumentEdits edits, DiscoveryMetrics metrics) {
    }

    /**
     * One schema source as typed, with its own credentials.
     *
     * @param argument       the JDBC URL, snapshot file or .sql file
     * @param user           the user, or null
     * @param passwordEnv    the environment variable holding the password, or null
     * @param passwordOption the option that named it, for messages
     */
    record Side(String argument, String user, String passwordEnv, String passwordOption) {
    }

    private CommandDiscovery() {
    }

    /** The one source of {@code discover}, {@code recommend}, {@code ddl} and {@code docs}. */
    static Result run(RootCommand root, ConnectionOptions c, RunOptions r, Redactor redactor) {
        SchemaDiscovery discovery = discovery(root, c.read, r, redactor);
        Side side = new Side(c.url, c.user, c.passwordEnv, "--password-env");
        return new Result(discovery, read(root, discovery, side, c.read.dialect, c.read, r, redactor));
    }

    /** The one source of {@code discover --format json}: a cache hit may be its stored JSON. */
    static JsonResult runForJson(RootCommand root, ConnectionOptions c, RunOptions r, Redactor redactor) {
        SchemaDiscovery discovery = discovery(root, c.read, r, redactor);
        Side side = new Side(c.url, c.user, c.passwordEnv, "--password-env");
        Read read = read(root, discovery, side, c.read.dialect, null, c.read, r, redactor, true);
        return new JsonResult(discovery, read.schema(), read.stored());
    }

    /** The facade for these options, with the plugins folder's dialects; an unknown --dialect is a usage error. */
    static SchemaDiscovery discovery(RootCommand root, ReadOptions o, RunOptions r, Redactor redactor) {
        DiscoveryOptions options = options(o);
        var builder = builder(root).options(options);
        DiscoveryListener progress = r.progress
                ? new ProgressPrinter(root.environment().err(), redactor, System::nanoTime) : DiscoveryListener.NONE;
        builder.listener(progress);
        if (o.dialect != null) {
            builder.dialect(o.dialect);
        }
        if (o.refresh && o.cache == null) {
            throw CliException.usage("--refresh needs --cache SPEC");
        }
        if (o.cachePasswordEnv != null && o.cache == null) {
            throw CliException.usage("--cache-password-env needs --cache redis://...");
        }
        if (o.cache != null) {
            String spec = o.cachePasswordEnv == null ? o.cache : CachePassword.into(o.cache, password(new Side(
                    o.cache, null, o.cachePasswordEnv, "--cache-password-env"), root.environment()));
            ReportingCache cache = ReportingCache.open(spec, root, redactor);
            builder.cache(cache).refreshCache(o.refresh).listener(new CacheLookupRelay(progress, cache));
        }
        SchemaDiscovery discovery = builder.build();
        root.warn(discovery.registry().problems());
        if (o.dialect != null && !o.dialect.equals("generic") && discovery.registry().dialect(o.dialect).isEmpty()) {
            throw CliException.usage("unknown dialect '" + o.dialect + "' (available: "
                    + String.join(", ", dialectIds(discovery)) + ")");
        }
        return discovery;
    }

    /**
     * Reads one source: discovers a JDBC URL, reads a snapshot, or loads a .sql file (of {@code ddlDialect}, or the
     * dev server's) into a scratch database. Prints warnings and, with {@code --metrics}, metrics on standard error.
     */
    static SchemaInfo read(RootCommand root, SchemaDiscovery discovery, Side side, String ddlDialect, ReadOptions o,
                           RunOptions r, Redactor redactor) {
        return read(root, discovery, side, ddlDialect, null, o, r, redactor);
    }

    /**
     * Like {@link #read(RootCommand, SchemaDiscovery, Side, String, ReadOptions, RunOptions, Redactor)}, naming the
     * schema of a .sql file loaded where a database is a schema (MySQL/MariaDB); null for the file's name.
     */
    static SchemaInfo read(RootCommand root, SchemaDiscovery discovery, Side side, String ddlDialect,
                           String scratchSchema, ReadOptions o, RunOptions r, Redactor redactor) {
        return read(root, discovery, side, ddlDialect, scratchSchema, o, r, redactor, false).schema();
    }

    /** A schema read: the model, or (only when asked for) a cache hit kept as bytes. */
    private record Read(SchemaInfo schema, StoredHit stored) {
    }

    /** The schema, or with {@code stored} a {@link StoredHit} when the source was a cache hit kept as bytes. */
    private static Read read(RootCommand root, SchemaDiscovery discovery, Side side, String ddlDialect,
                               String scratchSchema, ReadOptions o, RunOptions r, Redactor redactor,
                               boolean stored) {
        CliEnvironment env = root.environment();
        PrintWriter err = env.err();
        SchemaSource source = source(side, env, redactor);
        if (r.progress) {
            ProgressPrinter progress = new ProgressPrinter(err, redactor, System::nanoTime);
            progress.step("dialects: " + String.join(", ", dialectIds(discovery)));
            progress.step(source instanceof SchemaSource.Jdbc ? "connecting to " + side.argument()
                    : source instanceof SchemaSource.Snapshot ? "reading snapshot " + source.description()
                    : "loading " + source.description() + " into a scratch database");
        }
        SourceReader reader = SourceReader.builder(discovery).dialect(ddlDialect)
                .devUrl(o.devUrl, Map.of())
                .scratchSchema(scratchSchema)
                .notes(note -> {
                    err.println(redactor.redact("warning: " + note));
                    err.flush();
                })
                .build();
        SchemaInfo schema;
        try {
            if (stored && source instanceof SchemaSource.Jdbc jdbc && discovery.cache().isPresent()) {
                CachedDiscovery cached = reader.readCached(jdbc);
                if (cached.stored().isPresent()) {
                    return new Read(null, new StoredHit(cached.stored().get(), new JsonCodec.DocumentEdits(
                            id -> withoutCredentials(id, redactor), w -> withoutCredentials(w, redactor),
                            r.metrics ? cached.metrics() : null), cached.metrics()));
                }
                schema = cached.schema();
            } else {
                schema = reader.read(source);
            }
        } catch (NoMatchingSchemaException e) {
            throw CliException.usage(noMatch(e));
        } catch (InvalidSourceException e) {
            throw CliException.usage(e.getMessage() + hint(e.reason()));
        }
        if (source instanceof SchemaSource.Jdbc && o.dialect == null
                && schema.identity().dialect().equals("generic")) {
            err.println(GenericFallbackNote.text(side.argument(), schema.identity().product(),
                    dialectIds(discovery)));
        }
        report(err, discovery, schema.warnings(), r.metrics && !(source instanceof SchemaSource.Snapshot)
                ? schema.metrics() : null, o, redactor);
        SchemaInfo clean = withoutCredentials(schema, redactor);
        // Timings and statement texts differ every run: documents carry them only when --metrics asks.
        return new Read(r.metrics ? clean : clean.withMetrics(null), null);
    }

    /** After a stored hit was written: what {@link #read} prints for a model, with the warnings it held. */
    static void reportStored(RootCommand root, SchemaDiscovery discovery, StoredHit hit,
                             List<DiscoveryWarning> warnings, ReadOptions o, RunOptions r, Redactor redactor) {
        report(root.environment().err(), discovery, warnings, r.metrics ? hit.metrics() : null, o, redactor);
    }

    /** Warnings on standard error, then with {@code --metrics} the cache's outcome and the metrics (else null). */
    private static void report(PrintWriter err, SchemaDiscovery discovery, List<DiscoveryWarning> warnings,
                               DiscoveryMetrics metrics, ReadOptions o, Redactor redactor) {
        for (DiscoveryWarning w : warnings) {
            err.println(redactor.redact("warning: " + w.phase() + " " + w.object() + ": " + w.message()));
        }
        if (metrics != null) {
            discovery.cache().filter(ReportingCache.class::isInstance).map(ReportingCache.class::cast)
                    .ifPresent(cache -> err.println("cache: " + cache.outcome(o.refresh)));
            err.print(metrics(metrics));
        }
        err.flush();
    }

    private static String hint(InvalidSourceException.Reason reason) {
        return switch (reason) {
            case NO_DIALECT -> " (--dialect ID, or --dev-url URL)";
            case NO_DEV_SERVER -> " (--dev-url URL of a server where a scratch database may be created and dropped)";
            default -> "";
        };
    }

    /** The source an argument names; a JDBC URL checked and given its connection properties. */
    private static SchemaSource source(Side side, CliEnvironment env, Redactor redactor) {
        String arg = side.argument();
        if (arg == null || arg.isEmpty()) {
            throw CliException.usage("missing source: a JDBC URL, a snapshot file or a .sql file");
        }
        boolean jdbc = arg.regionMatches(true, 0, "jdbc:", 0, 5);
        if (!jdbc && arg.toLowerCase(Locale.ROOT).endsWith(".json") && !Files.exists(Path.of(arg))) {
            throw CliException.usage("snapshot file " + redactor.redact(arg) + " does not exist");
        }
        if (jdbc && !JDBC_URL.matcher(arg).matches() || !jdbc && !arg.toLowerCase(Locale.ROOT).endsWith(".sql")
                && !Files.exists(Path.of(arg))) {
            throw CliException.usage("malformed JDBC URL '" + redactor.redact(arg) + "': expected "
                    + "jdbc:<driver>:<database>, e.g. jdbc:sqlite:app.db, a snapshot file or a .sql file");
        }
        if (!jdbc) {
            return SchemaSource.parse(arg, Map.of());
        }
        SqliteFile.check(arg);
        return SchemaSource.parse(arg, connectionProperties(side, env, redactor));
    }

    /** A JDBC URL (health and watch need a live database), checked, with the side's connection properties. */
    static SchemaSource.Jdbc jdbc(Side side, CliEnvironment env, Redactor redactor) {
        String arg = side.argument();
        if (arg == null || !JDBC_URL.matcher(arg).matches() || !arg.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw CliException.usage("malformed JDBC URL '" + (arg == null ? "" : redactor.redact(arg))
                    + "': expected jdbc:<driver>:<database>, e.g. jdbc:postgresql://localhost:5432/app");
        }
        SqliteFile.check(arg);
        return new SchemaSource.Jdbc(arg, connectionProperties(side, env, redactor));
    }

    /** "no schema matches --schema 'nope*' (the database has 'app', 'public')": the patterns as they were typed. */
    static String noMatch(NoMatchingSchemaException e) {
        StringBuilder sb = new StringBuilder("no schema matches");
        e.includeSchemas().forEach(p -> sb.append(" --schema '").append(p).append('\''));
        e.excludeSchemas().forEach(p -> sb.append(" --exclude '").append(p).append('\''));
        return sb.append(" (the database has ").append(NoMatchingSchemaException.quoted(e.existingSchemas()))
                .append(')').toString();
    }

    /** A facade builder that sees the plugins folder's dialects. */
    static SchemaDiscovery.Builder builder(RootCommand root) {
        PluginSet plugins = root.plugins();
        var builder = SchemaDiscovery.builder();
        if (plugins.layer() != null) {
            builder.serviceLayer(plugins.layer());
        }
        if (plugins.classLoader() != null) {
            builder.classLoader(plugins.classLoader());
        }
        return builder;
    }

    static List<String> dialectIds(SchemaDiscovery discovery) {
        return discovery.registry().dialects().stream().map(DialectPlugin::id).sorted().toList();
    }

    /** The password the side's environment variable holds; an unset variable is a usage error. */
    static String password(Side side, CliEnvironment env) {
        String password = env.env().apply(side.passwordEnv());
        if (password == null) {
            throw CliException.usage("environment variable " + side.passwordEnv() + " is not set ("
                    + side.passwordOption() + " " + side.passwordEnv() + ")");
        }
        return password;
    }

    private static Map<String, String> connectionProperties(Side side, CliEnvironment env, Redactor redactor) {
        Map<String, String> info = credentials(side, env, redactor);
        String url = side.argument().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:") && !url.contains("open_mode=")) {
            info.put("open_mode", SQLITE_READ_ONLY);
        }
        return info;
    }

    /** The side's user and password (from its environment variable, learnt as a secret), as connection properties. */
    static Map<String, String> credentials(Side side, CliEnvironment env, Redactor redactor) {
        Map<String, String> info = new HashMap<>();
        if (side.user() != null) {
            info.put("user", side.user());
        }
        if (side.passwordEnv() != null) {
            String password = password(side, env);
            redactor.addSecret(password);
            info.put("password", password);
        }
        return info;
    }

    private static DiscoveryOptions options(ReadOptions c) {
        var builder = DiscoveryOptions.builder();
        c.schemas.forEach(builder::includeSchema);
        c.excludes.forEach(builder::excludeSchema);
        if (c.maxConnections < 1) {
            throw CliException.usage("--max-connections must be at least 1: " + c.maxConnections);
        }
        builder.maxConnections(c.maxConnections);
        if (c.timeout != null) {
            builder.timeout(c.timeout);
            if (c.timeout.compareTo(java.time.Duration.ofSeconds(30)) < 0) {
                builder.statementTimeout(c.timeout);
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /** The same schema with credentials masked in its URL and warnings, whatever the driver put there. */
    private static SchemaInfo withoutCredentials(SchemaInfo s, Redactor redactor) {
        return s.toBuilder().identity(withoutCredentials(s.identity(), redactor))
                .warnings(s.warnings().stream().map(w -> withoutCredentials(w, redactor)).toList()).build();
    }

    private static DatabaseIdentity withoutCredentials(DatabaseIdentity id, Redactor redactor) {
        return new DatabaseIdentity(id.product(), id.version(), id.majorVersion(), id.minorVersion(), id.driver(),
                redactor.redact(id.url()), id.dialect());
    }

    private static DiscoveryWarning withoutCredentials(DiscoveryWarning w, Redactor redactor) {
        return new DiscoveryWarning(w.object(), w.phase(), w.errorClass(), redactor.redact(w.message()));
    }

    /** {@code --metrics}: totals, then one aligned row per phase. */
    static String metrics(DiscoveryMetrics m) {
        StringBuilder out = new StringBuilder();
        out.append("metrics: ").append(m.statementsExecuted()).append(" statements, ").append(m.rowsRead())
                .append(" rows, ").append(m.retries()).append(" retries, ").append(m.totalNanos() / 1_000_000)
                .append(" ms\n");
        if (!m.phases().isEmpty()) {
            TextTable t = new TextTable().row("phase", "ms", "statements", "rows", "objects");
            for (PhaseMetric p : m.phases()) {
                t.row(p.phase(), String.valueOf(p.nanos() / 1_000_000), String.valueOf(p.statements()),
                        String.valueOf(p.rows()), String.valueOf(p.items()));
            }
            t.appendTo(out, "  ");
        }
        return out.toString();
    }
}
