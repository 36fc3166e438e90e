package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.cli.format.DiffFormatter;
import org.schemadiscovery.cli.format.MigrationFormatter;
import org.schemadiscovery.cli.format.OutputFormat;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code migrate <from> <to>}: the SQL that turns {@code <from>} into {@code <to>}, planned by the dialect's
 * migration planner; with {@code --apply}, run against {@code <from>} and verified. Exit 5 when destructive steps
 * were left out, 6 when the applied result still differs from {@code <to>}.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plan the migration from <from> to <to>: a script the database's own client runs as is "
                + "(psql -v ON_ERROR_STOP=1 -f plan.sql), or with --apply run it against <from> and verify.",
                "Sources, credentials and matching options are those of 'diff'. Destructive steps (drops) are left "
                        + "out and listed unless --allow-destructive; then the exit code is 5."})
public final class MigrateCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;

    @Mixin
    ComparisonOptions sides;

    @Option(names = "--allow-destructive",
            description = "Plan the steps that drop objects or data too (otherwise left out, listed, exit 5).")
    boolean allowDestructive;

    @Option(names = "--online", description = "Prefer steps that do not block writes for long: CREATE/DROP INDEX "
            + "CONCURRENTLY, constraints added NOT VALID then validated, each in its own group.")
    boolean online;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = ConnectionOptions.DurationConverter.class,
            description = "How long each statement waits for a lock before its group fails: 5s, 500ms, 1m "
                    + "(default: 5s).")
    Duration lockTimeout;

    @Option(names = "--apply", description = "Run the plan against <from> (a JDBC URL): asks first, checks that "
            + "<from> has not changed since planning, runs each group in its transaction, then verifies the result "
            + "equals <to> (exit 6 when it does not).")
    boolean apply;

    @Option(names = "--yes", description = "With --apply: do not ask (needed where there is no terminal).")
    boolean yes;

    @Mixin
    ReadOptions read;
    @Mixin
    OutputOptions.Script output;
    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        PlannerOptions plannerOptions = PlannerOptions.builder().allowDestructive(allowDestructive).online(online)
                .lockTimeout(lockTimeout == null ? PlannerOptions.DEFAULT_LOCK_TIMEOUT : lockTimeout).build();
        if (yes && !apply) {
            throw CliException.usage("--yes only goes with --apply");
        }
        if (apply) {
            requireApplicable();
        }
        DiffOptions options = sides.diffOptions();
        DiffOptions verification = sides.diffOptionsAfterRenames();
        SchemaDiscovery discovery = CommandDiscovery.discovery(root, read, run, redactor());
        ComparedSchemas schemas = ComparedSchemas.read(root, discovery, sides, read, run, redactor());
        MigrationPlanner planner = planner(discovery, schemas.dialect());
        List<SchemaChange> changes = compare(discovery, schemas.from(), schemas.to(), options);
        MigrationPlan plan = planner.plan(schemas.from(), schemas.to(), changes, plannerOptions);
        DiffFormatter.Sides formatted = new DiffFormatter.Sides(schemas.from().identity().url(),
                schemas.to().identity().url(), schemas.dialect());
        Output.write(root.environment(), output.output, MigrationFormatter.format(output.format(), formatted, plan));
        if (!apply) {
            return plan.leftOut().isEmpty() ? ExitCodes.OK : ExitCodes.PLAN_INCOMPLETE;
        }
        PrintWriter err = root.environment().err();
        if (!plan.isEmpty()) {
            confirm(plan);
            // Checked after the question, not before: the answer may take a while, and the plan must still fit.
            requireUnchanged(discovery, schemas.from());
            runPlan(discovery, plan);
        } else {
            err.println("nothing to apply");
        }
        SchemaInfo after = CommandDiscovery.read(root, discovery, sides.fromSide(), read.dialect, read, run,
                redactor());
        List<SchemaChange> remaining = compare(discovery, after, schemas.to(), verification);
        if (remaining.isEmpty()) {
            err.println("verified: " + redactor().redact(sides.from) + " now matches " + redactor().redact(sides.to));
            err.flush();
            return ExitCodes.OK;
        }
        err.println("applied, but " + redactor().redact(sides.from) + " still differs from "
                + redactor().redact(sides.to) + ":");
        err.print(redactor().redact(DiffFormatter.format(OutputFormat.TEXT, formatted, remaining)));
        err.flush();
        return ExitCodes.APPLIED_BUT_DIFFERS;
    }

    /** --apply writes to {@code <from>}: a database, and someone (or --yes) who said so. */
    private void requireApplicable() {
        if (!ComparedSchemas.isJdbc(sides.from)) {
            throw CliException.usage("--apply writes to <from>, which must be a JDBC URL, not "
                    + (ComparedSchemas.isSql(sides.from) ? "a .sql file" : "a snapshot") + " ("
                    + redactor().redact(sides.from) + ")");
        }
        if (!yes && root.environment().terminal() == null) {
            throw CliException.usage("--apply asks for confirmation, and there is no terminal to ask on: pass --yes"
                    + " to apply without asking");
        }
    }

    private static MigrationPlanner planner(SchemaDiscovery discovery, String dialect) {
        return discovery.registry().planner(dialect).orElseThrow(() -> {
            List<String> with = discovery.registry().dialects().stream().map(d -> d.id())
                    .filter(id -> discovery.registry().planner(id).isPresent()).sorted().toList();
            return CliException.usage("dialect '" + dialect + "' has no migration planner, so migrate cannot plan"
                    + " for it (dialects with one: " + (with.isEmpty() ? "none" : String.join(", ", with)) + ")");
        });
    }

    private static List<SchemaChange> compare(SchemaDiscovery discovery, SchemaInfo from, SchemaInfo to,
                                              DiffOptions options) {
        try {
            return discovery.compare(from, to, options);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private void confirm(MigrationPlan plan) {
        if (yes) {
            return;
        }
        String prompt = "Apply " + plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps") + " in "
                + plan.groups().size() + (plan.groups().size() == 1 ? " group" : " groups") + " to "
                + redactor().redact(sides.from) + "? Type yes to continue: ";
        root.environment().err().flush();
        String answer = root.environment().terminal().ask(redactor().redact(prompt));
        String a = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        if (!a.equals("yes") && !a.equals("y")) {
            throw new CliException(ExitCodes.FAILED, "not applied: the answer was not yes");
        }
    }

    /** Discovers {@code <from>} again: a plan made for another schema than the one there now must not run. */
    private void requireUnchanged(SchemaDiscovery discovery, SchemaInfo planned) {
        SchemaInfo now = CommandDiscovery.read(root, discovery, sides.fromSide(), read.dialect, read, run,
                redactor());
        List<SchemaChange> drift = compare(discovery, planned, now, DiffOptions.builder().build());
        if (!drift.isEmpty()) {
            throw new CliException(ExitCodes.FAILED, redactor().redact(sides.from) + " changed since the plan was"
                    + " made (" + drift.size() + (drift.size() == 1 ? " change" : " changes") + ", e.g. "
                    + DiffFormatter.line(drift.get(0)) + "); nothing applied: run migrate again to plan against the"
                    + " schema as it is now");
        }
    }

    private void runPlan(SchemaDiscovery discovery, MigrationPlan plan) {
        CommandDiscovery.Side side = sides.fromSide();
        Properties info = new Properties();
        info.putAll(CommandDiscovery.credentials(side, root.environment(), redactor()));
        PlanApplier.Failure failure;
        try (Connection c = discovery.driverFor(sides.from).connect(sides.from, info)) {
            if (c == null) {
                throw new CliException(ExitCodes.CONNECTION, "no JDBC driver accepts "
                        + redactor().redact(sides.from));
            }
            failure = new PlanApplier(root.environment().err()).apply(c, plan);
        } catch (SQLException e) {
            throw new CliException(ExitCodes.CONNECTION, "cannot apply to " + redactor().redact(sides.from) + ": "
                    + e.getMessage());
        } catch (DiscoveryConnectionException e) {
            throw new CliException(ExitCodes.CONNECTION, e.getMessage());
        }
        if (failure != null) {
            throw new CliException(ExitCodes.FAILED, failed(failure));
        }
    }

    private static String failed(PlanApplier.Failure f) {
        return "group " + f.group() + " of " + f.groups() + " failed at: " + f.statement() + " — " + f.message()
                + "; " + (f.rolledBack() ? "its statements were rolled back" : "it ran outside a transaction")
                + "; " + (f.committed().isEmpty() ? "nothing ran before it"
                : (f.group() - 1) + (f.group() == 2 ? " group" : " groups") + " (" + f.committed().size()
                + " statements) ran and were committed before it")
                + "; nothing after it ran";
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
