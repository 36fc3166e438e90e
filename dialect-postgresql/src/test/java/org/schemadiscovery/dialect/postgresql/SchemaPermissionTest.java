package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("permissions: a schema the role has no USAGE on is a warning, and none of its objects is read")
class SchemaPermissionTest {

    @Test
    @DisplayName("no USAGE on secret: one PERMISSION warning naming it, its objects and foreign keys into it left out,"
            + " the same statement texts as the superuser's run")
    void revokedUsage() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE SCHEMA app", "CREATE TABLE app.customer (id int PRIMARY KEY, name text NOT NULL)",
                    "CREATE SCHEMA secret", "CREATE TYPE secret.level AS ENUM ('low', 'high')",
                    "CREATE SEQUENCE secret.seq",
                    "CREATE TABLE secret.salary (customer_id int PRIMARY KEY REFERENCES app.customer (id),"
                            + " amount numeric(12,2) NOT NULL DEFAULT 0 CHECK (amount >= 0), lvl secret.level)",
                    "CREATE INDEX salary_amount ON secret.salary (amount)",
                    "CREATE VIEW secret.payroll AS SELECT sum(amount) AS total FROM secret.salary",
                    "CREATE FUNCTION secret.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                    "CREATE TABLE app.bonus (id int PRIMARY KEY, customer_id int REFERENCES secret.salary)");
            String reader = db.createRole("reader");
            db.exec("GRANT USAGE ON SCHEMA app TO " + reader, "REVOKE ALL ON SCHEMA secret FROM PUBLIC");

            SchemaInfo all = Discovery.discover(db);
            assertThat(all.warnings()).isEmpty();
            assertThat(all.schemas()).containsExactly("app", "public", "secret");
            assertThat(all.tables()).extracting(t -> t.ref().displayName())
                    .containsExactly("app.bonus", "app.customer", "secret.salary");

            SchemaInfo s = Discovery.facade(DiscoveryOptions.defaults()).discover(db.urlAs(reader));

            assertThat(s.warnings()).extracting(DiscoveryWarning::object, DiscoveryWarning::phase,
                    DiscoveryWarning::errorClass).containsExactly(tuple("secret", "schemas", ErrorClass.PERMISSION));
            assertThat(s.warnings().get(0).message()).isEqualTo("schema secret not read: the role has no USAGE"
                    + " privilege on it, so its tables, views, sequences, types, routines, indexes and constraints"
                    + " (and foreign keys referencing its tables) were skipped");
            assertThat(s.schemas()).containsExactly("app", "public");
            assertThat(s.tables()).extracting(t -> t.ref().displayName())
                    .containsExactly("app.bonus", "app.customer");
            assertThat(s.views()).isEmpty();
            assertThat(s.sequences()).isEmpty();
            assertThat(s.types()).isEmpty();
            assertThat(s.routines()).isEmpty();
            TableInfo bonus = s.tables().get(0);
            assertThat(bonus.constraints()).extracting(ConstraintInfo::name).containsExactly("bonus_pkey");
            assertThat(bonus.indexes()).extracting(i -> i.name()).containsExactly("bonus_pkey");
            assertThat(s.tables().get(1)).isEqualTo(all.tables().get(1));
            assertThat(s.relationships()).isEmpty();
            // the revoked schema is filtered by the statements, not by building different ones
            assertThat(Discovery.statementTexts(s)).isEqualTo(Discovery.statementTexts(all));

            db.exec("GRANT USAGE ON SCHEMA secret TO " + reader);
            SchemaInfo granted = Discovery.facade(DiscoveryOptions.defaults()).discover(db.urlAs(reader));
            assertThat(granted.warnings()).isEmpty();
            assertThat(granted.schemas()).containsExactly("app", "public", "secret");
            assertThat(granted.tables()).extracting(t -> t.ref().displayName())
                    .containsExactly("app.bonus", "app.customer", "secret.salary");
            assertThat(granted.views()).extracting(v -> v.ref().displayName()).containsExactly("secret.payroll");
            assertThat(granted.types()).extracting(t -> t.ref().displayName()).containsExactly("secret.level");
            assertThat(granted.routines()).extracting(r -> r.ref().displayName()).containsExactly("secret.f");
            assertThat(granted.relationships()).hasSize(2);
            assertThat(granted.sequences()).extracting(q -> q.ref().displayName()).containsExactly("secret.seq");
        }
    }
}
