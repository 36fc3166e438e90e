package org.schemadiscovery.dialect.postgresql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseIdentity;

@DisplayName("version gates: one place, every supported release")
class PgFeaturesTest {
    private static final Set<String> COMMON = Set.of(
            Capability.SCHEMAS, Capability.TRANSACTIONAL_DDL, Capability.PARTIAL_INDEXES,
            Capability.EXPRESSION_INDEXES, Capability.COVERING_INDEXES, Capability.CHECK_CONSTRAINTS,
            Capability.FOREIGN_KEYS, Capability.DEFERRABLE_CONSTRAINTS, Capability.GENERATED_COLUMNS,
            Capability.IDENTITY_COLUMNS, Capability.SEQUENCES, Capability.USER_TYPES, Capability.ROUTINES,
            Capability.TRIGGERS, Capability.VIEWS, Capability.MATERIALIZED_VIEWS, Capability.PARTITIONING,
            Capability.ROW_LEVEL_SECURITY, Capability.EXTENSIONS, Capability.ARRAYS, Capability.JSON,
            Capability.RETURNING, Capability.EXCLUSION_CONSTRAINTS, Capability.COMMENTS, Capability.SERVER_PROCESS,
            "procedures", "stored-generated-columns", "foreign-tables", "unlogged-tables", "domains", "range-types");

    @ParameterizedTest(name = "PostgreSQL {0}: tgparentid={1} multirange={2} nnd/merge={3} json16={4} json17={5}")
    @CsvSource({
            "120022, false, false, false, false, false",
            "130018, true,  false, false, false, false",
            "140015, true,  true,  false, false, false",
            "150020, true,  true,  true,  false, false",
            "160006, true,  true,  true,  true,  false",
            "170002, true,  true,  true,  true,  true"})
    @DisplayName("gates per release")
    void gates(int version, boolean parentId, boolean multirange, boolean v15, boolean v16, boolean v17) {
        PgFeatures f = PgFeatures.of(version);
        assertThat(f.supported()).isTrue();
        assertThat(f.major()).isEqualTo(version / 10000);
        assertThat(f.triggerParentId()).isEqualTo(parentId);
        assertThat(f.multiranges()).isEqualTo(multirange);
        assertThat(f.nullsNotDistinct()).isEqualTo(v15);
        assertThat(f.merge()).isEqualTo(v15);
        assertThat(f.unloggedSequences()).isEqualTo(v15);
        assertThat(f.foreignKeySetColumns()).isEqualTo(v15);
        assertThat(f.sqlJsonConstructors()).isEqualTo(v16);
        assertThat(f.lastIndexScan()).isEqualTo(v16);
        assertThat(f.jsonTable()).isEqualTo(v17);
        assertThat(f.mergeReturning()).isEqualTo(v17);
        assertThat(f.identityOnPartitionedTables()).isEqualTo(v17);

        Set<String> expected = new TreeSet<>(COMMON);
        if (multirange) {
            expected.add("multirange-types");
        }
        if (v15) {
            expected.addAll(Set.of(Capability.NULLS_NOT_DISTINCT, Capability.MERGE, "unlogged-sequences",
                    "foreign-key-set-columns"));
        }
        if (v16) {
            expected.add("sql-json-constructors");
        }
        if (v17) {
            expected.addAll(Set.of("json-table", "merge-returning", "identity-on-partitioned-tables"));
        }
        assertThat(f.features()).containsExactlyElementsOf(expected);

        assertThat(f.sqlFragments()).isEqualTo(Map.of(
                "trigger_clone_filter", parentId ? "t.tgparentid = 0" : "true",
                "nulls_not_distinct", v15 ? "i.indnullsnotdistinct" : "false",
                "constraint_nulls_not_distinct", v15 ? "COALESCE(xi.indnullsnotdistinct, false)" : "false"));
    }

    @Test
    @DisplayName("the version number comes from the JDBC major and minor version")
    void fromIdentity() {
        assertThat(PgFeatures.of(identity(15, 20)).versionNum()).isEqualTo(150020);
        assertThat(PgFeatures.of(identity(12, 3)).versionNum()).isEqualTo(120003);
        assertThat(PgFeatures.of(identity(9, 6)).versionNum()).isEqualTo(90600);
        assertThat(PgFeatures.of(identity(9, 6)).major()).isEqualTo(9);
        assertThat(PgFeatures.of(identity(11, 22)).supported()).isFalse();
        assertThat(PgFeatures.of(identity(18, 0)).supported()).isTrue();
    }

    static DatabaseIdentity identity(int major, int minor) {
        return new DatabaseIdentity("PostgreSQL", major + "." + minor, major, minor, "PostgreSQL JDBC Driver 42.7.14",
                "jdbc:postgresql://127.0.0.1:5432/x", null);
    }
}
