package org.schemadiscovery.cli.command;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.source.ClientSyntax;

/**
 * The two sides of a comparison, read: JDBC URLs at once, a .sql side after the other so it takes that side's
 * dialect. Both sides are of one dialect, or it is a usage error.
 *
 * @param from the schema as it was
 * @param to   the schema as it is to be
 */
record ComparedSchemas(SchemaInfo from, SchemaInfo to) {

    /** The dialect both sides share. */
    String dialect() {
        return from.identity().dialect();
    }

    /** Reads both sides of {@code sides}; two JDBC URLs of different databases fail before connecting to either. */
    static ComparedSchemas read(RootCommand root, SchemaDiscovery discovery, ComparisonOptions sides, ReadOptions read,
                                RunOptions run, Redactor redactor) {
        requireOneFamily(sides.from, sides.to, redactor);
        CommandDiscovery.Side fromSide = sides.fromSide();
        CommandDiscovery.Side toSide = sides.toSide();
        for (CommandDiscovery.Side side : List.of(fromSide, toSide)) {
            if (side.passwordEnv() != null) {
                CommandDiscovery.password(side, root.environment());
            }
        }
        Reader reader = (side, dialect, scratchSchema) -> CommandDiscovery.read(root, discovery, side, dialect,
                scratchSchema, read, run, redactor);
        SchemaInfo fromSchema;
        SchemaInfo toSchema;
        if (!isSql(sides.from) && !isSql(sides.to)) {
            // Two independent reads: at once, so a comparison costs about one discovery, not two.
            CompletableFuture<SchemaInfo> toRead = CompletableFuture.supplyAsync(
                    () -> reader.read(toSide, read.dialect, null), ComparedSchemas::daemon);
            fromSchema = reader.read(fromSide, read.dialect, null);
            toSchema = join(toRead);
        } else {
            // A .sql side takes its dialect from the other side, so that one is read first.
            boolean fromFirst = !isSql(sides.from) || isSql(sides.to);
            SchemaInfo first = reader.read(fromFirst ? fromSide : toSide, read.dialect, null);
            String dialect = read.dialect != null ? read.dialect : first.identity().dialect();
            // Where the scratch database is the schema (MySQL/MariaDB), the file's objects take the other side's name.
            String scratchSchema = first.schemas().size() == 1 ? first.schemas().get(0) : null;
            SchemaInfo second = reader.read(fromFirst ? toSide : fromSide, dialect, scratchSchema);
            fromSchema = fromFirst ? first : second;
            toSchema = fromFirst ? second : first;
        }
        String fromDialect = fromSchema.identity().dialect();
        String toDialect = toSchema.identity().dialect();
        if (!Objects.equals(fromDialect, toDialect)) {
            throw CliException.usage("cannot compare a " + fromDialect + " schema (" + redactor.redact(sides.from)
                    + ") with a " + toDialect + " schema (" + redactor.redact(sides.to) + "): both sides must be of"
                    + " one dialect");
        }
        return new ComparedSchemas(fromSchema, toSchema);
    }

    @FunctionalInterface
    private interface Reader {
        SchemaInfo read(CommandDiscovery.Side side, String ddlDialect, String scratchSchema);
    }

    private static void requireOneFamily(String from, String to, Redactor redactor) {
        Optional<ClientSyntax> a = isJdbc(from) ? ClientSyntax.forUrl(from) : Optional.empty();
        Optional<ClientSyntax> b = isJdbc(to) ? ClientSyntax.forUrl(to) : Optional.empty();
        if (a.isPresent() && b.isPresent() && a.get() != b.get()) {
            throw CliException.usage("cannot compare " + a.get().dialectId() + " (" + redactor.redact(from)
                    + ") with " + b.get().dialectId() + " (" + redactor.redact(to) + "): both sides must be of one"
                    + " dialect");
        }
    }

    private static void daemon(Runnable task) {
        Thread t = new Thread(task, "schema-discovery-read-to");
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

    static boolean isJdbc(String argument) {
        return argument.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    static boolean isSql(String argument) {
        return !isJdbc(argument) && argument.toLowerCase(Locale.ROOT).endsWith(".sql");
    }
}
