package org.schemadiscovery.dialect.sqlite.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.dialect.sqlite.parse.IndexDefinition;
import org.schemadiscovery.dialect.sqlite.parse.TableDefinition;

class DefinitionsTest {
    private static final int TABLES = 300;

    @Test
    void parseAheadParsesEveryTableAndExplicitIndex() {
        Definitions defs = definitions();

        defs.parseAhead(() -> false);

        // autoindexes (no SQL) are not parsed: there is nothing to parse
        assertThat(defs.parsedCount()).isEqualTo(2 * TABLES);
    }

    @Test
    void parseAheadStopsWhenAsked() {
        Definitions defs = definitions();
        AtomicInteger asked = new AtomicInteger();

        defs.parseAhead(() -> asked.incrementAndGet() > 10);

        assertThat(defs.parsedCount()).isEqualTo(10);
    }

    @Test
    void parsingFromBothEndsAtOnceGivesEachDefinitionOneParse() throws InterruptedException {
        Definitions defs = definitions();
        Thread ahead = new Thread(() -> defs.parseAhead(() -> false));
        ahead.start();
        List<TableDefinition> tables = new ArrayList<>();
        List<IndexDefinition> indexes = new ArrayList<>();
        for (ObjectRow table : defs.tables()) {
            tables.add(defs.table(table).value());
            indexes.add(defs.index(defs.index("main", "ix_" + table.name()).orElseThrow()).value());
        }
        ahead.join();

        assertThat(defs.parsedCount()).isEqualTo(2 * TABLES);
        for (int i = 0; i < TABLES; i++) {
            ObjectRow table = defs.tables().get(i);
            assertThat(defs.table(table).value()).isSameAs(tables.get(i));
            assertThat(tables.get(i).columns()).hasSize(2);
            assertThat(indexes.get(i).predicate()).isEqualTo("b > " + i);
        }
    }

    private static Definitions definitions() {
        List<ObjectRow> objects = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            String t = "t" + i;
            objects.add(new ObjectRow("main", "table", t, t,
                    "CREATE TABLE " + t + " (a INTEGER PRIMARY KEY, b TEXT UNIQUE)", false));
            objects.add(new ObjectRow("main", "index", "sqlite_autoindex_" + t + "_1", t, null, false));
            objects.add(new ObjectRow("main", "index", "ix_" + t, t,
                    "CREATE INDEX ix_" + t + " ON " + t + " (b) WHERE b > " + i, false));
        }
        return new Definitions(List.of(new SchemaRow(0, "main", "")), objects, List.of(), Set.of());
    }
}
