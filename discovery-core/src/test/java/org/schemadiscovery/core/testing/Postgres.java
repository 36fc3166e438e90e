package org.schemadiscovery.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** A freshly created PostgreSQL database on the local server, dropped on close. */
public final class Postgres implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "?user=postgres&connectTimeout=5";
    private final String name;

    private Postgres(String name) {
        this.name = name;
    }

    /** Creates {@code sd_core_<random>} and applies the DDL. */
    public static Postgres create(String... ddl) throws SQLException {
        String name = "sd_core_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + USER); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        Postgres db = new Postgres(name);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : ddl) {
                st.execute(s);
            }
        }
        return db;
    }

    public String name() {
        return name;
    }

    public String url() {
        return SERVER + name + USER;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + USER); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
