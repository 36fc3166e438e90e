package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("one exit-code table: the constants, every command's --help and the README agree")
class ExitCodesTest {
    private static final Pattern README_ROW = Pattern.compile("^\\| (\\d+) \\| (.+) \\|$");

    @Test
    @DisplayName("the constants are 0..7, each with a meaning")
    void constants() throws IllegalAccessException {
        List<Integer> values = new java.util.ArrayList<>();
        for (Field f : ExitCodes.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && f.getType() == int.class) {
                values.add(f.getInt(null));
            }
        }
        assertThat(values).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(ExitCodes.meanings().keySet()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(ExitCodes.meanings()).containsEntry("4", "differences found (diff --exit-code)")
                .containsEntry("7", "health DEGRADED (reserved)");
    }

    @Test
    @DisplayName("the README's table is the same table")
    void readme() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Exit codes");
            }
            Matcher m = README_ROW.matcher(line);
            if (inSection && m.matches()) {
                rows.put(m.group(1), m.group(2));
            }
        }
        assertThat(rows).containsExactlyEntriesOf(ExitCodes.meanings());
    }

    @Test
    @DisplayName("the root's and every command's --help end with the whole table")
    void help() {
        for (String[] args : Arrays.asList(new String[] {"--help"}, new String[] {"discover", "--help"},
                new String[] {"recommend", "--help"}, new String[] {"ddl", "--help"},
                new String[] {"dialects", "--help"}, new String[] {"diff", "--help"},
                new String[] {"migrate", "--help"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.exitCode()).isZero();
            String help = r.out();
            assertThat(help).contains("\nExit codes:\n");
            String table = help.substring(help.indexOf("\nExit codes:\n")).replaceAll("\\s+", " ");
            for (Map.Entry<String, String> e : ExitCodes.meanings().entrySet()) {
                assertThat(table).as(String.join(" ", args)).contains(" " + e.getKey() + " " + e.getValue());
            }
        }
    }
}
