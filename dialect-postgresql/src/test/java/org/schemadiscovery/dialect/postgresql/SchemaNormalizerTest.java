package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;

class SchemaNormalizerTest {
    private final PostgresSchemaNormalizer normalizer = new PostgresSchemaNormalizer();

    @Test
    @DisplayName("a sequence default loses the qualifier of its own schema, keeps another schema's")
    void sequenceDefaults() {
        assertThat(PostgresSchemaNormalizer.ownSchemaSequence("nextval('app.t_id_seq'::regclass)", "app"))
                .isEqualTo("nextval('t_id_seq'::regclass)");
        assertThat(PostgresSchemaNormalizer.ownSchemaSequence("nextval('\"My App\".\"T.seq\"'::regclass)",
                "My App")).isEqualTo("nextval('\"T.seq\"'::regclass)");
        assertThat(PostgresSchemaNormalizer.ownSchemaSequence("nextval('other.s'::regclass)", "app"))
                .isEqualTo("nextval('other.s'::regclass)");
        assertThat(PostgresSchemaNormalizer.ownSchemaSequence("nextval('s'::regclass)", "public"))
                .isEqualTo("nextval('s'::regclass)");
        assertThat(PostgresSchemaNormalizer.ownSchemaSequence("'app.x'::text", "app")).isEqualTo("'app.x'::text");
    }

    @Test
    @DisplayName("a partition's index created by its parent's is left out; the partition's own index stays")
    void partitionIndexes() {
        TableRef parent = TableRef.of("app", "m");
        TableRef child = TableRef.of("app", "m_2024");
        ColumnInfo id = ColumnInfo.simple("id", 1, DataType.of("integer", Types.INTEGER), false);
        IndexInfo parentIndex = IndexInfo.builder("m_id_idx", parent).method("btree")
                .elements(List.of(IndexElement.column("id"))).valid(true).build();
        IndexInfo attached = parentIndex.toBuilder().name("m_2024_id_idx").table(child).build();
        IndexInfo own = attached.toBuilder().name("m_2024_own").unique(true).build();
        SchemaInfo s = SchemaInfo.builder(new DatabaseIdentity("PostgreSQL", "16", 16, 0, "d", "u", "postgresql"))
                .schemas(List.of("app"))
                .tables(List.of(
                        TableInfo.builder(parent, TableKind.PARTITIONED).columns(List.of(id))
                                .indexes(List.of(parentIndex)).build(),
                        TableInfo.builder(child, TableKind.PARTITION).columns(List.of(id))
                                .partition(new PartitionInfo(null, null, parent, "FOR VALUES FROM (1) TO (2)"))
                                .indexes(List.of(attached, own)).build()))
                .build();
        SchemaInfo n = normalizer.normalize(s);
        assertThat(n.tables().get(1).indexes()).containsExactly(own);
        assertThat(n.tables().get(0)).isSameAs(s.tables().get(0));
        assertThat(normalizer.normalize(n)).as("idempotent").isEqualTo(n);
    }
}
