package org.schemadiscovery.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.core.json.RichSchema;

/** Catalogs are dropped wherever a reference can name one; a model without any is returned as it is. */
class SchemaRenamingTest {
    /** The rich fixture names catalog "shop"; the base is it with every catalog dropped. */
    private static final SchemaInfo BASE = SchemaRenaming.apply(RichSchema.build(), Map.of());

    private static TableRef inCatalog(TableRef r) {
        return new TableRef("cat", r.schema(), r.name());
    }

    /** Every catalog a reference of the model names, in the places SchemaRenaming rewrites. */
    private static List<String> catalogs(SchemaInfo s) {
        List<TableRef> refs = new ArrayList<>();
        for (TableInfo t : s.tables()) {
            refs.add(t.ref());
            if (t.partition() != null && t.partition().parent() != null) {
                refs.add(t.partition().parent());
            }
            for (ConstraintInfo c : t.constraints()) {
                refs.add(c.table());
                if (c instanceof ForeignKey f) {
                    refs.add(f.referencedTable());
                }
            }
        }
        s.views().forEach(v -> refs.add(v.ref()));
        s.sequences().forEach(q -> refs.add(q.ref()));
        s.types().forEach(t -> refs.add(t.ref()));
        s.routines().forEach(r -> refs.add(r.ref()));
        return refs.stream().map(TableRef::catalog).filter(c -> c != null).toList();
    }

    private static SchemaInfo tables(UnaryOperator<TableInfo> how) {
        return BASE.toBuilder().tables(BASE.tables().stream().map(how).toList()).build();
    }

    private static void assertCatalogsDropped(SchemaInfo withCatalog) {
        assertThat(catalogs(withCatalog)).as("the fixture names a catalog").isNotEmpty();
        SchemaInfo renamed = SchemaRenaming.apply(withCatalog, Map.of());
        assertThat(catalogs(renamed)).isEmpty();
    }

    @Test
    @DisplayName("a model naming no catalog, with no schema map, is returned unchanged (the same instance)")
    void nothingToDo() {
        assertThat(catalogs(RichSchema.build())).isNotEmpty();
        assertThat(catalogs(BASE)).isEmpty();
        assertThat(SchemaRenaming.apply(BASE, Map.of())).isSameAs(BASE);
        assertThat(SchemaRenaming.apply(BASE, Map.of("app", "app2"))).isNotSameAs(BASE);
    }

    @Test
    @DisplayName("a catalog on a table, a view, a sequence, a type or a routine is dropped")
    void objectCatalogs() {
        assertCatalogsDropped(tables(t -> t.toBuilder().ref(inCatalog(t.ref())).build()));
        assertCatalogsDropped(BASE.toBuilder()
                .views(BASE.views().stream().map(v -> v.toBuilder().ref(inCatalog(v.ref())).build()).toList()).build());
        assertCatalogsDropped(BASE.toBuilder().sequences(
                BASE.sequences().stream().map(q -> q.toBuilder().ref(inCatalog(q.ref())).build()).toList()).build());
        assertCatalogsDropped(BASE.toBuilder()
                .types(BASE.types().stream().map(t -> t.toBuilder().ref(inCatalog(t.ref())).build()).toList()).build());
        assertCatalogsDropped(BASE.toBuilder().routines(
                BASE.routines().stream().map(r -> r.toBuilder().ref(inCatalog(r.ref())).build()).toList()).build());
    }

    @Test
    @DisplayName("a catalog only on a partition's parent, a foreign key's table or its referenced table is dropped")
    void referenceCatalogs() {
        assertCatalogsDropped(tables(t -> t.partition() == null || t.partition().parent() == null ? t
                : t.toBuilder().partition(new PartitionInfo(t.partition().strategy(), t.partition().key(),
                        inCatalog(t.partition().parent()), t.partition().bound())).build()));
        assertCatalogsDropped(tables(t -> t.toBuilder().constraints(t.constraints().stream()
                .map(c -> c instanceof ForeignKey f ? f.toBuilder().table(inCatalog(f.table())).build() : c)
                .toList()).build()));
        assertCatalogsDropped(tables(t -> t.toBuilder().constraints(t.constraints().stream()
                .map(c -> c instanceof ForeignKey f
                        ? f.toBuilder().referencedTable(inCatalog(f.referencedTable())).build() : c)
                .toList()).build()));
    }
}
