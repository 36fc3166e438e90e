package org.schemadiscovery.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.SchemaFingerprint;

@DisplayName("reread plan: which tables a change confined to tables rereads, and what forces a full discovery")
class RereadPlanTest {
    private static final DatabaseIdentity ID = DatabaseIdentity.builder("SQLite", "3").build().withDialect("sqlite");

    private static TableRef ref(String name) {
        return TableRef.of("s", name);
    }

    private static TableInfo table(String name) {
        return TableInfo.builder(ref(name), TableKind.TABLE).build();
    }

    private static TableInfo withFk(String name, String target) {
        return TableInfo.builder(ref(name), TableKind.TABLE)
                .constraints(List.of(ForeignKey.builder(ref(name), ref(target)).name("fk_" + name)
                        .columns(List.of("x")).referencedColumns(List.of("id")).build()))
                .build();
    }

    private static ViewInfo view(String name, String definition) {
        return ViewInfo.builder(ref(name)).definition(definition).build();
    }

    /** A stored snapshot of these tables and views plus {@code filler} unrelated tables, and its fingerprint. */
    private static CacheEntry stored(List<TableInfo> tables, List<ViewInfo> views, int filler) {
        List<TableInfo> all = new ArrayList<>(tables);
        for (int i = 0; i < filler; i++) {
            all.add(table("filler" + i));
        }
        Map<TableRef, String> digests = new HashMap<>();
        all.forEach(t -> digests.put(t.ref(), "d"));
        views.forEach(v -> digests.put(v.ref(), "d"));
        SchemaInfo snapshot = SchemaInfo.builder(ID).tables(all).views(views).build();
        return new CacheEntry(SchemaFingerprint.of("rest", digests), snapshot);
    }

    private static SchemaFingerprint changed(CacheEntry entry, String rest, String... names) {
        Map<TableRef, String> digests = new HashMap<>(entry.fingerprint().tables());
        for (String n : names) {
            digests.put(ref(n), "moved");
        }
        return SchemaFingerprint.of(rest, digests);
    }

    @Test
    @DisplayName("a changed table, the tables whose foreign keys reference it, and the views naming either")
    void dependents() {
        CacheEntry entry = stored(List.of(table("parent"), withFk("child", "parent"), withFk("other", "child")),
                List.of(view("v_parent", "SELECT p.id FROM s.\"PARENT\" p"), view("v_on_v", "select * from v_parent"),
                        view("v_unrelated", "SELECT 1 FROM filler1 WHERE 'parental' <> ''")), 40);
        RereadPlan plan = RereadPlan.of(entry, changed(entry, "rest", "parent"), 0.25);
        assertThat(plan).isInstanceOf(RereadPlan.Partial.class);
        RereadPlan.Partial partial = (RereadPlan.Partial) plan;
        assertThat(partial.tables()).containsExactlyInAnyOrder(ref("parent"), ref("child"), ref("v_parent"),
                ref("v_on_v"));
        assertThat(partial.changed()).isEqualTo(1);
    }

    @Test
    @DisplayName("partitions of a changed parent (itself with partition info), tables whose policies or column"
            + " types name it, views without a definition")
    void namedOtherwise() {
        TableInfo partition = TableInfo.builder(ref("p1"), TableKind.PARTITION)
                .partition(new PartitionInfo(null, null, ref("parent"), "FOR VALUES IN (1)")).build();
        TableInfo guarded = TableInfo.builder(ref("guarded"), TableKind.TABLE)
                .policies(List.of(PolicyInfo.builder("pol", ref("guarded"))
                        .using("(EXISTS ( SELECT 1 FROM s.parent))").build()))
                .build();
        TableInfo partitioned = TableInfo.builder(ref("parent"), TableKind.PARTITIONED)
                .partition(new PartitionInfo("RANGE", "(id)", null, null)).build();
        TableInfo typed = TableInfo.builder(ref("typed"), TableKind.TABLE)
                .columns(List.of(ColumnInfo.simple("row", 1, DataType.of("s.parent[]", Types.ARRAY), true)))
                .build();
        TableInfo idle = TableInfo.builder(ref("idle"), TableKind.PARTITIONED)
                .partition(new PartitionInfo("LIST", "(k)", null, null)).build();
        CacheEntry entry = stored(List.of(partitioned, partition, guarded, typed, idle), List.of(view("opaque", null)),
                40);
        RereadPlan.Partial partial = (RereadPlan.Partial) RereadPlan.of(entry, changed(entry, "rest", "parent"),
                0.25);
        assertThat(partial.tables()).containsExactlyInAnyOrder(ref("parent"), ref("p1"), ref("guarded"),
                ref("typed"), ref("opaque"));
    }

    @Test
    @DisplayName("added and dropped tables are rereads too: a dropped one is removed, an added one read")
    void addedAndDropped() {
        CacheEntry entry = stored(List.of(table("gone")), List.of(), 10);
        Map<TableRef, String> digests = new HashMap<>(entry.fingerprint().tables());
        digests.remove(ref("gone"));
        digests.put(ref("new"), "d");
        RereadPlan.Partial partial = (RereadPlan.Partial) RereadPlan.of(entry, SchemaFingerprint.of("rest", digests),
                0.25);
        assertThat(partial.tables()).containsExactlyInAnyOrder(ref("gone"), ref("new"));
    }

    @Test
    @DisplayName("dropped tables do not count against the limit: dropping most tables is still a partial reread")
    void droppedDoNotCount() {
        CacheEntry entry = stored(List.of(table("gone"), table("also gone")), List.of(), 1);
        Map<TableRef, String> digests = new HashMap<>(entry.fingerprint().tables());
        digests.remove(ref("gone"));
        digests.remove(ref("also gone"));
        assertThat(digests).hasSize(1);
        RereadPlan.Partial partial = (RereadPlan.Partial) RereadPlan.of(entry, SchemaFingerprint.of("rest", digests),
                1);
        assertThat(partial.tables()).containsExactlyInAnyOrder(ref("gone"), ref("also gone"));
        digests.put(ref("new"), "d");
        assertThat(reason(RereadPlan.of(entry, SchemaFingerprint.of("rest", digests), 0.25)))
                .contains("1 of 2 tables and views to reread, more than 25 %");
    }

    @Test
    @DisplayName("full discovery: another rest digest, none, warnings stored, too many tables, rereads disabled")
    void fullDiscoveries() {
        CacheEntry entry = stored(List.of(table("a"), withFk("b", "a")), List.of(), 6);
        assertThat(reason(RereadPlan.of(entry, changed(entry, "other rest", "a"), 1)))
                .contains("besides tables");
        SchemaFingerprint noRest = new SchemaFingerprint("x", changed(entry, "rest", "a").tables());
        assertThat(reason(RereadPlan.of(entry, noRest, 1))).contains("no rest digest");
        CacheEntry warned = new CacheEntry(entry.fingerprint(), entry.snapshot().toBuilder()
                .warnings(List.of(new DiscoveryWarning("x", "tables", ErrorClass.PERMISSION, "denied"))).build());
        assertThat(reason(RereadPlan.of(warned, changed(entry, "rest", "a"), 1))).contains("warnings");
        // a and b (its foreign key references a) of 8: 25 % is the limit, 2 is within it, 3 is not
        assertThat(RereadPlan.of(entry, changed(entry, "rest", "a"), 0.25)).isInstanceOf(RereadPlan.Partial.class);
        assertThat(reason(RereadPlan.of(entry, changed(entry, "rest", "a", "filler0"), 0.25)))
                .contains("3 of 8 tables and views to reread, more than 25 %");
        assertThat(reason(RereadPlan.of(entry, changed(entry, "rest", "a"), 0))).contains("disabled");
    }

    @Test
    @DisplayName("identifiers in SQL text: bare words and quoted names, doubled quotes undone, case folded")
    void tokens() {
        Set<String> tokens = SqlTokens.identifiers("SELECT a.\"Mixed \"\"Q\"\"\" , `b``t`, [c d], 'it''s', é_1$ "
                + "FROM s.T1 WHERE x::regclass = 's.seq'::regclass");
        assertThat(tokens).contains("select", "a", "mixed \"q\"", "b`t", "c d", "it's", "é_1$", "s", "t1",
                "s.seq", "seq", "regclass");
        assertThat(TableDependents.mentions("select * from orders_archive", Set.of("orders"))).isFalse();
        assertThat(TableDependents.mentions("select * from \"Orders\"", Set.of("orders"))).isTrue();
    }

    private static String reason(RereadPlan plan) {
        assertThat(plan).isInstanceOf(RereadPlan.Full.class);
        return ((RereadPlan.Full) plan).reason();
    }
}
