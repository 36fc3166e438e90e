package org.schemadiscovery.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.dialect.mysql.tck.MysqlTestServer;
import org.schemadiscovery.tck.TestDatabase;

@DisplayName("session: snapshot, statements, jdbc:mysql URLs, and what information_schema hides")
class SessionTest {
    private static final List<String> SHOP = List.of(
            "CREATE TABLE parent (id int NOT NULL PRIMARY KEY)",
            "CREATE TABLE child (id int NOT NULL PRIMARY KEY, parent_id int NULL,"
                    + " CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id))",
            "CREATE VIEW child_view AS SELECT id FROM child");

    private final LocalDatabases databases = new LocalDatabases();

    @AfterEach
    void drop() throws Exception {
        databases.close();
    }

    @Test
    @DisplayName("a run is one read-only snapshot: START TRANSACTION first, ROLLBACK last, a fixed list between")
    void statementTexts() throws Exception {
        TestDatabase db = databases.create(SHOP);
        List<String> texts = LocalDatabases.discovery().discover(db.jdbcUrl(), db.properties()).metrics()
                .statementTexts();
        assertThat(texts.get(0)).isEqualTo("START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT");
        assertThat(texts.get(texts.size() - 1)).isEqualTo("ROLLBACK");
        assertThat(texts.stream().map(SessionTest::catalogView))
                .containsExactly("START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT", "PROBE", "SCHEMATA",
                        "PRIVILEGES", "mysql.procs_priv", "TABLES", "COLUMNS", "TRIGGERS", "VIEWS", "ROUTINES", "STATISTICS", "TABLE_CONSTRAINTS",
                        "KEY_COLUMN_USAGE", "REFERENTIAL_CONSTRAINTS", "CHECK_CONSTRAINTS", "ROLLBACK");
    }

    /**
     * The information_schema view a statement reads, PRIVILEGES for the privilege views, mysql.procs_priv for the
     * routine privileges, PROBE for the settings query, else the text.
     */
    private static String catalogView(String text) {
        if (text.contains("information_schema.SCHEMA_PRIVILEGES")) {
            return "PRIVILEGES";
        }
        if (text.contains("FROM mysql.procs_priv")) {
            return "mysql.procs_priv";
        }
        if (text.contains("information_schema.")) {
            return text.replaceAll("(?s).*information_schema\\.(\\w+).*", "$1");
        }
        return text.startsWith("SELECT DATABASE()") ? "PROBE" : text;
    }

    @Test
    @DisplayName("a connection in a transaction of its own is read inside it: no START TRANSACTION, no ROLLBACK")
    void callersTransaction() throws Exception {
        TestDatabase db = databases.create(List.of("CREATE TABLE t (id int NOT NULL PRIMARY KEY)"));
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO t VALUES (1)");
            }
            SchemaInfo s = LocalDatabases.discovery().discover(c);
            assertThat(s.metrics().statementTexts()).noneMatch(t -> t.startsWith("START") || t.equals("ROLLBACK"));
            assertThat(s.capabilities().settings().get("snapshot")).isEqualTo("the caller's transaction");
            c.commit();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the caller's insert survived discovery").isEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName("jdbc:mysql: URLs work when they carry permitMysqlScheme")
    void mysqlScheme() throws Exception {
        TestDatabase db = databases.create(SHOP);
        String url = db.jdbcUrl().replace("jdbc:mariadb:", "jdbc:mysql:") + "&permitMysqlScheme";
        SchemaInfo s = LocalDatabases.discovery().discover(url, new Properties());
        assertThat(s.identity().dialect()).isEqualTo("mysql");
        assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("child", "parent");
    }

    @Test
    @DisplayName("an account without privileges: hidden tables stay hidden, but a foreign key to one and a hidden"
            + " view definition are warnings")
    void hiddenObjects() throws Exception {
        TestDatabase db = databases.create(SHOP);
        db.execute(List.of("CREATE FUNCTION plus_one(a int) RETURNS int DETERMINISTIC RETURN a + 1"));
        String user = "sd_my_u_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String password = "pw" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(LocalDatabases.serverUrl());
             Statement st = admin.createStatement()) {
            st.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
            try {
                st.execute("GRANT SELECT ON `" + db.name() + "`.`child` TO '" + user + "'@'%'");
                st.execute("GRANT SELECT ON `" + db.name() + "`.`child_view` TO '" + user + "'@'%'");
                st.execute("GRANT EXECUTE ON FUNCTION `" + db.name() + "`.`plus_one` TO '" + user + "'@'%'");
                Properties login = new Properties();
                login.setProperty("user", user);
                login.setProperty("password", password);
                String url = MysqlTestServer.withDatabase(LocalDatabases.serverUrl().replaceAll("\\?.*$", ""), db.name());
                SchemaInfo s = LocalDatabases.discovery().discover(url, login);
                assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("child");
                TableInfo child = s.tables().get(0);
                assertThat(child.foreignKeys()).extracting(fk -> fk.referencedTable().name())
                        .containsExactly("parent");
                assertThat(s.warnings()).extracting(DiscoveryWarning::object, DiscoveryWarning::phase,
                                DiscoveryWarning::errorClass)
                        .containsExactlyInAnyOrder(
                                tuple("mysql.procs_priv", "routines", ErrorClass.PERMISSION),
                                tuple(db.name() + ".child_view", "views",
                                        ErrorClass.PERMISSION),
                                tuple(db.name() + ".plus_one", "routines",
                                        ErrorClass.PERMISSION),
                                tuple(db.name() + ".child", "constraints",
                                        ErrorClass.PERMISSION),
                                tuple(db.name() + ".child.child_parent_fk",
                                        "constraints", ErrorClass.PERMISSION));
                assertThat(s.views()).singleElement().satisfies(v -> assertThat(v.definition()).isNull());
                assertThat(s.routines()).singleElement().satisfies(r -> {
                    assertThat(r.arguments()).isEqualTo("a int(11)");
                    assertThat(r.definition()).isNull();
                });
            } finally {
                st.execute("DROP USER '" + user + "'@'%'");
            }
        }
    }
}
