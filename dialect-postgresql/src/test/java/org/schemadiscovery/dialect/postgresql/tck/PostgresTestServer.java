package org.schemadiscovery.dialect.postgresql.tck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.tck.JdbcTestDatabase;
import org.schemadiscovery.tck.SentStatements;
import org.schemadiscovery.tck.TestDatabase;
import org.schemadiscovery.tck.TestDatabaseServer;

/**
 * PostgreSQL for the compatibility kit: creates {@code CREATE DATABASE <name>} through the server URL's maintenance
 * database and drops it {@code WITH (FORCE)}. The server URL names a database to connect to for that, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}; nothing else on the server is touched.
 */
final class PostgresTestServer implements TestDatabaseServer {
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

    /** Checksums of the catalog rows of user objects (with their xmin, so any rewrite shows) and of column comments. */
    private static final String CATALOG_FINGERPRINT = """
            SELECT md5(coalesce(string_agg(x, '|' ORDER BY x), '')) FROM (
              SELECT 'c:' || c.oid || ':' || c.xmin || ':' || c.relname || ':' || c.relkind::text || ':'
                     || c.relfilenode
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
              UNION ALL SELECT 'a:' || a.attrelid || ':' || a.attnum || ':' || a.xmin || ':' || a.attname
                FROM pg_attribute a WHERE a.attrelid >= 16384
              UNION ALL SELECT 'k:' || k.oid || ':' || k.xmin || ':' || k.conname FROM pg_constraint k
               WHERE k.oid >= 16384
              UNION ALL SELECT 'n:' || n.oid || ':' || n.xmin || ':' || n.nspname FROM pg_namespace n
              UNION ALL SELECT 'p:' || p.oid || ':' || p.xmin || ':' || p.proname FROM pg_proc p WHERE p.oid >= 16384
              UNION ALL SELECT 't:' || t.oid || ':' || t.xmin || ':' || t.typname FROM pg_type t WHERE t.oid >= 16384
              UNION ALL SELECT 'd:' || d.objoid || ':' || d.objsubid || ':' || d.description FROM pg_description d
               WHERE d.objoid >= 16384
            ) f(x)""";
    private static final String USER_TABLES = """
            SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1""";

    @Override
    public String dialect() {
        return "postgresql";
    }

    @Override
    public List<String> localDefaultUrls() {
        return List.of("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&connectTimeout=5");
    }

    @Override
    public TestDatabase create(String serverUrl, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new PostgresDatabase(name, withDatabase(serverUrl, name), serverUrl);
    }

    @Override
    public String missingDatabaseUrl(String serverUrl) {
        return withDatabase(serverUrl, "tck_missing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    static String withDatabase(String serverUrl, String database) {
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/database[?...] URL: " + serverUrl);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** One database on the server. */
    static final class PostgresDatabase extends JdbcTestDatabase {
        private final String serverUrl;

        PostgresDatabase(String name, String url, String serverUrl) {
            super(name, url, null);
            this.serverUrl = serverUrl;
        }

        /** Every transaction read-only by default: the server refuses DML, DDL, nextval and DO blocks. */
        @Override
        public Properties readOnlyProperties() {
            Properties p = properties();
            p.setProperty("options", "-c default_transaction_read_only=on");
            return p;
        }

        /** PostgreSQL keeps no per-session statement count here: pgjdbc's wire trace stands in for it. */
        @Override
        public Optional<SentStatements> sentStatements(Connection session) {
            return Optional.of(PgWireLog.start());
        }

        @Override
        public String fingerprint() throws SQLException {
            StringBuilder sb = new StringBuilder();
            try (Connection c = connect(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery(CATALOG_FINGERPRINT)) {
                    rs.next();
                    sb.append("catalog ").append(rs.getString(1)).append('\n');
                }
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(USER_TABLES)) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, ','"
                            + " ORDER BY t::text), '')) FROM " + table + " t")) {
                        rs.next();
                        sb.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2))
                                .append('\n');
                    }
                }
            }
            return sb.toString();
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
            }
        }
    }
}
