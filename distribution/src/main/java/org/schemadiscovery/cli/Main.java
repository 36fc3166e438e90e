package org.schemadiscovery.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.schemadiscovery.cli.command.Cli;
import org.schemadiscovery.cli.command.CliEnvironment;
import org.schemadiscovery.cli.command.StopRequests;
import org.schemadiscovery.cli.command.Terminal;
import org.schemadiscovery.cli.watch.StopSignals;
import org.schemadiscovery.cli.security.RedactingOutputStream;
import org.schemadiscovery.cli.security.Redactor;

/** Entry point of {@code bin/schema-discovery}: runs {@link Cli} against the real process and exits with its code. */
public final class Main {
    /** System property naming the plugins folder; the launcher sets it. */
    public static final String PLUGINS_PROPERTY = "schemadiscovery.plugins";
    /** System property read by the bundled log4j2.xml for the root level. */
    static final String LOG_LEVEL_PROPERTY = "schemadiscovery.log.level";
    /** System property read by the bundled log4j2.xml to pick the appender. */
    static final String LOG_APPENDER_PROPERTY = "schemadiscovery.log.appender";

    private Main() {
    }

    /** Runs the CLI and exits. */
    public static void main(String[] args) {
        // Must happen before the first logger exists: the bundled log4j2.xml reads these once.
        if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
            System.setProperty(LOG_LEVEL_PROPERTY, "debug");
            System.setProperty(LOG_APPENDER_PROPERTY, "verbose");
        }
        // Every byte the process prints passes the run's redactor, whoever writes it: the CLI, Log4j2 (its console
        // appender follows System.err), java.util.logging or a driver printing on its own. Installed before the
        // first logger exists, so no appender keeps the unfiltered stream.
        Redactor redactor = new Redactor();
        // Buffered below the line filter: a write system call per line made a large JSON document 650,000 calls.
        RedactingOutputStream stdout = new RedactingOutputStream(buffered(FileDescriptor.out), redactor);
        RedactingOutputStream stderr = new RedactingOutputStream(buffered(FileDescriptor.err), redactor);
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        // Not System.out: a PrintStream swallows write errors, so "> /dev/full" would look like success.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        CliEnvironment env = new CliEnvironment(out, err, System::getenv, defaultPluginDir(),
                Main.class.getModule().isNamed(), redactor, Terminal.system(), Main::stopOnSignals);
        int code = new Cli(env).run(args);
        System.out.flush();
        System.err.flush();
        finish(stdout);
        finish(stderr);
        System.exit(code);
    }

    /**
     * The launcher's stop requests: Ctrl-C and SIGTERM call {@code stop} (see {@link StopSignals}), and so does a
     * shutdown hook, for the JVM ending for any other reason (SIGHUP, a JVM that refused the signal handlers).
     * Process-wide, so only here, never from a command that may run inside another program.
     */
    private static StopRequests.Registration stopOnSignals(BooleanSupplier stop) {
        Thread hook = new Thread(stop::getAsBoolean, "schema-discovery-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        StopSignals signals = StopSignals.install(stop);
        return () -> {
            signals.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is on its way out
            }
        };
    }

    private static OutputStream buffered(FileDescriptor fd) {
        return new BufferedOutputStream(new FileOutputStream(fd), 1 << 16);
    }

    private static void finish(RedactingOutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // The stream is gone; the exit code still tells.
        }
    }

    /** The {@value #PLUGINS_PROPERTY} property, else {@code plugins/} beside the {@code lib/} holding this jar. */
    static Path defaultPluginDir() {
        String configured = System.getProperty(PLUGINS_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            CodeSource source = Main.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            Path lib = jar.getParent();
            if (lib == null || lib.getFileName() == null || !lib.getFileName().toString().equals("lib")
                    || lib.getParent() == null) {
                return null;
            }
            Path plugins = lib.getParent().resolve("plugins");
            return Files.isDirectory(plugins) ? plugins : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
