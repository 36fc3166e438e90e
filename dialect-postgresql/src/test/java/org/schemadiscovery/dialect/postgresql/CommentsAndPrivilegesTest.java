package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DdlOptions;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;
import org.schemadiscovery.dialect.postgresql.support.RoundTripModels;

@DisplayName("comments, owners and privileges: read set-based, written by ddl --owners --privileges")
class CommentsAndPrivilegesTest {

    /** A schema with a comment, owner and grant on every kind; roles are the database's own (see createRole). */
    private static List<String> fixture(String owner, String reader) {
        return List.of(
                "CREATE SCHEMA app AUTHORIZATION " + owner,
                "COMMENT ON SCHEMA app IS 'the application'",
                "GRANT USAGE ON SCHEMA app TO " + reader,
                "CREATE TABLE app.account (id int PRIMARY KEY, email text, CONSTRAINT positive CHECK (id > 0))",
                "COMMENT ON CONSTRAINT positive ON app.account IS 'ids start at 1'",
                "COMMENT ON INDEX app.account_pkey IS 'the key''s index'",
                "CREATE INDEX account_email ON app.account (email)",
                "COMMENT ON INDEX app.account_email IS 'lookups by email'",
                "GRANT SELECT ON app.account TO " + reader,
                "GRANT UPDATE (email, id) ON app.account TO " + reader + " WITH GRANT OPTION",
                "ALTER TABLE app.account OWNER TO " + owner,
                "CREATE VIEW app.emails AS SELECT email FROM app.account",
                "GRANT SELECT ON app.emails TO PUBLIC",
                "CREATE SEQUENCE app.ticket",
                "COMMENT ON SEQUENCE app.ticket IS 'ticket numbers'",
                "ALTER SEQUENCE app.ticket OWNER TO " + owner,
                "GRANT USAGE ON SEQUENCE app.ticket TO " + reader,
                "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
                "CREATE FUNCTION app.greet(who text DEFAULT 'you, there', n int DEFAULT 1) RETURNS text"
                        + " LANGUAGE sql AS 'SELECT ''hi '' || who'",
                "COMMENT ON FUNCTION app.greet(text, int) IS 'says hello'",
                "ALTER FUNCTION app.greet(text, int) OWNER TO " + owner,
                "REVOKE EXECUTE ON FUNCTION app.greet(text, int) FROM PUBLIC",
                "GRANT EXECUTE ON FUNCTION app.greet(text, int) TO " + reader,
                "CREATE PROCEDURE app.cleanup() LANGUAGE sql AS 'SELECT 1'",
                "COMMENT ON PROCEDURE app.cleanup() IS 'nightly'",
                "CREATE TRIGGER account_touch BEFORE UPDATE ON app.account FOR EACH ROW EXECUTE FUNCTION app.touch()",
                "COMMENT ON TRIGGER account_touch ON app.account IS 'keeps it fresh'",
                "ALTER TABLE app.account ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY own ON app.account USING (true)",
                "COMMENT ON POLICY own ON app.account IS 'everyone, for now'");
    }

    @Test
    @DisplayName("every kind's comment, owner and privileges are discovered")
    void discovered() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            String owner = db.createRole("owner");
            String reader = db.createRole("reader");
            db.exec(fixture(owner, reader));

            SchemaInfo s = Discovery.discover(db);

            assertThat(s.warnings()).isEmpty();
            assertThat(s.schemaDetails()).filteredOn(d -> d.name().equals("app")).containsExactly(
                    new SchemaDetails("app", owner, "the application", List.of(Privilege.of(reader, "USAGE", false))));
            TableInfo account = s.table(TableRef.of("app", "account")).orElseThrow();
            assertThat(account.owner()).isEqualTo(owner);
            assertThat(account.privileges()).containsExactly(
                    Privilege.of(reader, "SELECT", false),
                    new Privilege(reader, "UPDATE", true, List.of("id", "email")));
            assertThat(account.indexes()).extracting(i -> i.name() + ": " + i.comment()).containsExactly(
                    "account_email: lookups by email", "account_pkey: the key's index");
            assertThat(account.constraints()).filteredOn(c -> "positive".equals(c.name()))
                    .extracting(ConstraintInfo::comment).containsExactly("ids start at 1");
            assertThat(account.triggers()).extracting(t -> t.comment()).containsExactly("keeps it fresh");
            assertThat(account.policies()).extracting(p -> p.comment()).containsExactly("everyone, for now");
            ViewInfo emails = s.views().get(0);
            assertThat(emails.privileges()).containsExactly(Privilege.of("PUBLIC", "SELECT", false));
            SequenceInfo ticket = s.sequences().get(0);
            assertThat(ticket).extracting(SequenceInfo::owner, SequenceInfo::comment, SequenceInfo::privileges)
                    .containsExactly(owner, "ticket numbers", List.of(Privilege.of(reader, "USAGE", false)));
            RoutineInfo greet = routine(s, "greet");
            assertThat(greet).extracting(RoutineInfo::owner, RoutineInfo::comment, RoutineInfo::privileges)
                    .containsExactly(owner, "says hello", List.of(Privilege.of(reader, "EXECUTE", false)));
            assertThat(routine(s, "touch").privileges()).as("the default grant to PUBLIC")
                    .containsExactly(Privilege.of("PUBLIC", "EXECUTE", false));
            assertThat(routine(s, "cleanup").comment()).isEqualTo("nightly");
            JsonCodec codec = new JsonCodec();
            assertThat(codec.read(codec.write(s))).as("JSON round trip").isEqualTo(s);
        }
    }

    @Test
    @DisplayName("two statements read them all: the same statement texts for 2 and 40 annotated tables")
    void setBased() throws Exception {
        try (PgDatabase small = PgDatabase.create(); PgDatabase large = PgDatabase.create()) {
            String smallReader = small.createRole("reader");
            String largeReader = large.createRole("reader");
            small.exec(annotatedTables(2, smallReader));
            large.exec(annotatedTables(40, largeReader));

            SchemaInfo a = Discovery.discover(small);
            SchemaInfo b = Discovery.discover(large);

            assertThat(b.tables()).hasSize(40).allSatisfy(t -> {
                assertThat(t.privileges()).containsExactly(Privilege.of(largeReader, "SELECT", false));
                assertThat(t.indexes()).allSatisfy(i -> assertThat(i.comment()).startsWith("index of"));
            });
            assertThat(Discovery.statementTexts(b)).isEqualTo(Discovery.statementTexts(a));
        }
    }

    private static List<String> annotatedTables(int n, String reader) {
        List<String> sql = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sql.add("CREATE TABLE t" + i + " (id int PRIMARY KEY)");
            sql.add("COMMENT ON INDEX t" + i + "_pkey IS 'index of t" + i + "'");
            sql.add("GRANT SELECT ON t" + i + " TO " + reader);
            sql.add("CREATE SEQUENCE s" + i);
            sql.add("COMMENT ON SEQUENCE s" + i + " IS 'sequence " + i + "'");
        }
        return sql;
    }

    @Test
    @DisplayName("ddl --owners --privileges into a fresh database where the roles exist: an equal model")
    void roundTrip() throws Exception {
        try (PgDatabase source = PgDatabase.create(); PgDatabase target = PgDatabase.create()) {
            String owner = source.createRole("owner");
            String reader = source.createRole("reader");
            source.exec(fixture(owner, reader));
            SchemaInfo first = Discovery.discover(source);
            List<String> script = new PostgresDdlRenderer().script(first, new DdlOptions(true, true));
            assertThat(script).contains("ALTER SCHEMA app OWNER TO " + owner,
                    "COMMENT ON FUNCTION app.greet(who text, n integer) IS 'says hello'",
                    "REVOKE EXECUTE ON FUNCTION app.greet(who text, n integer) FROM PUBLIC",
                    "GRANT UPDATE (id, email) ON TABLE app.account TO " + reader + " WITH GRANT OPTION");
            assertThat(new PostgresDdlRenderer().script(first)).as("neither owners nor grants unless asked")
                    .noneMatch(st -> st.contains(" OWNER TO ") || st.startsWith("GRANT ") || st.startsWith("REVOKE "));

            target.exec(script);
            SchemaInfo second = Discovery.discover(target);

            RoundTripModels.assertSameSchema(second, first);
            assertThat(second.schemaDetails()).isEqualTo(first.schemaDetails());
            assertThat(second.tables()).isEqualTo(first.tables());
            assertThat(second.views()).isEqualTo(first.views());
            assertThat(second.sequences()).isEqualTo(first.sequences());
            assertThat(second.routines()).isEqualTo(first.routines());
        }
    }

    private static RoutineInfo routine(SchemaInfo s, String name) {
        return s.routines().stream().filter(r -> r.ref().name().equals(name)).findFirst().orElseThrow();
    }
}
