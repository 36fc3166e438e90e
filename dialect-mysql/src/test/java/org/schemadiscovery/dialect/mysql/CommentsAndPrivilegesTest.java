package org.schemadiscovery.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.DdlOptions;
import org.schemadiscovery.tck.TestDatabase;

/**
 * Comments of indexes and routines, and privileges from information_schema and mysql.procs_priv. Accounts are
 * server-wide: each test creates uniquely named ones and drops them after, also on failure.
 */
@DisplayName("comments and privileges: read set-based, written by ddl --privileges")
class CommentsAndPrivilegesTest {
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String reader = "'sd_my_" + tag + "_r'@'%'";
    private final String writer = "'sd_my_" + tag + "_w'@'%'";

    @BeforeEach
    void createAccounts() throws Exception {
        admin("CREATE USER " + reader, "CREATE USER " + writer);
    }

    @AfterEach
    void dropAccounts() throws Exception {
        admin("DROP USER IF EXISTS " + reader, "DROP USER IF EXISTS " + writer);
    }

    private static void admin(String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection(LocalDatabases.serverUrl()); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private List<String> grants(String db) {
        return List.of("GRANT SELECT ON `" + db + "`.* TO " + reader,
                "GRANT SELECT ON `" + db + "`.account TO " + reader,
                "GRANT UPDATE (email, id) ON `" + db + "`.account TO " + writer + " WITH GRANT OPTION",
                "GRANT SELECT ON `" + db + "`.emails TO " + writer,
                "GRANT EXECUTE ON FUNCTION `" + db + "`.greet TO " + reader,
                "GRANT EXECUTE, ALTER ROUTINE ON PROCEDURE `" + db + "`.cleanup TO " + writer + " WITH GRANT OPTION");
    }

    private static final List<String> OBJECTS = List.of(
            "CREATE TABLE account (id int PRIMARY KEY, email varchar(200), KEY by_email (email) COMMENT 'lookups')",
            "CREATE VIEW emails AS SELECT email FROM account",
            "CREATE FUNCTION greet() RETURNS varchar(10) COMMENT 'says hello' RETURN 'hi'",
            "CREATE PROCEDURE cleanup() COMMENT 'nightly' SELECT 1");

    @Test
    @DisplayName("index and routine comments, routine definers, and grants on databases, tables, views, columns"
            + " and routines are discovered")
    void discovered() throws Exception {
        try (LocalDatabases dbs = new LocalDatabases()) {
            TestDatabase db = dbs.create(OBJECTS);
            db.execute(grants(db.name()));

            SchemaInfo s = LocalDatabases.discovery().discover(db.jdbcUrl(), db.properties());

            assertThat(s.warnings()).isEmpty();
            assertThat(s.schemaDetails()).containsExactly(new SchemaDetails(db.name(), null, null,
                    List.of(Privilege.of(reader, "SELECT", false))));
            TableInfo account = s.table("account").orElseThrow();
            assertThat(account.privileges()).containsExactly(Privilege.of(reader, "SELECT", false),
                    new Privilege(writer, "UPDATE", true, List.of("id", "email")));
            assertThat(account.indexes()).extracting(IndexInfo::name, IndexInfo::comment)
                    .contains(org.assertj.core.groups.Tuple.tuple("by_email", "lookups"));
            assertThat(s.views().get(0).privileges()).containsExactly(Privilege.of(writer, "SELECT", false));
            RoutineInfo greet = routine(s, "greet");
            assertThat(greet.comment()).isEqualTo("says hello");
            assertThat(greet.owner()).as("the definer").isNotNull();
            assertThat(greet.privileges()).containsExactly(Privilege.of(reader, "EXECUTE", false));
            assertThat(routine(s, "cleanup").privileges()).containsExactly(
                    Privilege.of(writer, "ALTER ROUTINE", true), Privilege.of(writer, "EXECUTE", true));
        }
    }

    @Test
    @DisplayName("the same statement texts for 2 and 30 tables with grants and index comments")
    void setBased() throws Exception {
        try (LocalDatabases dbs = new LocalDatabases()) {
            TestDatabase small = dbs.create(List.of());
            TestDatabase large = dbs.create(List.of());
            small.execute(annotated(small.name(), 2));
            large.execute(annotated(large.name(), 30));

            SchemaInfo a = LocalDatabases.discovery().discover(small.jdbcUrl(), small.properties());
            SchemaInfo b = LocalDatabases.discovery().discover(large.jdbcUrl(), large.properties());

            assertThat(b.tables()).hasSize(30).allSatisfy(t -> {
                assertThat(t.privileges()).containsExactly(Privilege.of(reader, "SELECT", false));
                assertThat(t.indexes()).extracting(IndexInfo::comment).containsOnly("index of " + t.ref().name());
            });
            assertThat(b.metrics().statementTexts()).isEqualTo(a.metrics().statementTexts());
        }
    }

    private List<String> annotated(String db, int n) {
        List<String> sql = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sql.add("CREATE TABLE t" + i + " (id int, KEY k (id) COMMENT 'index of t" + i + "')");
            sql.add("GRANT SELECT ON `" + db + "`.t" + i + " TO " + reader);
        }
        return sql;
    }

    @Test
    @DisplayName("ddl --privileges into a fresh database where the accounts exist: the same grants and comments")
    void roundTrip() throws Exception {
        try (LocalDatabases dbs = new LocalDatabases()) {
            TestDatabase source = dbs.create(OBJECTS);
            source.execute(grants(source.name()));
            SchemaInfo first = LocalDatabases.discovery().discover(source.jdbcUrl(), source.properties());
            List<String> script = new MysqlDdlRenderer().script(first, new DdlOptions(true, true));
            assertThat(new MysqlDdlRenderer().script(first)).noneMatch(st -> st.startsWith("GRANT "));
            assertThat(script).contains("GRANT SELECT ON * TO " + reader,
                    "GRANT UPDATE (`id`, `email`) ON `account` TO " + writer + " WITH GRANT OPTION");

            TestDatabase target = dbs.create(List.of("SELECT 1"));
            target.execute(script);
            SchemaInfo second = LocalDatabases.discovery().discover(target.jdbcUrl(), target.properties());

            assertThat(second.schemaDetails()).extracting(SchemaDetails::privileges)
                    .isEqualTo(first.schemaDetails().stream().map(SchemaDetails::privileges).toList());
            assertThat(second.tables()).extracting(t -> t.ref().name(), TableInfo::privileges)
                    .isEqualTo(first.tables().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.ref().name(),
                            t.privileges())).toList());
            assertThat(second.table("account").orElseThrow().indexes())
                    .isEqualTo(first.table("account").orElseThrow().indexes().stream()
                            .map(i -> i.toBuilder().table(second.table("account").orElseThrow().ref()).build())
                            .toList());
            assertThat(second.views()).extracting(v -> v.privileges())
                    .isEqualTo(first.views().stream().map(v -> v.privileges()).toList());
            assertThat(second.routines()).extracting(r -> r.ref().name(), RoutineInfo::comment,
                    RoutineInfo::privileges).isEqualTo(first.routines().stream().map(r -> org.assertj.core.groups
                    .Tuple.tuple(r.ref().name(), r.comment(), r.privileges())).toList());
        }
    }

    private static RoutineInfo routine(SchemaInfo s, String name) {
        return s.routines().stream().filter(r -> r.ref().name().equals(name)).findFirst().orElseThrow();
    }
}
