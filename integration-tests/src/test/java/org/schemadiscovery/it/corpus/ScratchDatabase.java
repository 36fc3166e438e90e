package org.schemadiscovery.it.corpus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A uniquely named database {@code sd_corpus_<random>} on the local PostgreSQL 15, reused from case to case:
 * creating a database costs about a second here and dropping one two, so {@link #reset()} empties it instead
 * (every schema dropped with its contents, {@code public} recreated as in a new database). {@link #close()} drops
 * it.
 */
final class ScratchDatabase implements Scratch, AutoCloseable {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PARAMS = "?user=postgres&connectTimeout=5&socketTimeout=120";

    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    static ScratchDatabase create() throws SQLException {
        String name = "sd_corpus_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String url() {
        return SERVER + name + PARAMS;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Back to the state of a new database: only an empty {@code public} schema, as template1 has it. */
    @Override
    public void reset() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(RESET);
        }
    }

    private static final String RESET = """
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT evtname FROM pg_event_trigger LOOP
                EXECUTE format('DROP EVENT TRIGGER %I', r.evtname);
              END LOOP;
              FOR r IN SELECT nspname FROM pg_namespace
                       WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                         AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%' LOOP
                EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
              END LOOP;
              FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP
                EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
              END LOOP;
              CREATE SCHEMA public AUTHORIZATION pg_database_owner;
              GRANT USAGE ON SCHEMA public TO PUBLIC;
              COMMENT ON SCHEMA public IS 'standard public schema';
            END $$""";

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
