package org.schemadiscovery.api.model;

/**
 * Well-known capability names for {@link DatabaseCapabilities}. Dialects may report others; these are the ones the
 * TCK and core understand.
 */
public final class Capability {
    /** Schemas (namespaces) inside a database. */
    public static final String SCHEMAS = "schemas";
    /** DDL inside transactions. */
    public static final String TRANSACTIONAL_DDL = "transactional-ddl";
    /** Partial (filtered) indexes. */
    public static final String PARTIAL_INDEXES = "partial-indexes";
    /** Indexes on expressions. */
    public static final String EXPRESSION_INDEXES = "expression-indexes";
    /** INCLUDE columns on indexes. */
    public static final String COVERING_INDEXES = "covering-indexes";
    /** CHECK constraints. */
    public static final String CHECK_CONSTRAINTS = "check-constraints";
    /** Foreign keys. */
    public static final String FOREIGN_KEYS = "foreign-keys";
    /** Deferrable constraints. */
    public static final String DEFERRABLE_CONSTRAINTS = "deferrable-constraints";
    /** Generated (computed) columns. */
    public static final String GENERATED_COLUMNS = "generated-columns";
    /** Identity columns. */
    public static final String IDENTITY_COLUMNS = "identity-columns";
    /** Sequences. */
    public static final String SEQUENCES = "sequences";
    /** User-defined types (enum, domain, composite). */
    public static final String USER_TYPES = "user-types";
    /** Stored routines. */
    public static final String ROUTINES = "routines";
    /** Triggers. */
    public static final String TRIGGERS = "triggers";
    /** Views. */
    public static final String VIEWS = "views";
    /** Materialized views. */
    public static final String MATERIALIZED_VIEWS = "materialized-views";
    /** Declarative partitioning. */
    public static final String PARTITIONING = "partitioning";
    /** Row-level security. */
    public static final String ROW_LEVEL_SECURITY = "row-level-security";
    /** Extensions. */
    public static final String EXTENSIONS = "extensions";
    /** Array column types. */
    public static final String ARRAYS = "arrays";
    /** JSON functions/types. */
    public static final String JSON = "json";
    /** RETURNING clause. */
    public static final String RETURNING = "returning";
    /** UNIQUE NULLS NOT DISTINCT. */
    public static final String NULLS_NOT_DISTINCT = "nulls-not-distinct";
    /** MERGE statement. */
    public static final String MERGE = "merge";
    /** EXCLUDE constraints. */
    public static final String EXCLUSION_CONSTRAINTS = "exclusion-constraints";
    /** Column and table comments. */
    public static final String COMMENTS = "comments";
    /** Concurrent sessions can kill one another (used by the TCK's failure scenarios). */
    public static final String SERVER_PROCESS = "server-process";

    private Capability() {
    }
}
