package org.schemadiscovery.cli.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the distribution's example SQLite database from {@code example.sql}; run by the build during
 * {@code package} ({@code exec-maven-plugin}), so nothing is downloaded. Usage: {@code ExampleDatabase <sql> <db>}.
 */
public final class ExampleDatabase {
    private ExampleDatabase() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ExampleDatabase <example.sql> <example.db>");
        }
        create(Path.of(args[0]), Path.of(args[1]));
    }

    /** Creates {@code db} (replacing it) by running the statements of {@code sql}. */
    public static void create(Path sql, Path db) throws IOException, SQLException {
        Path dir = db.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "example", ".db.tmp");
        Files.delete(tmp);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp);
             Statement s = c.createStatement()) {
            for (String statement : statements(Files.readString(sql, StandardCharsets.UTF_8))) {
                s.executeUpdate(statement);
            }
        }
        Files.move(tmp, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The script's statements: {@code --} comments dropped, split at semicolons outside quotes. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (c == ';') {
                if (!current.toString().isBlank()) {
                    out.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
