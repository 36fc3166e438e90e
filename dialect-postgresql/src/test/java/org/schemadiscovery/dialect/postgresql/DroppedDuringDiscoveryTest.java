package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.dialect.postgresql.catalog.CatalogSql;
import org.schemadiscovery.dialect.postgresql.catalog.PgFeatures;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

/**
 * The deparser functions read the live catalog, not the snapshot: a table another session drops after the snapshot
 * was taken makes them fail (SQLSTATE XX000) or return NULL. Here the DROP runs from a listener between two phases,
 * so each path is hit on purpose.
 */
@DisplayName("concurrent DROP: a relation dropped after the snapshot is a warning, the result stays consistent")
class DroppedDuringDiscoveryTest {

    @Test
    @DisplayName("dropped before the relations are read: the table and the view reading it are left out everywhere")
    void droppedBeforeRelations() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE, extra int DEFAULT 7 CHECK (extra > 0))",
                    "CREATE INDEX p_lower ON p (lower(code)) WHERE code <> ''",
                    "CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id), note text)",
                    "CREATE INDEX c_p ON c (p_id)",
                    "CREATE VIEW v AS SELECT c.id, p.code FROM c JOIN p ON p.id = c.p_id",
                    "CREATE TABLE k (id int PRIMARY KEY, c_id int REFERENCES c (id))");

            SchemaInfo s = discoverDropping(db, Map.of("probe", "DROP TABLE p CASCADE"));

            assertThat(s.warnings()).extracting(DiscoveryWarning::phase, DiscoveryWarning::object,
                    DiscoveryWarning::errorClass).containsExactlyInAnyOrder(
                    tuple("tables", "public.p", ErrorClass.OTHER), tuple("views", "public.v", ErrorClass.OTHER),
                    tuple("indexes", "public.p", ErrorClass.OTHER),
                    tuple("constraints", "public.p", ErrorClass.OTHER));
            assertThat(s.warnings()).extracting(DiscoveryWarning::message).contains(
                    "tables of public.p not read: another session dropped or changed it after the snapshot was"
                            + " taken");
            assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("c", "k");
            assertThat(s.views()).isEmpty();
            TableInfo c = s.tables().get(0);
            assertThat(c.columns()).extracting(col -> col.name()).containsExactly("id", "p_id", "note");
            assertThat(c.indexes()).extracting(IndexInfo::name).containsExactly("c_p", "c_pkey");
            assertThat(c.constraints()).extracting(ConstraintInfo::name).containsExactly("c_pkey");
            assertThat(s.tables().get(1).constraints()).extracting(ConstraintInfo::name)
                    .containsExactly("k_pkey", "k_c_id_fkey");
            assertThat(s.relationships()).extracting(r -> r.from().name() + "->" + r.to().name())
                    .containsExactly("c->k");
            assertConsistent(s);
            // pg_get_viewdef failed with XX000 on the view reading p: the dropped relations were looked up once
            assertThat(s.metrics().statementTexts()).filteredOn(query(s, "dropped")::equals).hasSize(1);
        }
    }

    @Test
    @DisplayName("dropped after the tables were read: their indexes and constraints, and foreign keys to them, are"
            + " left out with warnings (NULL from pg_get_indexdef, then XX000 from pg_get_constraintdef)")
    void droppedAfterTables() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE TABLE p (id int PRIMARY KEY, code text, extra int DEFAULT 7)",
                    "CREATE INDEX p_lower ON p (lower(code)) WHERE code <> ''",
                    "CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id))",
                    "CREATE TABLE q (id int PRIMARY KEY, amount int CHECK (amount > 0))",
                    "CREATE TABLE r (id int PRIMARY KEY, q_id int REFERENCES q (id))");

            SchemaInfo s = discoverDropping(db, Map.of("tables", "DROP TABLE p CASCADE",
                    "indexes", "DROP TABLE q CASCADE"));

            assertThat(s.warnings()).extracting(DiscoveryWarning::phase, DiscoveryWarning::object,
                    DiscoveryWarning::errorClass).containsExactlyInAnyOrder(
                    tuple("indexes", "public.p", ErrorClass.OTHER),
                    tuple("constraints", "public.p", ErrorClass.OTHER),
                    tuple("constraints", "public.q", ErrorClass.OTHER));
            // read from the snapshot before the DROP: the tables themselves are complete
            assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("c", "p", "q", "r");
            Map<String, TableInfo> byName = new HashMap<>();
            s.tables().forEach(t -> byName.put(t.ref().name(), t));
            assertThat(byName.get("p").columns()).extracting(col -> col.name()).containsExactly("id", "code", "extra");
            assertThat(byName.get("p").columns().get(2).defaultValue()).isEqualTo("7");
            assertThat(byName.get("p").indexes()).isEmpty();
            assertThat(byName.get("p").constraints()).isEmpty();
            assertThat(byName.get("q").indexes()).extracting(IndexInfo::name).containsExactly("q_pkey");
            assertThat(byName.get("q").constraints()).isEmpty();
            assertThat(byName.get("c").constraints()).extracting(ConstraintInfo::name).containsExactly("c_pkey");
            assertThat(byName.get("r").constraints()).extracting(ConstraintInfo::name).containsExactly("r_pkey");
            assertThat(s.relationships()).isEmpty();
            assertConsistent(s);
            // pg_get_indexdef answered NULL for p's index (no lookup); pg_get_constraintdef failed with XX000 on q
            assertThat(s.metrics().statementTexts()).filteredOn(query(s, "dropped")::equals).hasSize(1);
        }
    }

    private static String query(SchemaInfo s, String name) {
        return CatalogSql.load().forVersion(PgFeatures.of(s.identity())).get(name);
    }

    /** Discovers the database, running each DDL statement from a second connection once its phase has finished. */
    private static SchemaInfo discoverDropping(PgDatabase db, Map<String, String> afterPhase) throws Exception {
        List<SQLException> failures = new ArrayList<>();
        Set<String> done = new HashSet<>();
        try (Connection ddl = db.connect(); Statement st = ddl.createStatement()) {
            // a DROP waiting on a lock the discovery holds would wait for the discovery, which waits for the listener
            st.execute("SET lock_timeout = '5s'");
            DiscoveryListener listener = new DiscoveryListener() {
                @Override
                public void phaseFinished(String phase, int items) {
                    String sql = afterPhase.get(phase);
                    if (sql != null && done.add(phase)) {
                        try {
                            st.execute(sql);
                        } catch (SQLException e) {
                            failures.add(e);
                        }
                    }
                }
            };
            // through one connection of the test's own (core cannot open a second one for reading ahead), so every
            // query runs after the DDL of the phases before it
            SchemaInfo s;
            try (Connection discovery = db.connect()) {
                s = Discovery.facade(DiscoveryOptions.defaults(), listener).discover(discovery);
            }
            assertThat(failures).isEmpty();
            assertThat(done).containsExactlyInAnyOrderElementsOf(afterPhase.keySet());
            return s;
        }
    }

    /** No index, constraint or foreign key of the result points at a relation the result lacks. */
    private static void assertConsistent(SchemaInfo s) {
        Set<TableRef> relations = new HashSet<>();
        s.tables().forEach(t -> relations.add(t.ref()));
        s.views().forEach(v -> relations.add(v.ref()));
        for (TableInfo t : s.tables()) {
            assertThat(t.indexes()).allSatisfy(i -> assertThat(i.table()).isEqualTo(t.ref()));
            for (ConstraintInfo c : t.constraints()) {
                assertThat(c.table()).isEqualTo(t.ref());
                if (c instanceof ForeignKey fk) {
                    assertThat(relations).as("table referenced by " + fk.name()).contains(fk.referencedTable());
                }
            }
        }
        assertThat(s.relationships()).allSatisfy(r -> assertThat(relations).contains(r.from(), r.to()));
    }
}
