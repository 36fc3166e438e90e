package org.schemadiscovery.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.tck.TestDatabase;

@DisplayName("row estimates: information_schema TABLES.TABLE_ROWS, read by the tables statement")
class RowEstimateTest {

    @Test
    @DisplayName("MyISAM reports its exact row count, an empty InnoDB table 0")
    void tableRows() throws Exception {
        try (LocalDatabases dbs = new LocalDatabases()) {
            TestDatabase db = dbs.create(List.of("CREATE TABLE counted (id int PRIMARY KEY) ENGINE=MyISAM",
                    "INSERT INTO counted VALUES (1), (2), (3)", "CREATE TABLE empty_innodb (id int) ENGINE=InnoDB",
                    "CREATE VIEW counted_v AS SELECT id FROM counted"));

            SchemaInfo s = LocalDatabases.discovery().discover(db.jdbcUrl(), db.properties());

            assertThat(s.tables()).extracting(t -> t.ref().name(), TableInfo::rowEstimate)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("counted", 3L),
                            org.assertj.core.groups.Tuple.tuple("empty_innodb", 0L));
            assertThat(s.views()).hasSize(1);
        }
    }
}
