package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemadiscovery.cli.example.ExampleDatabase;
import org.schemadiscovery.cli.format.OutputFormat;

/** Each command's help lists exactly the formats it accepts: every listed one runs, every other is a usage error. */
class HelpFormatsTest {
    private static final Pattern FORMAT_HELP = Pattern.compile("--format=FORMAT Output format: ([a-z, ]+) \\(default");

    @TempDir
    static Path tmp;
    static String exampleUrl;

    @BeforeAll
    static void exampleDatabase() throws IOException, SQLException {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        exampleUrl = "jdbc:sqlite:" + db;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"discover", "ddl", "recommend", "dialects"})
    @DisplayName("the formats --help lists are exactly those the command runs with")
    void helpListsWhatIsAccepted(String command) {
        CliRunner.Result help = CliRunner.run(command, "--help");
        assertThat(help.exitCode()).isZero();
        Matcher m = FORMAT_HELP.matcher(help.out().replaceAll("\\s+", " "));
        assertThat(m.find()).as("a --format line in:%n%s", help.out()).isTrue();
        List<String> listed = Arrays.asList(m.group(1).split(",\\s*"));
        assertThat(listed).isNotEmpty();

        List<String> accepted = new ArrayList<>();
        for (OutputFormat format : OutputFormat.values()) {
            List<String> args = new ArrayList<>(List.of(command));
            if (!command.equals("dialects")) {
                args.add(exampleUrl);
            }
            args.addAll(List.of("--format", format.cliName()));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            if (r.exitCode() == ExitCodes.OK) {
                accepted.add(format.cliName());
                assertThat(r.out()).isNotEmpty();
            } else {
                assertThat(r.exitCode()).as("%s --format %s", command, format.cliName()).isEqualTo(ExitCodes.USAGE);
                assertThat(r.err()).startsWith("error: Invalid value for option '--format': this command has no "
                        + format.cliName() + " format (expected ").hasLineCount(1);
                assertThat(r.out()).isEmpty();
            }
        }
        if (command.equals("ddl")) {
            // text is the script format's old name: accepted, the same script, not listed twice
            assertThat(accepted).contains("text");
            accepted.remove("text");
            assertThat(CliRunner.run(command, exampleUrl, "--format", "text").out())
                    .isEqualTo(CliRunner.run(command, exampleUrl, "--format", "sql").out());
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(listed.get(0)).as("the default first").isEqualTo(command.equals("ddl") ? "sql" : "text");
    }
}
