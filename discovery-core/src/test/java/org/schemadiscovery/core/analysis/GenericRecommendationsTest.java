package org.schemadiscovery.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadiscovery.core.analysis.Tables.ref;
import static org.schemadiscovery.core.analysis.Tables.table;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;

class GenericRecommendationsTest {
    private static List<Recommendation> evaluate(TableInfo... tables) {
        SchemaInfo s = new SchemaInfo(new DatabaseIdentity("X", "1", 1, 0, "d", "u", "generic"), null, List.of(),
                List.of(tables), null, null, null, null, null, null, null, null, null);
        return GenericRecommendations.evaluate(s, true, true);
    }

    @Test
    @DisplayName("fk-without-index: reported with CREATE INDEX when no index leads with the FK columns")
    void fkWithoutIndex() {
        TableInfo t = table("orders").columns("id", "customer_id", "shop_id").pk("id")
                .fk("orders_customer_fk", "customers", List.of("customer_id"), List.of("id"))
                .index("orders_shop_customer", false, "shop_id", "customer_id").build();
        assertThat(evaluate(t)).containsExactly(new Recommendation("fk-without-index", Severity.WARNING, "s.orders",
                "foreign key orders_customer_fk on s.orders(customer_id) has no index starting with its columns;"
                        + " lookups and cascades from s.customers scan the table",
                "CREATE INDEX \"orders_customer_id_idx\" ON \"s\".\"orders\" (\"customer_id\")"));
    }

    @Test
    @DisplayName("fk-without-index: covered by an index prefix in any order, or by the primary key")
    void fkCovered() {
        TableInfo byIndex = table("a").columns("id", "x", "y", "z").pk("id")
                .fk("a_fk", "p", List.of("x", "y"), List.of("i", "j"))
                .index("a_yxz", false, "y", "x", "z").build();
        TableInfo byPk = table("b").columns("x", "n").pk("x", "n")
                .fk("b_fk", "p", List.of("x"), List.of("i")).build();
        assertThat(evaluate(byIndex, byPk)).isEmpty();
    }

    @Test
    @DisplayName("fk-without-index: identifiers with quotes are escaped in the DDL")
    void quoting() {
        TableInfo t = new TableInfo(TableRef.of("my \"s\"", "we\"ird"), TableKind.TABLE, List.of(), List.of(),
                List.of(new org.schemadiscovery.api.model.PrimaryKey(null, TableRef.of("my \"s\"", "we\"ird"),
                                List.of("id")),
                        new org.schemadiscovery.api.model.ForeignKey(null, TableRef.of("my \"s\"", "we\"ird"),
                                List.of("col\"1"), ref("p"), List.of("id"), null, null, null, false, false, true)),
                List.of(), null, null, null, false, List.of(), Map.of());
        assertThat(evaluate(t)).singleElement().extracting(Recommendation::suggestedDdl)
                .isEqualTo("CREATE INDEX \"we\"\"ird_col\"\"1_idx\" ON \"my \"\"s\"\"\".\"we\"\"ird\" (\"col\"\"1\")");
    }

    @Test
    @DisplayName("table-without-primary-key: ordinary and partitioned tables only")
    void withoutPk() {
        assertThat(evaluate(table("plain").columns("a").build(),
                table("part").kind(TableKind.PARTITION).columns("a").build(),
                table("virt").kind(TableKind.VIRTUAL).columns("a").build(),
                table("parent").kind(TableKind.PARTITIONED).columns("a").build()))
                .extracting(r -> r.ruleId() + " " + r.object() + " " + r.suggestedDdl())
                .containsExactly("table-without-primary-key s.parent null", "table-without-primary-key s.plain null");
    }

    @Test
    @DisplayName("redundant-index: a key prefix of another index; not unique, not constraint-backed, same predicate")
    void redundant() {
        TableInfo t = table("t").columns("id", "a", "b").pk("id")
                .index("t_a", false, "a")
                .index("t_a_b", false, "a", "b")
                .index("t_b_unique", true, "b")
                .index("t_b_a", false, "b", "a")
                .index(new IndexInfo("t_a_partial", ref("t"), false, "btree", List.of(IndexElement.column("a")),
                        List.of(), "a > 0", false, null, true, Map.of()))
                .index(new IndexInfo("t_a_hash", ref("t"), false, "hash", List.of(IndexElement.column("a")),
                        List.of(), null, false, null, true, Map.of()))
                .build();
        assertThat(evaluate(t)).containsExactly(new Recommendation("redundant-index", Severity.WARNING, "s.t",
                "index t_a on s.t is redundant: its keys are a leading prefix of index t_a_b",
                "DROP INDEX \"s\".\"t_a\""));
    }

    @Test
    @DisplayName("redundant-index: of two identical indexes only the one with the greater name is reported")
    void duplicates() {
        TableInfo t = table("t").columns("id", "a").pk("id").index("t_a1", false, "a").index("t_a2", false, "a")
                .build();
        assertThat(evaluate(t)).extracting(Recommendation::suggestedDdl).containsExactly("DROP INDEX \"s\".\"t_a2\"");
    }

    @Test
    @DisplayName("rules needing constraints or indexes are skipped when those were not discovered")
    void skippedWithoutData() {
        SchemaInfo s = new SchemaInfo(new DatabaseIdentity("X", "1", 1, 0, "d", "u", "generic"), null, List.of(),
                List.of(table("plain").columns("a").index("i", false, "a").index("j", false, "a", "b").build()),
                null, null, null, null, null, null, null, null, null);
        assertThat(GenericRecommendations.evaluate(s, false, false)).isEmpty();
        assertThat(GenericRecommendations.evaluate(s, true, false)).extracting(Recommendation::ruleId)
                .containsExactly("table-without-primary-key");
        assertThat(GenericRecommendations.evaluate(s, false, true)).extracting(Recommendation::ruleId)
                .containsExactly("redundant-index");
    }

    @Test
    @DisplayName("partitions: one fk-without-index and one redundant-index on the parent, none per partition")
    void partitions() {
        TableInfo parent = table("event").partitionedBy("range", "at").columns("id", "at", "customer_id")
                .pk("id", "at").fk("event_customer_fk", "customer", List.of("customer_id"), List.of("id"))
                .index("event_at", false, "at").index("event_at_id", false, "at", "id").build();
        TableInfo p2025 = table("event_2025").partitionOf("event", "FOR VALUES FROM (1) TO (2)")
                .columns("id", "at", "customer_id").pk("id", "at")
                .fk("event_customer_fk", "customer", List.of("customer_id"), List.of("id"))
                .index("event_2025_at_idx", false, "at").index("event_2025_at_id_idx", false, "at", "id").build();
        TableInfo rest = table("event_rest").partitionOf("event", "DEFAULT")
                .columns("id", "at", "customer_id", "shop_id").pk("id", "at")
                .fk("event_customer_fk1", "customer", List.of("customer_id"), List.of("id"))
                .fk("event_rest_shop_fk", "customer", List.of("shop_id"), List.of("id"))
                .index("event_rest_at_idx", false, "at").index("event_rest_at_id_idx", false, "at", "id").build();
        TableInfo customer = table("customer").columns("id").pk("id").build();

        List<Recommendation> found = evaluate(customer, parent, p2025, rest);
        assertThat(found.stream().filter(r -> !r.object().equals("s.event_rest"))).extracting(r -> r.ruleId() + " " + r.object() + ": " + r.suggestedDdl()).containsExactly(
                "fk-without-index s.event: CREATE INDEX \"event_customer_id_idx\" ON \"s\".\"event\" (\"customer_id\")",
                "redundant-index s.event: DROP INDEX \"s\".\"event_at\"");
        // a partition of a parent outside the schema, or a key the partition has alone, is still its own finding
        assertThat(evaluate(customer, p2025)).extracting(Recommendation::object)
                .containsExactly("s.event_2025", "s.event_2025");
        assertThat(found.stream().filter(r -> r.object().equals("s.event_rest"))).extracting(Recommendation::message)
                .containsExactly("foreign key event_rest_shop_fk on s.event_rest(shop_id) has no index starting with"
                        + " its columns; lookups and cascades from s.customer scan the table");
    }

    @Test
    @DisplayName("per table: the findings for some tables equal the full evaluation's findings about them")
    void perTable() {
        TableInfo a = table("a").columns("id", "x").fk("a_fk", "b", List.of("x"), List.of("id")).build();
        TableInfo b = table("b").columns("id", "a").pk("id").index("b_a", false, "a")
                .index("b_a_id", false, "a", "id").build();
        TableInfo c = table("c").columns("id").pk("id").build();
        SchemaInfo s = new SchemaInfo(new DatabaseIdentity("X", "1", 1, 0, "d", "u", "generic"), null, List.of(),
                List.of(a, b, c), null, null, null, null, null, null, null, null, null);
        List<Recommendation> all = GenericRecommendations.evaluate(s, true, true);
        assertThat(all).extracting(Recommendation::object).containsExactlyInAnyOrder("s.a", "s.a", "s.b");
        for (TableInfo only : List.of(a, b, c)) {
            assertThat(GenericRecommendations.evaluate(s, true, true, t -> t == only))
                    .isEqualTo(all.stream().filter(r -> r.object().equals(only.ref().displayName())).toList());
        }
        assertThat(all).allMatch(r -> GenericRecommendations.isGenericRule(r.ruleId()));
        assertThat(GenericRecommendations.isGenericRule("pg-unused-index")).isFalse();
    }
}
