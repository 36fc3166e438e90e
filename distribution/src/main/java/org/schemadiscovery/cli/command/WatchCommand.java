package org.schemadiscovery.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.cli.watch.Watcher;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.core.metrics.MetricsView;
import org.schemadiscovery.core.source.SchemaSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code watch <url>}: polls the schema fingerprint and prints one event per schema change until Ctrl-C or SIGTERM
 * (or an interrupt), which end it within a second.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Watch a database's schema: poll its fingerprint every --interval and print one event per "
                + "change (a diff against the previous snapshot, or with --baseline the whole drift from it), as a "
                + "JSON line or text. Keeps running through restarts and network loss (down/up events). Ends on "
                + "Ctrl-C or SIGTERM.",
                "Events: started, change (or drift), down, up, slow-discovery."})
public final class WatchCommand implements Callable<Integer>, RunCommand {
    private static final Duration STOP_WAIT = Duration.ofMillis(800);
    /** One database and scope: one entry, and a spare while a new one replaces it. */
    private static final int WATCH_CACHE_ENTRIES = 2;

    @ParentCommand
    RootCommand root;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    RunOptions run;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s",
            converter = ConnectionOptions.DurationConverter.class,
            description = "Time between polls (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A JSON snapshot ('discover --format json'): each event is the whole drift from it, and "
                    + "fires only when the drift changes.")
    Path baseline;

    @Option(names = "--on-change", paramLabel = "CMD",
            description = "Run CMD (with sh -c) for each change, the event on its standard input; one at a time, "
                    + "each within --on-change-timeout; a failure is logged and the watch goes on.")
    String onChange;

    @Option(names = "--on-change-timeout", paramLabel = "DURATION", defaultValue = "30s",
            converter = ConnectionOptions.DurationConverter.class,
            description = "Kill an on-change command that runs longer (default: ${DEFAULT-VALUE}).")
    Duration onChangeTimeout;

    @Option(names = "--metrics-port", paramLabel = "N",
            description = "Serve /metrics (Prometheus text) and /health (JSON) on 127.0.0.1:N (0: any free port; "
                    + "the port is printed on standard error).")
    Integer metricsPort;

    @Option(names = "--alert-slower-than", paramLabel = "FACTOR",
            description = "Print a slow-discovery event when a discovery takes more than FACTOR times the median of"
                    + " the last runs (e.g. 2).")
    Double alertFactor;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "Events as json (one line each) or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw CliException.usage("unknown format '" + format + "' (expected json, text)");
        };
        if (alertFactor != null && !(alertFactor > 1.0)) {
            throw CliException.usage("--alert-slower-than must be greater than 1: " + alertFactor);
        }
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
            throw CliException.usage("--metrics-port must be between 0 and 65535: " + metricsPort);
        }
        CliEnvironment env = root.environment();
        SchemaSource.Jdbc target = CommandDiscovery.jdbc(new CommandDiscovery.Side(connection.url, connection.user,
                connection.passwordEnv, "--password-env"), env, redactor());
        MetricsView view = new MetricsView();
        SchemaDiscovery plain = CommandDiscovery.discovery(root, connection.read, run, redactor());
        SchemaDiscovery discovery = rebuiltWith(plain, view);
        SchemaInfo baselineSchema = null;
        if (baseline != null) {
            if (!Files.isRegularFile(baseline)) {
                throw CliException.usage("--baseline " + baseline + ": no such file");
            }
            baselineSchema = CommandDiscovery.read(root, plain, new CommandDiscovery.Side(baseline.toString(), null,
                    null, null), null, connection.read, run, redactor());
        }
        Properties info = new Properties();
        info.putAll(target.properties());
        Duration pollTimeout = connection.read.timeout != null ? connection.read.timeout
                : interval.compareTo(HealthCommand.DEFAULT_TIMEOUT) < 0 ? HealthCommand.DEFAULT_TIMEOUT : interval;
        Watcher watcher = new Watcher(discovery, view, new Watcher.Settings(target.url(), info, interval,
                pollTimeout, json, baselineSchema, DiffOptions.defaults(), alertFactor), env.out(), env.err(),
                redactor()::redact, Clock.systemUTC()).onChange(onChange, onChangeTimeout);
        List<AutoCloseable> resources = new ArrayList<>();
        if (metricsPort != null) {
            resources.add(watcher.serveMetrics(metricsPort, port -> {
                env.err().println("watch: metrics on http://127.0.0.1:" + port + "/metrics and /health");
                env.err().flush();
            }));
        }
        // A stop request (Main: Ctrl-C, SIGTERM, the JVM shutting down) ends the loop, which then closes what it
        // opened: exit 0. In-process runs get none and end by an interrupt.
        try (StopRequests.Registration stops = env.stops().register(() -> watcher.stop(STOP_WAIT))) {
            watcher.run();
        } finally {
            for (AutoCloseable r : resources) {
                try {
                    r.close();
                } catch (Exception e) {
                    env.err().println("warning: " + e.getMessage());
                }
            }
        }
        return ExitCodes.OK;
    }

    /**
     * The facade for these options, with the metrics view as its listener and a snapshot cache: the {@code --cache}
     * store, else one in memory. Each rediscovery goes through it, so a change rereads only what the cache cannot
     * serve (incrementally where the dialect allows).
     */
    private SchemaDiscovery rebuiltWith(SchemaDiscovery plain, MetricsView view) {
        var builder = CommandDiscovery.builder(root).options(plain.options()).listener(view)
                .cache(plain.cache().orElseGet(() -> new MemorySnapshotCache(WATCH_CACHE_ENTRIES)))
                .refreshCache(connection.read.refresh);
        plain.forcedDialect().ifPresent(builder::dialect);
        return builder.build();
    }

    @Override
    public RunOptions runOptions() {
        return run;
    }

    @Override
    public Redactor redactor() {
        return root.environment().redactor();
    }
}
