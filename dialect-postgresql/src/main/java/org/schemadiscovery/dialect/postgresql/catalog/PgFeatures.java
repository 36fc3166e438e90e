package org.schemadiscovery.dialect.postgresql.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseIdentity;

/**
 * Every version gate of the dialect in one place: which features a server of a given {@code server_version_num}
 * has, and the SQL fragments that differ between versions. Supported: 12 to 17; later versions are assumed to keep
 * what 17 has.
 *
 * <pre>{@code PgFeatures f = PgFeatures.of(150004); f.nullsNotDistinct(); // true}</pre>
 *
 * @param versionNum {@code server_version_num}, e.g. {@code 150004}
 */
public record PgFeatures(int versionNum) {
    /** Oldest supported release. */
    public static final int OLDEST_SUPPORTED = 120000;
    /** Newest release the gates were written for. */
    public static final int NEWEST_KNOWN = 179999;

    /** Gates for this {@code server_version_num}. */
    public static PgFeatures of(int versionNum) {
        return new PgFeatures(versionNum);
    }

    /**
     * Gates for a server identified by its JDBC metadata: from PostgreSQL 10 on the version number is
     * {@code major * 10000 + minor}; before it, {@code major * 10000 + minor * 100}.
     */
    public static PgFeatures of(DatabaseIdentity identity) {
        int major = identity.majorVersion();
        int minor = identity.minorVersion();
        return new PgFeatures(major >= 10 ? major * 10000 + minor : major * 10000 + minor * 100);
    }

    /** Major release number, e.g. 15 (9 for 9.6: before 10 the major release had two parts). */
    public int major() {
        return versionNum / 10000;
    }

    /** True for the releases this dialect's queries are written for (12 and later). */
    public boolean supported() {
        return versionNum >= OLDEST_SUPPORTED;
    }

    /** {@code pg_trigger.tgparentid} (13): partition clones of a trigger are no longer marked internal. */
    public boolean triggerParentId() {
        return versionNum >= 130000;
    }

    /** Multirange types (14). */
    public boolean multiranges() {
        return versionNum >= 140000;
    }

    /** {@code UNIQUE NULLS NOT DISTINCT} and {@code pg_index.indnullsnotdistinct} (15). */
    public boolean nullsNotDistinct() {
        return versionNum >= 150000;
    }

    /** {@code MERGE} (15). */
    public boolean merge() {
        return versionNum >= 150000;
    }

    /** Unlogged sequences (15). */
    public boolean unloggedSequences() {
        return versionNum >= 150000;
    }

    /** {@code ON DELETE SET NULL (columns)} (15). */
    public boolean foreignKeySetColumns() {
        return versionNum >= 150000;
    }

    /** SQL/JSON constructors and {@code IS JSON} (16). */
    public boolean sqlJsonConstructors() {
        return versionNum >= 160000;
    }

    /** {@code pg_stat_user_indexes.last_idx_scan} (16). */
    public boolean lastIndexScan() {
        return versionNum >= 160000;
    }

    /** {@code JSON_TABLE} and SQL/JSON query functions (17). */
    public boolean jsonTable() {
        return versionNum >= 170000;
    }

    /** {@code MERGE ... RETURNING} (17). */
    public boolean mergeReturning() {
        return versionNum >= 170000;
    }

    /** Identity columns on partitioned tables (17). */
    public boolean identityOnPartitionedTables() {
        return versionNum >= 170000;
    }

    /** Feature names (mostly {@link Capability} constants) a server of this version supports. */
    public Set<String> features() {
        Set<String> f = new TreeSet<>(Set.of(
                Capability.SCHEMAS, Capability.TRANSACTIONAL_DDL, Capability.PARTIAL_INDEXES,
                Capability.EXPRESSION_INDEXES, Capability.COVERING_INDEXES, Capability.CHECK_CONSTRAINTS,
                Capability.FOREIGN_KEYS, Capability.DEFERRABLE_CONSTRAINTS, Capability.GENERATED_COLUMNS,
                Capability.IDENTITY_COLUMNS, Capability.SEQUENCES, Capability.USER_TYPES, Capability.ROUTINES,
                Capability.TRIGGERS, Capability.VIEWS, Capability.MATERIALIZED_VIEWS, Capability.PARTITIONING,
                Capability.ROW_LEVEL_SECURITY, Capability.EXTENSIONS, Capability.ARRAYS, Capability.JSON,
                Capability.RETURNING, Capability.EXCLUSION_CONSTRAINTS, Capability.COMMENTS,
                Capability.SERVER_PROCESS, "procedures", "stored-generated-columns", "foreign-tables",
                "unlogged-tables", "domains", "range-types"));
        if (multiranges()) {
            f.add("multirange-types");
        }
        if (nullsNotDistinct()) {
            f.add(Capability.NULLS_NOT_DISTINCT);
        }
        if (merge()) {
            f.add(Capability.MERGE);
        }
        if (unloggedSequences()) {
            f.add("unlogged-sequences");
        }
        if (foreignKeySetColumns()) {
            f.add("foreign-key-set-columns");
        }
        if (sqlJsonConstructors()) {
            f.add("sql-json-constructors");
        }
        if (jsonTable()) {
            f.add("json-table");
        }
        if (mergeReturning()) {
            f.add("merge-returning");
        }
        if (identityOnPartitionedTables()) {
            f.add("identity-on-partitioned-tables");
        }
        return f;
    }

    /**
     * The SQL fragments that differ between versions, by the {@code ${name}} placeholder the catalog queries use.
     */
    public Map<String, String> sqlFragments() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trigger_clone_filter", triggerParentId() ? "t.tgparentid = 0" : "true");
        m.put("nulls_not_distinct", nullsNotDistinct() ? "i.indnullsnotdistinct" : "false");
        m.put("constraint_nulls_not_distinct",
                nullsNotDistinct() ? "COALESCE(xi.indnullsnotdistinct, false)" : "false");
        return m;
    }
}
