package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.schemadiscovery.api.exception.NoMatchingSchemaException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.cli.format.TextTable;
import org.schemadiscovery.cli.plugin.PluginSet;
import org.schemadiscovery.cli.progress.ProgressPrinter;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.registry.DialectPlugin;

/** One discovery as the commands run it: validate, load plugins, connect read-only, discover, report. */
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

    private CommandDiscovery() {
    }

    static Result run(RootCommand root, ConnectionOptions c, RunOptions r, Redactor redactor) {
        CliEnvironment env = root.environment();
        PrintWriter err = env.err();
        if (c.url == null || !JDBC_URL.matcher(c.url).matches()) {
            throw CliException.usage("malformed JDBC URL '" + redactor.redact(c.url)
                    + "': expected jdbc:<driver>:<database>, e.g. jdbc:sqlite:app.db");
        }
        SqliteFile.check(c.url);
        Properties info = connectionProperties(c, env, redactor);
        DiscoveryOptions options = options(c);
        ProgressPrinter progress = r.progress ? new ProgressPrinter(err, redactor, System::nanoTime) : null;

        var builder = builder(root).options(options);
        if (progress != null) {
            builder.listener(progress);
        }
        if (c.dialect != null) {
            builder.dialect(c.dialect);
        }
        SchemaDiscovery discovery = builder.build();
        root.warn(discovery.registry().problems());
        if (c.dialect != null && !c.dialect.equals("generic") && discovery.registry().dialect(c.dialect).isEmpty()) {
            throw CliException.usage("unknown dialect '" + c.dialect + "' (available: "
                    + String.join(", ", dialectIds(discovery)) + ")");
        }
        if (progress != null) {
            progress.step("dialects: " + String.join(", ", dialectIds(discovery)));
            progress.step("connecting to " + c.url);
        }
        SchemaInfo schema;
        try {
            schema = discovery.discover(c.url, info);
        } catch (NoMatchingSchemaException e) {
            throw CliException.usage(noMatch(e));
        }
        if (c.dialect == null && schema.identity().dialect().equals("generic")) {
            err.println(GenericFallbackNote.text(c.url, schema.identity().product(), dialectIds(discovery)));
        }
        for (DiscoveryWarning w : schema.warnings()) {
            err.println(redactor.redact("warning: " + w.phase() + " " + w.object() + ": " + w.message()));
        }
        if (r.metrics) {
            err.print(metrics(schema.metrics()));
        }
        err.flush();
        SchemaInfo clean = withoutCredentials(schema, redactor);
        // Timings and statement texts differ every run: documents carry them only when --metrics asks.
        return new Result(discovery, r.metrics ? clean : clean.withMetrics(null));
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

    private static Properties connectionProperties(ConnectionOptions c, CliEnvironment env, Redactor redactor) {
        Properties info = new Properties();
        if (c.user != null) {
            info.setProperty("user", c.user);
        }
        if (c.passwordEnv != null) {
            String password = env.env().apply(c.passwordEnv);
            if (password == null) {
                throw CliException.usage("environment variable " + c.passwordEnv + " is not set (--password-env "
                        + c.passwordEnv + ")");
            }
            redactor.addSecret(password);
            info.setProperty("password", password);
        }
        if (c.url.toLowerCase(Locale.ROOT).startsWith("jdbc:sqlite:")
                && !c.url.toLowerCase(Locale.ROOT).contains("open_mode=")) {
            info.setProperty("open_mode", SQLITE_READ_ONLY);
        }
        return info;
    }

    private static DiscoveryOptions options(ConnectionOptions c) {
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
        DatabaseIdentity id = s.identity();
        DatabaseIdentity clean = new DatabaseIdentity(id.product(), id.version(), id.majorVersion(),
                id.minorVersion(), id.driver(), redactor.redact(id.url()), id.dialect());
        List<DiscoveryWarning> warnings = s.warnings().stream().map(w -> new DiscoveryWarning(w.object(), w.phase(),
                w.errorClass(), redactor.redact(w.message()))).toList();
        return s.toBuilder().identity(clean).warnings(warnings).build();
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
