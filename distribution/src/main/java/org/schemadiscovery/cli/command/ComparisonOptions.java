package org.schemadiscovery.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.diff.DiffAspect;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectType;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The two schemas a comparison reads and how they are matched: {@code <from>} and {@code <to>} with their own
 * credentials, {@code --ignore}, {@code --rename} and {@code --schema-map}. Shared by {@code diff} and
 * {@code migrate}.
 */
public final class ComparisonOptions {
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

    CommandDiscovery.Side fromSide() {
        return new CommandDiscovery.Side(from, fromUser, fromPasswordEnv, "--from-password-env");
    }

    CommandDiscovery.Side toSide() {
        return new CommandDiscovery.Side(to, toUser, toPasswordEnv, "--to-password-env");
    }

    /** The comparison these options ask for; a malformed value is a usage error. */
    DiffOptions diffOptions() {
        return diffOptions(true);
    }

    /**
     * The comparison without the rename hints: how a database migrated from {@code <from>} is checked against
     * {@code <to>}, its renamed objects now carrying their new names.
     */
    DiffOptions diffOptionsAfterRenames() {
        return diffOptions(false);
    }

    private DiffOptions diffOptions(boolean withRenames) {
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
            if (withRenames) {
                try {
                    b.rename(type, rename.substring(colon + 1, eq), rename.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    throw CliException.usage("--rename " + rename + ": " + e.getMessage());
                }
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
}
