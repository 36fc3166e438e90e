package org.schemadiscovery.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.schemadiscovery.api.diff.DiffAspect;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.cli.format.DiffFormatter;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.source.ClientSyntax;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code diff <from> <to>}: what changed between two schemas, each a JDBC URL, a JSON snapshot or a .sql file. Exit 0
 * with or without differences; with {@code --exit-code}, 4 when there are some.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare two schemas and list what changed from <from> to <to>.",
                "Each side is a JDBC URL, a JSON snapshot written by 'discover --format json', or a .sql DDL file "
                        + "(loaded into a scratch database: --dev-url for PostgreSQL and MySQL/MariaDB, a temporary "
                        + "file for SQLite; its dialect is the other side's or --dialect)."})
public final class DiffCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "<from>", description = "The schema as it was: JDBC URL, snapshot or .sql.")
    String from;

    @Parameters(index = "1", paramLabel = "<to>", description = "The schema as it is to be: JDBC URL, snapshot or .sql.")
    String to;

    @Option(names = "--from-user", paramLabel = "USER", description = "Database user of <from>.")
    String fromUser;

    @Option(names = "--from-password-env", paramLabel = "VAR",
            description = "Read <from>'s password from environment variable VAR (never printed or logged).")
    String fromPasswordEnv;

    @Option(names = "--to-user", paramLabel = "USER", description = "Database user of <to>.")
    String toUser;

    @Option(names = "--to-password-env", paramLabel = "VAR",
            description = "Read <to>'s password from environment variable VAR (never printed or logged).")
    String toPasswordEnv;

    @Option(names = "--exit-code", description = "Exit with 4 when the schemas differ (a CI drift check).")
    boolean exitCode;

    @Option(names = "--ignore", paramLabel = "ASPECT", split = ",",
            description = "Leave these out: owners, privileges, comments (comma-separated; repeatable).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--rename", paramLabel = "KIND:OLD=NEW",
            description = "OLD in <from> is NEW in <to>, e.g. table:app.customer=app.client or "
                    + "column:app.users.mail=email (renames are never guessed); repeatable.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--schema-map", paramLabel = "A=B",
            description = "Compare <from>'s schema A with <to>'s schema B; repeatable (without it, two sides with "
                    + "one schema each are compared as one).")
    List<String> schemaMaps = new ArrayList<>();

    @Mixin
    ReadOptions read;
    @Mixin
    OutputOptions.Report output;
    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        DiffOptions options = diffOptions();
        requireOneFamily();
        SchemaDiscovery discovery = CommandDiscovery.discovery(root, read, run, redactor());
        CommandDiscovery.Side fromSide = new CommandDiscovery.Side(from, fromUser, fromPasswordEnv,
                "--from-password-env");
        CommandDiscovery.Side toSide = new CommandDiscovery.Side(to, toUser, toPasswordEnv, "--to-password-env");
        for (CommandDiscovery.Side side : List.of(fromSide, toSide)) {
            if (side.passwordEnv() != null) {
                CommandDiscovery.password(side, root.environment());
            }
        }
        SchemaInfo fromSchema;
        SchemaInfo toSchema;
        if (!isSql(from) && !isSql(to)) {
            // Two independent reads: at once, so a diff costs about one discovery, not two.
            CompletableFuture<SchemaInfo> toRead = CompletableFuture.supplyAsync(
                    () -> read(discovery, toSide, read.dialect, null), DiffCommand::daemon);
            fromSchema = read(discovery, fromSide, read.dialect, null);
            toSchema = join(toRead);
        } else {
            // A .sql side takes its dialect from the other side, so that one is read first.
            boolean fromFirst = !isSql(from) || isSql(to);
            SchemaInfo first = read(discovery, fromFirst ? fromSide : toSide, read.dialect, null);
            String dialect = read.dialect != null ? read.dialect : first.identity().dialect();
            // Where the scratch database is the schema (MySQL/MariaDB), the file's objects take the other side's name.
            String scratchSchema = first.schemas().size() == 1 ? first.schemas().get(0) : null;
            SchemaInfo second = read(discovery, fromFirst ? toSide : fromSide, dialect, scratchSchema);
            fromSchema = fromFirst ? first : second;
            toSchema = fromFirst ? second : first;
        }
        String fromDialect = fromSchema.identity().dialect();
        String toDialect = toSchema.identity().dialect();
        if (!Objects.equals(fromDialect, toDialect)) {
            throw CliException.usage("cannot compare a " + fromDialect + " schema (" + redactor().redact(from)
                    + ") with a " + toDialect + " schema (" + redactor().redact(to) + "): both sides must be of one"
                    + " dialect");
        }
        List<SchemaChange> changes;
        try {
            changes = discovery.compare(fromSchema, toSchema, options);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        DiffFormatter.Sides sides = new DiffFormatter.Sides(fromSchema.identity().url(), toSchema.identity().url(),
                fromDialect);
        Output.write(root.environment(), output.output, DiffFormatter.format(output.format(), sides, changes));
        return exitCode && !changes.isEmpty() ? ExitCodes.DIFFERENCES : ExitCodes.OK;
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "schema-discovery-diff-to");
        t.setDaemon(true);
        t.start();
    }

    private static SchemaInfo join(CompletableFuture<SchemaInfo> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private SchemaInfo read(SchemaDiscovery discovery, CommandDiscovery.Side side, String ddlDialect,
                            String scratchSchema) {
        return CommandDiscovery.read(root, discovery, side, ddlDialect, scratchSchema, read, run, redactor());
    }

    /** Two JDBC URLs of different databases fail before connecting to either. */
    private void requireOneFamily() {
        Optional<ClientSyntax> a = isJdbc(from) ? ClientSyntax.forUrl(from) : Optional.empty();
        Optional<ClientSyntax> b = isJdbc(to) ? ClientSyntax.forUrl(to) : Optional.empty();
        if (a.isPresent() && b.isPresent() && a.get() != b.get()) {
            throw CliException.usage("cannot compare " + a.get().dialectId() + " (" + redactor().redact(from)
                    + ") with " + b.get().dialectId() + " (" + redactor().redact(to) + "): both sides must be of one"
                    + " dialect");
        }
    }

    private DiffOptions diffOptions() {
        DiffOptions.Builder b = DiffOptions.builder();
        for (String aspect : ignore) {
            b.ignore(DiffAspect.byId(aspect).orElseThrow(() -> CliException.usage("--ignore: unknown aspect '"
                    + aspect + "' (expected owners, privileges or comments)")));
        }
        for (String rename : renames) {
            int colon = rename.indexOf(':');
            int eq = rename.indexOf('=', Math.max(colon, 0));
            if (colon <= 0 || eq < 0) {
                throw CliException.usage("--rename " + rename + ": expected KIND:OLD=NEW, e.g. "
                        + "table:app.customer=app.client");
            }
            String kind = rename.substring(0, colon);
            ObjectType type = ObjectType.byId(kind).orElseThrow(() -> CliException.usage("--rename " + rename
                    + ": unknown kind '" + kind + "' (e.g. table, column, index, view, sequence, type)"));
            try {
                b.rename(type, rename.substring(colon + 1, eq), rename.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--rename " + rename + ": " + e.getMessage());
            }
        }
        for (String map : schemaMaps) {
            int eq = map.indexOf('=');
            if (eq <= 0 || eq == map.length() - 1) {
                throw CliException.usage("--schema-map " + map + ": expected FROM=TO, e.g. app=app_v2");
            }
            try {
                b.mapSchema(map.substring(0, eq), map.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--schema-map " + map + ": " + e.getMessage());
            }
        }
        return b.build();
    }

    private static boolean isJdbc(String argument) {
        return argument.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    private static boolean isSql(String argument) {
        return !isJdbc(argument) && argument.toLowerCase(Locale.ROOT).endsWith(".sql");
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
