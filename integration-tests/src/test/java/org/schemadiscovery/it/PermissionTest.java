package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;

/** Scenario 4: a schema the role has no USAGE on is a warning naming it; the other schemas are discovered. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("permission denied on a schema")
class PermissionTest {
    private PgDatabase db;
    private String analyst;
    private SchemaInfo asSuperuser;
    private final SchemaDiscovery sd = Plugins.both().build();

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
        db.exec("CREATE SCHEMA secret",
                "CREATE TABLE secret.salary (customer_id integer PRIMARY KEY REFERENCES app.customer (id),"
                        + " amount numeric(12,2) NOT NULL)",
                "CREATE INDEX salary_amount ON secret.salary (amount)",
                "CREATE VIEW secret.payroll AS SELECT sum(amount) AS total FROM secret.salary");
        analyst = db.createRole("analyst");
        db.exec("GRANT USAGE ON SCHEMA app TO " + analyst,
                "REVOKE ALL ON SCHEMA secret FROM PUBLIC",
                "REVOKE ALL ON SCHEMA secret FROM " + analyst);
        asSuperuser = sd.discover(db.url());
        assertThat(asSuperuser.warnings()).isEmpty();
        assertThat(asSuperuser.schemas()).containsExactly("app", "public", "secret");
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    @DisplayName("no USAGE on schema secret: one PERMISSION warning naming it, app and public as the superuser"
            + " sees them")
    void revokedUsage() throws SQLException {
        try (Connection c = db.connectAs(analyst); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM secret.salary"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for schema secret");
        }

        SchemaInfo s = sd.discover(db.bareUrl(), PgDatabase.as(analyst, "sd_it_analyst"));

        assertThat(s.warnings()).as("warnings").hasSize(1);
        DiscoveryWarning w = s.warnings().get(0);
        assertThat(w.errorClass()).isEqualTo(ErrorClass.PERMISSION);
        assertThat(w.object()).isEqualTo("secret");
        assertThat(w.message()).contains("secret");
        // everything outside the schema is exactly what the superuser sees
        ModelChecks.assertSame(
                s.tables().stream().filter(t -> !t.ref().schema().equals("secret")).toList(),
                ModelChecks.withoutSequenceValues(asSuperuser).tables().stream()
                        .filter(t -> !t.ref().schema().equals("secret")).toList(),
                "tables outside secret");
        ModelChecks.assertSame(s.views().stream().filter(v -> !v.ref().schema().equals("secret")).toList(),
                asSuperuser.views().stream().filter(v -> !v.ref().schema().equals("secret")).toList(),
                "views outside secret");
        ModelChecks.assertSame(s.types(), asSuperuser.types(), "types");
        ModelChecks.assertSame(s.routines(), asSuperuser.routines(), "routines");
        assertThat(s.tables()).extracting(TableInfo::ref).extracting(r -> r.schema()).contains("app", "public");
        ModelChecks.assertConsistent(s);
    }

    @Test
    @DisplayName("a catalog query the role may not run (pg_authid, SQLSTATE 42501): a PERMISSION warning for that"
            + " phase, the other phases complete")
    void permissionDeniedQuery() throws SQLException {
        List<SQLException> raised = new CopyOnWriteArrayList<>();
        ConstraintDiscovery needsSuperuser = new ConstraintDiscovery() {
            @Override
            public String dialect() {
                return "postgresql";
            }

            @Override
            public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                try (Statement st = session.connection().createStatement();
                     ResultSet rs = st.executeQuery("SELECT rolname FROM pg_catalog.pg_authid")) {
                    rs.next();
                } catch (SQLException e) {
                    raised.add(e);
                    throw e;
                }
                return Discovered.empty();
            }
        };
        SchemaDiscovery restricted = SchemaDiscovery.builder().loadServices(false)
                .register(new PostgresDiscoveryStrategy())
                .register(new PostgresIndexDiscovery())
                .register(needsSuperuser)
                .build();

        // A role that may use every schema but not read pg_authid: only the constraints phase is denied.
        String auditor = db.createRole("auditor");
        db.exec("GRANT USAGE ON SCHEMA app, secret TO " + auditor);
        SchemaInfo s = restricted.discover(db.bareUrl(), PgDatabase.as(auditor, "sd_it_auditor"));

        assertThat(raised).extracting(SQLException::getSQLState).containsExactly("42501");
        assertThat(s.warnings()).extracting(DiscoveryWarning::object, DiscoveryWarning::phase,
                DiscoveryWarning::errorClass).containsExactly(tuple("constraints", "constraints",
                ErrorClass.PERMISSION));
        assertThat(s.warnings().get(0).message()).contains("permission denied");
        assertThat(s.tables()).allSatisfy(t -> assertThat(t.constraints()).isEmpty());
        assertThat(s.relationships()).isEmpty();
        // tables, columns and indexes are all there
        SchemaInfo expected = ModelChecks.withoutSequenceValues(asSuperuser);
        assertThat(s.tables()).extracting(TableInfo::ref)
                .isEqualTo(expected.tables().stream().map(TableInfo::ref).toList());
        ModelChecks.assertSame(s.tables(), expected.tables().stream().map(t -> t.withConstraints(List.of())).toList(),
                "tables without their constraints");
        ModelChecks.assertSame(s.views(), asSuperuser.views(), "views");
    }
}
