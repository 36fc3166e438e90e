package org.schemadiscovery.tck;

import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.TableRef;

/**
 * A dialect's scenarios: DDL in its own syntax for the objects the kit specifies, and the exact values it prints
 * back (types, defaults, expressions). The kit fixes names, order, nullability and keys; the fixture supplies what
 * only the dialect knows. DDL is a list of statements without trailing semicolons. A method for a scenario the
 * dialect's capabilities exclude is never called and may throw {@link UnsupportedOperationException}.
 *
 * <p>Names: every object lives in {@link #schema()}; identifiers below are unquoted lower case unless quoted.
 */
public interface DialectFixtures {

    // ---------------------------------------------------------------- naming and capabilities

    /** The schema the DDL creates objects in, e.g. {@code public} or {@code main}; null where there are none. */
    String schema();

    /**
     * The reference the dialect reports for an object the DDL created; by default without catalog, in
     * {@link #schema()}. Override it where the schema depends on the database, e.g. MySQL, whose schema is the
     * database: {@code TableRef.of(db.name(), name)}.
     */
    default TableRef ref(TestDatabase db, String name) {
        return new TableRef(null, schema(), name);
    }

    /**
     * Exactly the capability features the strategy declares for the test server; the identity group asserts
     * equality, so a dialect cannot silently skip scenarios by dropping a capability.
     */
    Set<String> expectedCapabilities();

    /**
     * True for a constraint or index name the database generated (not written in the DDL), e.g.
     * {@code sqlite_autoindex_t_1}.
     */
    default boolean isGeneratedName(String name) {
        return false;
    }

    /**
     * The constraint name the dialect reports for a constraint the DDL names {@code declared}; by default the name
     * itself. A database that stores no constraint names maps it to null.
     */
    default String constraintName(String declared) {
        return declared;
    }

    /**
     * A name the kit itself writes into SQL (the read-only group inserts into and counts {@code tck_plain}, the
     * comparison group adds a column and a table), as the database needs it to find the object the DDL created; by
     * default unquoted. A database that folds unquoted
     * names to upper case (H2, Oracle, Db2) quotes the kit's lower-case names in its DDL, so they are stored and
     * reported exactly as the kit expects them, and quotes them here too: {@code "\"" + name + "\""}.
     */
    default String quote(String name) {
        return name;
    }

    /**
     * The action the dialect reports for ON UPDATE or ON DELETE where the DDL declares none; by default
     * {@link ReferentialAction#NO_ACTION}, the SQL standard's default. A database that reports
     * {@link ReferentialAction#RESTRICT} for an undeclared action (H2 does; its RESTRICT and NO ACTION behave the
     * same) returns that.
     */
    default ReferentialAction undeclaredAction() {
        return ReferentialAction.NO_ACTION;
    }

    // ---------------------------------------------------------------- tables, columns, types

    /**
     * Table {@code tck_columns}: {@code id} integer NOT NULL primary key (constraint {@code tck_columns_pk});
     * {@code code} varchar(12) NOT NULL; {@code amount} decimal(10,2) NOT NULL DEFAULT 0; {@code note} text NULL;
     * {@code created} timestamp NULL. Plus table {@code tck_plain}: {@code v} integer NULL, no key.
     */
    List<String> columnsDdl();

    /** Types of tck_columns' five columns in order, exactly as discovered. */
    List<DataType> columnTypes();

    /**
     * The identity the dialect reports for {@code tck_columns.id}: null by default; e.g. SQLite reports a rowid
     * alias ({@code INTEGER PRIMARY KEY}) as an auto-assigned BY DEFAULT identity.
     */
    default ColumnIdentity columnsIdIdentity() {
        return null;
    }

    /** The default of {@code amount} as the dialect prints it, e.g. {@code 0}. */
    String amountDefault();

    /** The type of {@code tck_plain.v} as discovered. */
    DataType plainColumnType();

    /**
     * (generated-columns) Table {@code tck_generated}: {@code a} integer NOT NULL, {@code b} integer NOT NULL,
     * {@code total} integer generated always as {@code a + b}, STORED.
     */
    default List<String> generatedColumnDdl() {
        throw new UnsupportedOperationException("generated columns");
    }

    /** The generation expression of {@code tck_generated.total} as the dialect prints it. */
    default String generatedExpression() {
        throw new UnsupportedOperationException("generated columns");
    }

    /**
     * (identity-columns) Table {@code tck_identity}: {@code id} an identity / auto-increment integer primary key,
     * {@code v} text NULL.
     */
    default List<String> identityColumnDdl() {
        throw new UnsupportedOperationException("identity columns");
    }

    /** How {@code tck_identity.id} takes its values. */
    default IdentityGeneration identityGeneration() {
        throw new UnsupportedOperationException("identity columns");
    }

    /**
     * (comments) Run after {@link #columnsDdl()}: table {@code tck_columns} gets the comment {@code TCK table} and
     * column {@code code} the comment {@code TCK code}.
     */
    default List<String> commentsDdl() {
        throw new UnsupportedOperationException("comments");
    }

    // ---------------------------------------------------------------- keys and constraints

    /**
     * Table {@code tck_parent}: {@code id} integer NOT NULL (primary key {@code tck_parent_pk}), {@code code}
     * varchar(12) NOT NULL (unique constraint {@code tck_parent_code_uq}). Table {@code tck_child}: {@code id}
     * integer NOT NULL (primary key {@code tck_child_pk}), {@code parent_id} integer NOT NULL (foreign key
     * {@code tck_child_parent_fk} to tck_parent(id) ON DELETE CASCADE), {@code qty} integer NOT NULL (check
     * {@code tck_child_qty_ck}: qty &gt; 0). Table {@code tck_pair}: {@code a} integer NOT NULL, {@code b} integer
     * NOT NULL, primary key {@code tck_pair_pk} on (b, a) — key order differs from column order.
     */
    List<String> keysDdl();

    /** The expression of check {@code tck_child_qty_ck} as the dialect prints it, e.g. {@code (qty > 0)}. */
    default String checkExpression() {
        throw new UnsupportedOperationException("check constraints");
    }

    /** The columns the dialect reports for {@code tck_child_qty_ck}: {@code [qty]}, or empty if it cannot say. */
    default List<String> checkColumns() {
        return List.of("qty");
    }

    /**
     * (deferrable-constraints) Run after {@link #keysDdl()}: table {@code tck_deferred}: {@code id} integer NOT NULL
     * (primary key {@code tck_deferred_pk}), {@code parent_id} integer NULL (foreign key {@code tck_deferred_fk} to
     * tck_parent(id), DEFERRABLE INITIALLY DEFERRED).
     */
    default List<String> deferrableDdl() {
        throw new UnsupportedOperationException("deferrable constraints");
    }

    // ---------------------------------------------------------------- indexes

    /**
     * Table {@code tck_indexed}: {@code id} integer NOT NULL (primary key {@code tck_indexed_pk}), {@code a} integer
     * NOT NULL, {@code b} varchar(20) NULL, {@code c} integer NULL; index {@code tck_idx_a} on (a); unique index
     * {@code tck_idx_b_a} on (b, a) — key order differs from column order.
     */
    List<String> indexesDdl();

    /**
     * True where a unique index and a UNIQUE constraint are one and the same catalog object (MySQL, MariaDB:
     * information_schema lists every unique index as a UNIQUE constraint, and nothing records whether it was made
     * with CREATE UNIQUE INDEX or a constraint clause). The indexes group then expects {@code tck_idx_b_a} as a unique
     * index backing the UNIQUE constraint {@code tck_idx_b_a}, instead of a plain unique index.
     */
    default boolean uniqueIndexesAreConstraints() {
        return false;
    }

    /**
     * (comments) Run after {@link #indexesDdl()}: index {@code tck_idx_a} gets the comment {@code TCK index}. Empty
     * (the kit skips the scenario, naming why) where the dialect keeps table and column comments only.
     */
    default List<String> indexCommentDdl() {
        return List.of();
    }

    /** Run after {@link #indexesDdl()}: index {@code tck_idx_c_desc} on (c DESC, a). */
    List<String> descendingIndexDdl();

    /** The access method the dialect reports for these indexes, e.g. {@code btree}; null where it has one kind. */
    String indexMethod();

    /** (partial-indexes) Run after {@link #indexesDdl()}: index {@code tck_idx_partial} on (c) where c &gt; 10. */
    default List<String> partialIndexDdl() {
        throw new UnsupportedOperationException("partial indexes");
    }

    /** The predicate of {@code tck_idx_partial} as the dialect prints it. */
    default String partialIndexPredicate() {
        throw new UnsupportedOperationException("partial indexes");
    }

    /** (expression-indexes) Run after {@link #indexesDdl()}: index {@code tck_idx_lower_b} on (lower(b)). */
    default List<String> expressionIndexDdl() {
        throw new UnsupportedOperationException("expression indexes");
    }

    /** The key expression of {@code tck_idx_lower_b} as the dialect prints it, e.g. {@code lower((b)::text)}. */
    default String expressionIndexExpression() {
        throw new UnsupportedOperationException("expression indexes");
    }

    /** (covering-indexes) Run after {@link #indexesDdl()}: index {@code tck_idx_covering} on (a) INCLUDE (c). */
    default List<String> coveringIndexDdl() {
        throw new UnsupportedOperationException("covering indexes");
    }

    // ---------------------------------------------------------------- views

    /**
     * (views) Table {@code tck_view_base}: {@code id} integer NOT NULL primary key, {@code name} varchar(20) NOT
     * NULL, {@code active} integer NOT NULL; view {@code tck_active} as: select id, name from tck_view_base where
     * active = 1.
     */
    default List<String> viewsDdl() {
        throw new UnsupportedOperationException("views");
    }

    /** The definition of {@code tck_active} exactly as the dialect reports it. */
    default String viewDefinition() {
        throw new UnsupportedOperationException("views");
    }

    /**
     * (materialized-views) Run after {@link #viewsDdl()}: materialized view {@code tck_active_mat} as: select id,
     * name from tck_view_base.
     */
    default List<String> materializedViewDdl() {
        throw new UnsupportedOperationException("materialized views");
    }

    // ---------------------------------------------------------------- sequences, types, routines, triggers

    /**
     * (sequences) Sequence {@code tck_seq}: start 5, increment 3, minvalue 1, maxvalue 1000, cache 1, no cycle,
     * never used.
     */
    default List<String> sequenceDdl() {
        throw new UnsupportedOperationException("sequences");
    }

    /** The value type of {@code tck_seq} as the dialect prints it, e.g. {@code bigint}. */
    default String sequenceType() {
        throw new UnsupportedOperationException("sequences");
    }

    /** (user-types) Enum type {@code tck_mood} with the labels {@code sad}, {@code ok}, {@code happy} in that order. */
    default List<String> enumTypeDdl() {
        throw new UnsupportedOperationException("user types");
    }

    /** (routines) Function {@code tck_add(a integer, b integer)} returning integer: a + b. */
    default List<String> routineDdl() {
        throw new UnsupportedOperationException("routines");
    }

    /** The argument list of {@code tck_add} as reported, e.g. {@code a integer, b integer}. */
    default String routineArguments() {
        throw new UnsupportedOperationException("routines");
    }

    /** The return type of {@code tck_add} as reported, e.g. {@code integer}. */
    default String routineReturnType() {
        throw new UnsupportedOperationException("routines");
    }

    /** The language of {@code tck_add} as reported, e.g. {@code sql}. */
    default String routineLanguage() {
        throw new UnsupportedOperationException("routines");
    }

    /**
     * (triggers) Tables {@code tck_audited} ({@code id} integer NOT NULL primary key, {@code v} integer NULL) and
     * {@code tck_audit_log} ({@code id} integer NULL); trigger {@code tck_audited_trg} AFTER INSERT ON tck_audited
     * FOR EACH ROW inserting new.id into tck_audit_log (through whatever the dialect needs, e.g. a function).
     */
    default List<String> triggerDdl() {
        throw new UnsupportedOperationException("triggers");
    }

    /** The function {@code tck_audited_trg} calls as reported, or null where the body is inline. */
    default String triggerFunction() {
        throw new UnsupportedOperationException("triggers");
    }

    // ---------------------------------------------------------------- relationships

    /**
     * (foreign-keys) {@code tck_author}(id integer NOT NULL primary key); {@code tck_book}(id integer NOT NULL
     * primary key, author_id integer NOT NULL, foreign key {@code tck_book_author_fk} to tck_author(id));
     * {@code tck_profile}(author_id integer NOT NULL primary key, foreign key {@code tck_profile_author_fk} to
     * tck_author(id)); {@code tck_tag}(id integer NOT NULL primary key); {@code tck_book_tag}(book_id integer NOT
     * NULL, tag_id integer NOT NULL, primary key (book_id, tag_id), foreign keys {@code tck_book_tag_book_fk} to
     * tck_book(id) and {@code tck_book_tag_tag_fk} to tck_tag(id)).
     */
    List<String> relationshipsDdl();

    // ---------------------------------------------------------------- hostile identifiers

    /**
     * Table named {@link HostileNames#TABLE} with columns {@link HostileNames#KEY} integer NOT NULL (its primary
     * key), {@link HostileNames#MIXED} varchar(20) NULL, {@link HostileNames#SEMI} integer NULL,
     * {@link HostileNames#DOTTED} integer NULL; index {@link HostileNames#INDEX} on ({@link HostileNames#MIXED});
     * table {@link HostileNames#CHILD} with {@link HostileNames#CHILD_REF} integer NULL, foreign key
     * {@link HostileNames#FOREIGN_KEY} to the first table's key. Every name quoted as the dialect requires.
     */
    List<String> hostileDdl();

    // ---------------------------------------------------------------- scale

    /**
     * Statements creating one scale table {@code table}: {@code id} integer NOT NULL primary key, {@code name}
     * varchar(20) NOT NULL, {@code prev_id} integer NULL with a foreign key to {@code previous}(id) when
     * {@code previous} is not null, and an index {@code <table>_name_ix} on (name). The kit batches the statements
     * of all tables into one {@link TestDatabase#execute} call.
     */
    List<String> scaleTableDdl(String table, String previous);

    // ---------------------------------------------------------------- migrations

    /**
     * The "migrations" group's scenarios in the dialect's syntax: every name of {@link MigrationScenario#GENERIC}
     * (tables {@code tck_m_*}), plus any of the dialect's own. Only called when the dialect has a planner.
     */
    default List<MigrationScenario> migrationScenarios() {
        return List.of();
    }
}
