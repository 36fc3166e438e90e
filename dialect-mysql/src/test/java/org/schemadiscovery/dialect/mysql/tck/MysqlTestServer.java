package org.schemadiscovery.dialect.mysql.tck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.dialect.mysql.MysqlDialect;
import org.schemadiscovery.dialect.mysql.catalog.ServerVersion;
import org.schemadiscovery.tck.JdbcTestDatabase;
import org.schemadiscovery.tck.SentStatements;
import org.schemadiscovery.tck.TestDatabase;
import org.schemadiscovery.tck.TestDatabaseServer;

/**
 * MariaDB or MySQL for the kit: the local server at 127.0.0.1:3306 (user root, no password) unless
 * {@code SCHEMA_DISCOVERY_TCK_MYSQL_URL} names another, e.g. {@code jdbc:mysql://db:3306/?permitMysqlScheme&user=u&password=p}.
 * Every test database is {@code sd_my_<kit name>}, dropped after the test.
 */
public final class MysqlTestServer implements TestDatabaseServer {
    /** The local default server. */
    public static final String LOCAL = "jdbc:mariadb://127.0.0.1:3306/?user=root";
    /** The environment variable the kit reads for this dialect. */
    static final String ENVIRONMENT = "SCHEMA_DISCOVERY_TCK_MYSQL_URL";
    private static final String PREFIX = "sd_my_";

    @Override
    public String dialect() {
        return MysqlDialect.ID;
    }

    @Override
    public List<String> localDefaultUrls() {
        return List.of(LOCAL);
    }

    @Override
    public TestDatabase create(String serverUrl, String name) throws SQLException {
        String database = name.startsWith(PREFIX) ? name : PREFIX + name;
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE `" + database + "`");
        }
        return new MysqlDatabase(database, withDatabase(serverUrl, database), serverUrl);
    }

    @Override
    public String missingDatabaseUrl(String serverUrl) {
        return withDatabase(serverUrl, PREFIX + "missing_" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 12));
    }

    /** The server URL with its database part replaced: {@code jdbc:x://host:port/<database>?params}. */
    public static String withDatabase(String serverUrl, String database) {
        int hosts = serverUrl.indexOf("//");
        int slash = serverUrl.indexOf('/', hosts + 2);
        int query = serverUrl.indexOf('?', hosts + 2);
        String head = slash < 0 || (query >= 0 && query < slash)
                ? serverUrl.substring(0, query < 0 ? serverUrl.length() : query) : serverUrl.substring(0, slash);
        String tail = query < 0 ? "" : serverUrl.substring(query);
        return head + "/" + database + tail;
    }

    /** Flavor and version of the server the kit will use (the environment's or the local one), for the fixtures. */
    public static ServerVersion detect() {
        String env = System.getenv(ENVIRONMENT);
        String url = env == null || env.isBlank() ? LOCAL : env.strip();
        try (Connection c = DriverManager.getConnection(url)) {
            DatabaseMetaData md = c.getMetaData();
            return ServerVersion.of(new DatabaseIdentity(md.getDatabaseProductName(), md.getDatabaseProductVersion(),
                    md.getDatabaseMajorVersion(), md.getDatabaseMinorVersion(), "", url, null));
        } catch (SQLException e) {
            // no server: the kit fails each test with its own message; the fixtures only need some version
            return new ServerVersion(ServerVersion.Flavor.MARIADB, 10, 11, 0);
        }
    }

    /** One database; the fingerprint covers its catalog rows and a checksum of every table's data. */
    static final class MysqlDatabase extends JdbcTestDatabase {
        private static final List<String> CATALOG = List.of(
                "SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, AUTO_INCREMENT, CREATE_OPTIONS, TABLE_COMMENT"
                        + " FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME",
                "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE,"
                        + " COLLATION_NAME, EXTRA, COLUMN_COMMENT FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION",
                "SELECT TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE, COLLATION, SUB_PART"
                        + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?"
                        + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
                "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                        + " WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME",
                "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?"
                        + " ORDER BY TABLE_NAME",
                "SELECT TRIGGER_NAME, ACTION_STATEMENT, CREATED FROM information_schema.TRIGGERS"
                        + " WHERE TRIGGER_SCHEMA = ? ORDER BY TRIGGER_NAME",
                "SELECT ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION, LAST_ALTERED FROM information_schema.ROUTINES"
                        + " WHERE ROUTINE_SCHEMA = ? ORDER BY ROUTINE_NAME, ROUTINE_TYPE");

        private final String serverUrl;

        MysqlDatabase(String name, String url, String serverUrl) {
            super(name, url, null);
            this.serverUrl = serverUrl;
        }

        /** A read-only session from the first statement on: the server refuses DML and DDL alike. */
        @Override
        public Properties readOnlyProperties() {
            Properties p = properties();
            p.setProperty("initSql", "SET SESSION TRANSACTION READ ONLY");
            return p;
        }

        /**
         * The server's own count: session status {@code Questions} counts every statement the session received,
         * including the {@code SHOW} that reads it, so one is subtracted for the closing read.
         */
        @Override
        public Optional<SentStatements> sentStatements(Connection session) throws SQLException {
            long start = questions(session);
            return Optional.of(() -> questions(session) - start - 1);
        }

        private static long questions(Connection session) throws SQLException {
            try (Statement st = session.createStatement();
                 ResultSet rs = st.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
                rs.next();
                return rs.getLong(2);
            }
        }

        @Override
        public String fingerprint() throws SQLException, NoSuchAlgorithmException {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> tables = new ArrayList<>();
            try (Connection c = connect()) {
                for (String sql : CATALOG) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, name());
                        try (ResultSet rs = ps.executeQuery()) {
                            ResultSetMetaData md = rs.getMetaData();
                            while (rs.next()) {
                                StringBuilder row = new StringBuilder();
                                for (int i = 1; i <= md.getColumnCount(); i++) {
                                    row.append(rs.getString(i)).append('\u0001');
                                }
                                digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
                                if (sql.contains("information_schema.TABLES") && "BASE TABLE".equals(rs.getString(2))) {
                                    tables.add(rs.getString(1));
                                }
                            }
                        }
                    }
                }
                if (!tables.isEmpty()) {
                    String list = String.join(", ", tables.stream().map(t -> "`" + t.replace("`", "``") + "`")
                            .toList());
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("CHECKSUM TABLE "
                            + list + " EXTENDED")) {
                        while (rs.next()) {
                            digest.update((rs.getString(1) + "=" + rs.getString(2)).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + name() + "`");
            }
        }
    }
}
