package org.schemadiscovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every password form the drivers accept, against the real PostgreSQL and MariaDB, through the packaged launcher:
 * the secret appears nowhere in standard output or standard error, which carry the CLI's messages, stack traces,
 * progress, JSON warnings and every log line (Log4j2 writes to standard error), with and without {@code --verbose}.
 * The drivers quote the secret out of context (MariaDB {@code Incorrect port value : <pw>@127.0.0.1}, PostgreSQL
 * {@code UnknownHostException: postgres:<pw>@127.0.0.1}), so URL patterns alone would not do.
 */
class PasswordRedactionIT {
    private static final String SECRET = "S3cretXYZ";
    private static final String ENV = "SD_IT_SECRET";
    static Path layout;
    static Path javaHome;

    @BeforeAll
    static void locate() {
        layout = Path.of(System.getProperty("layout.dir", "target/schema-discovery")).toAbsolutePath();
        javaHome = Path.of(System.getProperty("java.home.for.fork", System.getProperty("java.home")));
    }

    static Stream<Arguments> passwordForms() {
        List<Arguments> forms = new ArrayList<>();
        String pg = "127.0.0.1:5432";
        String my = "127.0.0.1:3306";
        List<List<String>> cases = List.of(
                List.of("postgresql user:pw@", "jdbc:postgresql://postgres:" + SECRET + "@" + pg + "/postgres"),
                List.of("postgresql ?password=", "jdbc:postgresql://" + pg + "/sd_no_such_db?user=postgres&password="
                        + SECRET),
                List.of("postgresql sslpassword=", "jdbc:postgresql://" + pg + "/sd_no_such_db?user=postgres"
                        + "&sslmode=require&sslpassword=" + SECRET),
                List.of("postgresql --password-env", "jdbc:postgresql://" + pg + "/sd_no_such_db?user=postgres",
                        "--password-env", ENV),
                List.of("mariadb user:pw@", "jdbc:mariadb://root:" + SECRET + "@" + my + "/x"),
                List.of("mariadb ?password=", "jdbc:mariadb://" + my + "/sd_no_such_db?user=root&password=" + SECRET),
                List.of("mariadb ;password=", "jdbc:mariadb://" + my + "/x;password=" + SECRET),
                List.of("mariadb keyStorePassword=", "jdbc:mariadb://" + my + "/x?user=root&sslMode=trust"
                        + "&keyStore=/nonexistent/sd-keystore.p12&keyStorePassword=" + SECRET),
                List.of("mariadb --password-env", "jdbc:mariadb://" + my + "/sd_no_such_db?user=root",
                        "--password-env", ENV));
        for (List<String> c : cases) {
            for (boolean verbose : List.of(false, true)) {
                forms.add(Arguments.of(c.get(0) + (verbose ? " -v" : ""), c.subList(1, c.size()), verbose));
            }
        }
        return forms.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passwordForms")
    @DisplayName("the secret is on no output channel; the run fails with exit 2 and says why")
    void neverPrinted(String form, List<String> urlAndOptions, boolean verbose) throws Exception {
        List<String> args = new ArrayList<>(List.of("discover"));
        args.addAll(urlAndOptions);
        args.addAll(List.of("--progress", "--format", "json", "--timeout", "20s"));
        if (verbose) {
            args.add("-v");
        }
        Launcher.Result r = Launcher.script(layout, javaHome, layout, Map.of(ENV, SECRET),
                args.toArray(String[]::new));
        assertThat(r.out() + r.err()).as(form + ":\n" + r.err()).doesNotContain(SECRET);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("\nerror: cannot connect to ");
        if (verbose) {
            assertThat(r.err()).as("the verbose run logs and prints a stack trace").contains("DEBUG").contains("\tat ");
        }
    }
}
