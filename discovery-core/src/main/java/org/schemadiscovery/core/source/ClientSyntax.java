package org.schemadiscovery.core.source;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose rules split a DDL file into statements: each database's own command-line client finds the end of a statement
 * differently, and a file written for one client is loaded the way that client would run it.
 */
public enum ClientSyntax {
    /** {@code psql}: dollar quotes, {@code E''} strings, nested comments, BEGIN ... END bodies, backslash commands. */
    PSQL("postgresql"),
    /** {@code mysql}/{@code mariadb}: {@code DELIMITER}, backslash escapes, {@code #} comments, backticks. */
    MYSQL("mysql"),
    /** {@code sqlite3}: CREATE TRIGGER bodies end at {@code END;}, dot commands. */
    SQLITE3("sqlite");

    private final String dialectId;

    ClientSyntax(String dialectId) {
        this.dialectId = dialectId;
    }

    /** The id of the dialect plugin for this client's database. */
    public String dialectId() {
        return dialectId;
    }

    /** The client of the database a JDBC URL points to, if it is one of the three. */
    public static Optional<ClientSyntax> forUrl(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return Optional.of(PSQL);
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            return Optional.of(MYSQL);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return Optional.of(SQLITE3);
        }
        return Optional.empty();
    }
}
