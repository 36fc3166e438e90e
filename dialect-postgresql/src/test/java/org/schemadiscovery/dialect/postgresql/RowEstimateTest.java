package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("row estimates: pg_class.reltuples once analysed, none before, read by the relations statement")
class RowEstimateTest {

    @Test
    @DisplayName("an analysed table reports its reltuples, a never-analysed one (-1) none, at no extra statement")
    void reltuples() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE TABLE counted (id int PRIMARY KEY)");
            db.exec("CREATE TABLE fresh (id int)");
            db.exec("CREATE MATERIALIZED VIEW counted_mv AS SELECT id FROM counted");
            SchemaInfo before = Discovery.discover(db);
            db.exec("INSERT INTO counted SELECT g FROM generate_series(1, 250) g");
            db.exec("ANALYZE counted");

            SchemaInfo after = Discovery.discover(db);

            assertThat(table(before, "counted").rowEstimate()).isNull();
            assertThat(table(after, "counted").rowEstimate()).isEqualTo(250L);
            assertThat(table(after, "fresh").rowEstimate()).isNull();
            assertThat(after.metrics().statementsExecuted()).isEqualTo(before.metrics().statementsExecuted());
        }
    }

    private static TableInfo table(SchemaInfo s, String name) {
        return s.tables().stream().filter(t -> t.ref().equals(TableRef.of("public", name))).findFirst()
                .orElseThrow();
    }
}
