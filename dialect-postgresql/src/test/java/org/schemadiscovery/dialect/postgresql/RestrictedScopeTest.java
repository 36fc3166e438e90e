package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.dialect.postgresql.catalog.CatalogSql;
import org.schemadiscovery.dialect.postgresql.catalog.PgFeatures;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("table restriction: the named tables and views only, with the same statements")
class RestrictedScopeTest {
    private static final String SCHEMA = "Odd \"sch\", x.y";
    private static final String TABLE = "Mixed \"Quoted\", Table.1";
    private static final String VIEW = "View, with.dots";

    @Test
    @DisplayName("a restricted discovery equals the named part of a full one, reading fewer rows")
    void restrictedEqualsSubset() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            String role = db.createRole("restrict");
            db.sql("CREATE SCHEMA \"Odd \"\"sch\"\", x.y\"; CREATE SCHEMA other;"
                    + " CREATE TABLE other.target (id int PRIMARY KEY);"
                    + " CREATE TABLE \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\" ("
                    + "   id int PRIMARY KEY, \"Ref Id\" int REFERENCES other.target (id), code text CHECK (code <> ''),"
                    + "   UNIQUE (code));"
                    + " CREATE INDEX \"Idx, 1\" ON \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\" (lower(code));"
                    + " COMMENT ON TABLE \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\" IS 'odd';"
                    + " COMMENT ON COLUMN \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\".code IS 'c';"
                    + " COMMENT ON INDEX \"Odd \"\"sch\"\", x.y\".\"Idx, 1\" IS 'i';"
                    + " GRANT SELECT ON \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\" TO " + role + ";"
                    + " GRANT UPDATE (code) ON \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\" TO " + role + ";"
                    + " CREATE FUNCTION other.f() RETURNS trigger LANGUAGE plpgsql AS $f$BEGIN RETURN NEW; END$f$;"
                    + " CREATE TRIGGER trg BEFORE INSERT ON \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\""
                    + "   FOR EACH ROW EXECUTE FUNCTION other.f();"
                    + " ALTER TABLE \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\" ENABLE ROW LEVEL SECURITY;"
                    + " CREATE POLICY pol ON \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\" USING (id > 0);"
                    + " CREATE VIEW \"Odd \"\"sch\"\", x.y\".\"View, with.dots\" AS"
                    + "   SELECT id, code FROM \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\", Table.1\";"
                    // same names in another schema and near misses: none of them may come back
                    + " CREATE TABLE other.\"Mixed \"\"Quoted\"\", Table.1\" (id int REFERENCES other.target (id));"
                    + " CREATE VIEW other.\"View, with.dots\" AS SELECT 1 AS one;"
                    + " CREATE TABLE \"Odd \"\"sch\"\", x.y\".\"mixed \"\"quoted\"\", table.1\" (id int);"
                    + " CREATE TABLE \"Odd \"\"sch\"\", x.y\".\"Mixed \"\"Quoted\"\"\" (id int);"
                    + " CREATE INDEX ON other.\"Mixed \"\"Quoted\"\", Table.1\" (id);"
                    + " DO $$ BEGIN FOR i IN 0..39 LOOP EXECUTE format("
                    + "   'CREATE TABLE other.t%s (id int PRIMARY KEY, code text UNIQUE, r int REFERENCES other.target)',"
                    + "   i); END LOOP; END $$;");
            TableRef table = TableRef.of(SCHEMA, TABLE);
            TableRef view = TableRef.of(SCHEMA, VIEW);
            DiscoveryOptions full = DiscoveryOptions.defaults();
            SchemaInfo all = Discovery.discover(db, full);
            SchemaInfo some = Discovery.discover(db, restricted(full, Set.of(table, view)));

            assertThat(some.warnings()).isEmpty();
            assertThat(some.tables()).extracting(TableInfo::ref).containsExactly(table);
            assertThat(some.views()).extracting(ViewInfo::ref).containsExactly(view);
            assertThat(some.tables().get(0)).isEqualTo(all.table(table).orElseThrow());
            assertThat(some.views().get(0)).isEqualTo(all.views().stream().filter(v -> v.ref().equals(view))
                    .findFirst().orElseThrow());
            TableInfo read = some.tables().get(0);
            assertThat(read.constraints()).filteredOn(c -> c instanceof ForeignKey).singleElement()
                    .satisfies(c -> assertThat(((ForeignKey) c).referencedTable())
                            .isEqualTo(TableRef.of("other", "target")));
            assertThat(read.indexes()).isNotEmpty();
            assertThat(read.triggers()).isNotEmpty();
            assertThat(read.policies()).isNotEmpty();

            assertThat(Discovery.statementTexts(some)).isEqualTo(restrictedVariants(Discovery.statementTexts(all)));
            assertThat(some.metrics().statementsExecuted()).isEqualTo(all.metrics().statementsExecuted());
            assertThat(some.metrics().rowsRead()).isLessThan(all.metrics().rowsRead());
            System.out.printf("restricted: statements %d / %d, rows read %d / %d%n",
                    some.metrics().statementsExecuted(), all.metrics().statementsExecuted(),
                    some.metrics().rowsRead(), all.metrics().rowsRead());
        }
    }

    @Test
    @DisplayName("a restriction naming only a view reads no table, and one on one connection the same statements")
    void viewOnlyOnOneConnection() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql("CREATE SCHEMA s; CREATE TABLE s.t (id int PRIMARY KEY); CREATE TABLE s.u (id int REFERENCES s.t);"
                    + " CREATE VIEW s.\"V,1\" AS SELECT id FROM s.t;");
            DiscoveryOptions one = new DiscoveryOptions(DiscoveryOptions.defaults().scope(),
                    DiscoveryOptions.defaults().timeout(), DiscoveryOptions.defaults().statementTimeout(), 0,
                    DiscoveryOptions.defaults().initialBackoff(), 1);
            SchemaInfo all = Discovery.discover(db, one);
            SchemaInfo some = Discovery.discover(db, restricted(one, Set.of(TableRef.of("s", "V,1"))));
            assertThat(some.tables()).isEmpty();
            assertThat(some.views()).containsExactlyElementsOf(all.views());
            assertThat(Discovery.statementTexts(some)).isEqualTo(restrictedVariants(Discovery.statementTexts(all)));
        }
    }

    /**
     * The statements of an unrestricted run as a restricted one runs them: the same statements in the same order,
     * each query on relations in its restricted variant (the server version does not matter: the variants of every
     * supported version are looked up by text).
     */
    private static List<String> restrictedVariants(List<String> unrestricted) {
        Map<String, String> byText = new HashMap<>();
        for (int version : new int[] {120022, 130018, 140015, 150020, 160006, 170002}) {
            Map<String, String> sql = CatalogSql.load().forVersion(PgFeatures.of(version));
            Map<String, String> restricted = CatalogSql.restricted(sql);
            sql.forEach((name, text) -> byText.put(text, restricted.get(name)));
        }
        assertThat(byText).as("some query has a restricted variant").anySatisfy((k, v) -> assertThat(v).isNotEqualTo(k));
        return unrestricted.stream().map(t -> byText.getOrDefault(t, t)).toList();
    }

    private static DiscoveryOptions restricted(DiscoveryOptions o, Set<TableRef> tables) {
        return new DiscoveryOptions(o.scope().onlyTables(tables), o.timeout(), o.statementTimeout(),
                o.maxReconnects(), o.initialBackoff(), o.maxConnections());
    }
}
