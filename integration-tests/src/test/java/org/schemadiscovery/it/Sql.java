package org.schemadiscovery.it;

/** Quoting for the DDL the tests write themselves (never the code under test's quoting). */
final class Sql {
    private Sql() {
    }

    /** A double-quoted identifier, as both PostgreSQL and SQLite read it. */
    static String q(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."name"}. */
    static String q(String schema, String name) {
        return q(schema) + "." + q(name);
    }

    /** A standard string literal (backslashes are ordinary characters). */
    static String lit(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }
}
