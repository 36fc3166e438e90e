package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.cli.security.Redactor;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The CLI's main logic without {@code System.exit}: parses, runs one command and maps failures to an exit code and a
 * one-line message on standard error (with the stack trace only under {@code --verbose}). Secrets are masked in
 * everything it prints.
 *
 * <pre>{@code int code = new Cli(environment).run("discover", "jdbc:sqlite:app.db", "--format", "json");}</pre>
 */
public final class Cli {
    /** Options naming an environment variable that holds a password. */
    private static final List<String> PASSWORD_ENV_OPTIONS = List.of("--password-env", "--from-password-env",
            "--to-password-env", "--cache-password-env");
    private final CliEnvironment env;

    /** A CLI talking to this environment. */
    public Cli(CliEnvironment env) {
        this.env = env;
    }

    /** Runs the command line and returns its exit code (see {@link ExitCodes}). */
    public int run(String... args) {
        learnSecrets(args);
        int code;
        if (mentionsPasswordOption(args)) {
            // Never echo what follows a password option someone expected to exist.
            env.err().println("error: there is no password option; pass the password in an environment variable "
                    + "with --password-env VAR");
            code = ExitCodes.USAGE;
        } else {
            RootCommand root = new RootCommand(env);
            CommandLine commandLine = new CommandLine(root);
            commandLine.setOut(env.out());
            commandLine.setErr(env.err());
            commandLine.setParameterExceptionHandler(this::usageError);
            commandLine.setExecutionExceptionHandler(this::executionError);
            withExitCodes(commandLine);
            code = commandLine.execute(args);
            root.closeResources();
        }
        // Help, version and listings print without Output: a stream error there must not exit 0 either.
        if (env.out().checkError() && code == ExitCodes.OK) {
            CliException failure = Output.cannotWrite(Output.STANDARD_OUTPUT,
                    "the stream reported an I/O error (disk full or pipe closed?)");
            env.err().println("error: " + failure.getMessage());
            code = failure.exitCode();
        }
        env.err().flush();
        return code;
    }

    /**
     * Before anything can print: the password values in every URL argument and in the {@code --password-env}
     * variable, so that whatever quotes them later (a driver's message, a log line, a stack trace) is masked.
     */
    private void learnSecrets(String[] args) {
        Redactor redactor = env.redactor();
        for (int i = 0; i < args.length; i++) {
            redactor.addSecretsOf(args[i]);
            String variable = null;
            for (String option : PASSWORD_ENV_OPTIONS) {
                if (args[i].equals(option) && i + 1 < args.length) {
                    variable = args[i + 1];
                } else if (args[i].startsWith(option + "=")) {
                    variable = args[i].substring(option.length() + 1);
                }
            }
            if (variable != null && !variable.isEmpty()) {
                redactor.addSecret(env.env().apply(variable));
            }
        }
    }

    /** Every command's help ends with the one exit-code table of {@link ExitCodes}. */
    private static void withExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.meanings());
        commandLine.getSubcommands().values().forEach(Cli::withExitCodes);
    }

    private static boolean mentionsPasswordOption(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("-p")
                || a.matches("--(from-|to-)?(password|pass)(=.*)?"));
    }

    private int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = oneLine(e.getMessage());
        if (e instanceof UnmatchedArgumentException u && cmd.getCommandSpec().parent() == null) {
            List<String> unmatched = u.getUnmatched();
            if (!unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
                message = "unknown command '" + unmatched.get(0) + "'";
                List<String> suggestions = u.getSuggestions();
                if (!suggestions.isEmpty()) {
                    message += "; did you mean " + String.join(" or ", suggestions) + "?";
                }
            }
        }
        env.err().println("error: " + env.redactor().redact(message) + " (see '"
                + cmd.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USAGE;
    }

    private int executionError(Exception e, CommandLine cmd, ParseResult parseResult) {
        Object command = cmd.getCommand();
        Redactor redactor = env.redactor();
        boolean verbose = command instanceof RunCommand rc && rc.runOptions().verbose();
        env.err().println("error: " + redactor.redact(message(e)));
        if (verbose) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            env.err().print(redactor.redact(trace.toString()));
        }
        return exitCode(e);
    }

    /** 1 usage, 2 connection (no driver, unreachable, credentials, missing file), 3 anything else. */
    static int exitCode(Throwable e) {
        if (e instanceof CliException c) {
            return c.exitCode();
        }
        if (e instanceof DiscoveryConnectionException) {
            return ExitCodes.CONNECTION;
        }
        return ExitCodes.FAILED;
    }

    private static String message(Throwable e) {
        if (e instanceof CliException || e instanceof DiscoveryException) {
            return oneLine(e.getMessage());
        }
        String m = e.getMessage();
        return "unexpected " + e.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m))
                + " (run with --verbose for details)";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
