package org.schemadiscovery.dialect.postgresql.tck;

import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.HostileNames;

/**
 * The kit's scenarios in PostgreSQL syntax, with the values the PostgreSQL dialect reads back, for a server of one
 * major version (15, the local server, unless {@link PostgresVersionKit} says otherwise).
 */
final class PostgresFixtures implements DialectFixtures {
    private final int major;

    PostgresFixtures() {
        this(15);
    }

    PostgresFixtures(int major) {
        this.major = major;
    }

    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static DataType type(String declared, String base, List<Integer> modifiers, int jdbcType) {
        return new DataType(declared, base, modifiers, 0, TypeCategory.BUILTIN, null, jdbcType);
    }

    @Override
    public String schema() {
        return "public";
    }

    @Override
    public Set<String> expectedCapabilities() {
        // PostgreSQL 12 and 13
        Set<String> base = Set.of(Capability.SCHEMAS, Capability.TRANSACTIONAL_DDL, Capability.PARTIAL_INDEXES,
                Capability.EXPRESSION_INDEXES, Capability.COVERING_INDEXES, Capability.CHECK_CONSTRAINTS,
                Capability.FOREIGN_KEYS, Capability.DEFERRABLE_CONSTRAINTS, Capability.GENERATED_COLUMNS,
                Capability.IDENTITY_COLUMNS, Capability.SEQUENCES, Capability.USER_TYPES, Capability.ROUTINES,
                Capability.TRIGGERS, Capability.VIEWS, Capability.MATERIALIZED_VIEWS, Capability.PARTITIONING,
                Capability.ROW_LEVEL_SECURITY, Capability.EXTENSIONS, Capability.ARRAYS, Capability.JSON,
                Capability.RETURNING, Capability.EXCLUSION_CONSTRAINTS, Capability.COMMENTS,
                Capability.SERVER_PROCESS, "procedures", "stored-generated-columns", "foreign-tables",
                "unlogged-tables", "domains", "range-types");
        Set<String> expected = new TreeSet<>(base);
        if (major >= 14) {
            expected.add("multirange-types");
        }
        if (major >= 15) {
            expected.addAll(Set.of(Capability.NULLS_NOT_DISTINCT, Capability.MERGE, "unlogged-sequences",
                    "foreign-key-set-columns"));
        }
        if (major >= 16) {
            expected.add("sql-json-constructors");
        }
        if (major >= 17) {
            expected.addAll(Set.of("json-table", "merge-returning", "identity-on-partitioned-tables"));
        }
        return expected;
    }

    @Override
    public List<String> columnsDdl() {
        return List.of("CREATE TABLE tck_columns (id integer NOT NULL, code varchar(12) NOT NULL,"
                        + " amount numeric(10,2) NOT NULL DEFAULT 0, note text, created timestamp,"
                        + " CONSTRAINT tck_columns_pk PRIMARY KEY (id))",
                "CREATE TABLE tck_plain (v integer)");
    }

    @Override
    public List<DataType> columnTypes() {
        return List.of(type("integer", "integer", List.of(), Types.INTEGER),
                type("character varying(12)", "character varying", List.of(12), Types.VARCHAR),
                type("numeric(10,2)", "numeric", List.of(10, 2), Types.NUMERIC),
                type("text", "text", List.of(), Types.VARCHAR),
                type("timestamp without time zone", "timestamp without time zone", List.of(), Types.TIMESTAMP));
    }

    @Override
    public String amountDefault() {
        return "0";
    }

    @Override
    public DataType plainColumnType() {
        return type("integer", "integer", List.of(), Types.INTEGER);
    }

    @Override
    public List<String> generatedColumnDdl() {
        return List.of("CREATE TABLE tck_generated (a integer NOT NULL, b integer NOT NULL,"
                + " total integer GENERATED ALWAYS AS (a + b) STORED)");
    }

    @Override
    public String generatedExpression() {
        return "(a + b)";
    }

    @Override
    public List<String> identityColumnDdl() {
        return List.of("CREATE TABLE tck_identity (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text)");
    }

    @Override
    public IdentityGeneration identityGeneration() {
        return IdentityGeneration.ALWAYS;
    }

    @Override
    public List<String> commentsDdl() {
        return List.of("COMMENT ON TABLE tck_columns IS 'TCK table'",
                "COMMENT ON COLUMN tck_columns.code IS 'TCK code'");
    }

    @Override
    public List<String> indexCommentDdl() {
        return List.of("COMMENT ON INDEX tck_idx_a IS 'TCK index'");
    }

    @Override
    public List<String> keysDdl() {
        return List.of("CREATE TABLE tck_parent (id integer NOT NULL, code varchar(12) NOT NULL,"
                        + " CONSTRAINT tck_parent_pk PRIMARY KEY (id), CONSTRAINT tck_parent_code_uq UNIQUE (code))",
                "CREATE TABLE tck_child (id integer NOT NULL, parent_id integer NOT NULL, qty integer NOT NULL,"
                        + " CONSTRAINT tck_child_pk PRIMARY KEY (id),"
                        + " CONSTRAINT tck_child_parent_fk FOREIGN KEY (parent_id) REFERENCES tck_parent (id)"
                        + " ON DELETE CASCADE, CONSTRAINT tck_child_qty_ck CHECK (qty > 0))",
                "CREATE TABLE tck_pair (a integer NOT NULL, b integer NOT NULL,"
                        + " CONSTRAINT tck_pair_pk PRIMARY KEY (b, a))");
    }

    @Override
    public String checkExpression() {
        return "(qty > 0)";
    }

    @Override
    public List<String> deferrableDdl() {
        return List.of("CREATE TABLE tck_deferred (id integer NOT NULL, parent_id integer,"
                + " CONSTRAINT tck_deferred_pk PRIMARY KEY (id), CONSTRAINT tck_deferred_fk FOREIGN KEY (parent_id)"
                + " REFERENCES tck_parent (id) DEFERRABLE INITIALLY DEFERRED)");
    }

    @Override
    public List<String> indexesDdl() {
        return List.of("CREATE TABLE tck_indexed (id integer NOT NULL, a integer NOT NULL, b varchar(20), c integer,"
                        + " CONSTRAINT tck_indexed_pk PRIMARY KEY (id))",
                "CREATE INDEX tck_idx_a ON tck_indexed (a)",
                "CREATE UNIQUE INDEX tck_idx_b_a ON tck_indexed (b, a)");
    }

    @Override
    public List<String> descendingIndexDdl() {
        return List.of("CREATE INDEX tck_idx_c_desc ON tck_indexed (c DESC, a)");
    }

    @Override
    public String indexMethod() {
        return "btree";
    }

    @Override
    public List<String> partialIndexDdl() {
        return List.of("CREATE INDEX tck_idx_partial ON tck_indexed (c) WHERE c > 10");
    }

    @Override
    public String partialIndexPredicate() {
        return "(c > 10)";
    }

    @Override
    public List<String> expressionIndexDdl() {
        return List.of("CREATE INDEX tck_idx_lower_b ON tck_indexed (lower(b))");
    }

    @Override
    public String expressionIndexExpression() {
        return "lower((b)::text)";
    }

    @Override
    public List<String> coveringIndexDdl() {
        return List.of("CREATE INDEX tck_idx_covering ON tck_indexed (a) INCLUDE (c)");
    }

    @Override
    public List<String> viewsDdl() {
        return List.of("CREATE TABLE tck_view_base (id integer NOT NULL PRIMARY KEY, name varchar(20) NOT NULL,"
                        + " active integer NOT NULL)",
                "CREATE VIEW tck_active AS SELECT id, name FROM tck_view_base WHERE active = 1");
    }

    @Override
    public String viewDefinition() {
        // pg_get_viewdef with an empty search_path: the dialect's stable, schema-qualified rendering; from 16 the
        // server no longer qualifies columns of a view over one table
        if (major >= 16) {
            return " SELECT id,\n    name\n   FROM public.tck_view_base\n  WHERE (active = 1);";
        }
        return " SELECT tck_view_base.id,\n    tck_view_base.name\n   FROM public.tck_view_base\n"
                + "  WHERE (tck_view_base.active = 1);";
    }

    @Override
    public List<String> materializedViewDdl() {
        return List.of("CREATE MATERIALIZED VIEW tck_active_mat AS SELECT id, name FROM tck_view_base");
    }

    @Override
    public List<String> sequenceDdl() {
        return List.of("CREATE SEQUENCE tck_seq START 5 INCREMENT 3 MINVALUE 1 MAXVALUE 1000 CACHE 1 NO CYCLE");
    }

    @Override
    public String sequenceType() {
        return "bigint";
    }

    @Override
    public List<String> enumTypeDdl() {
        return List.of("CREATE TYPE tck_mood AS ENUM ('sad', 'ok', 'happy')");
    }

    @Override
    public List<String> routineDdl() {
        return List.of("CREATE FUNCTION tck_add(a integer, b integer) RETURNS integer LANGUAGE sql"
                + " AS 'SELECT a + b'");
    }

    @Override
    public String routineArguments() {
        return "a integer, b integer";
    }

    @Override
    public String routineReturnType() {
        return "integer";
    }

    @Override
    public String routineLanguage() {
        return "sql";
    }

    @Override
    public List<String> triggerDdl() {
        return List.of("CREATE TABLE tck_audited (id integer NOT NULL PRIMARY KEY, v integer)",
                "CREATE TABLE tck_audit_log (id integer)",
                "CREATE FUNCTION tck_audit_fn() RETURNS trigger LANGUAGE plpgsql AS"
                        + " 'BEGIN INSERT INTO tck_audit_log (id) VALUES (NEW.id); RETURN NEW; END'",
                "CREATE TRIGGER tck_audited_trg AFTER INSERT ON tck_audited FOR EACH ROW"
                        + " EXECUTE FUNCTION tck_audit_fn()");
    }

    @Override
    public String triggerFunction() {
        return "public.tck_audit_fn";
    }

    @Override
    public List<String> relationshipsDdl() {
        return List.of("CREATE TABLE tck_author (id integer NOT NULL PRIMARY KEY)",
                "CREATE TABLE tck_book (id integer NOT NULL PRIMARY KEY, author_id integer NOT NULL,"
                        + " CONSTRAINT tck_book_author_fk FOREIGN KEY (author_id) REFERENCES tck_author (id))",
                "CREATE TABLE tck_profile (author_id integer NOT NULL PRIMARY KEY,"
                        + " CONSTRAINT tck_profile_author_fk FOREIGN KEY (author_id) REFERENCES tck_author (id))",
                "CREATE TABLE tck_tag (id integer NOT NULL PRIMARY KEY)",
                "CREATE TABLE tck_book_tag (book_id integer NOT NULL, tag_id integer NOT NULL,"
                        + " PRIMARY KEY (book_id, tag_id),"
                        + " CONSTRAINT tck_book_tag_book_fk FOREIGN KEY (book_id) REFERENCES tck_book (id),"
                        + " CONSTRAINT tck_book_tag_tag_fk FOREIGN KEY (tag_id) REFERENCES tck_tag (id))");
    }

    @Override
    public List<String> hostileDdl() {
        return List.of("CREATE TABLE " + q(HostileNames.TABLE) + " (" + q(HostileNames.KEY) + " integer NOT NULL, "
                        + q(HostileNames.MIXED) + " varchar(20), " + q(HostileNames.SEMI) + " integer, "
                        + q(HostileNames.DOTTED) + " integer, PRIMARY KEY (" + q(HostileNames.KEY) + "))",
                "CREATE INDEX " + q(HostileNames.INDEX) + " ON " + q(HostileNames.TABLE) + " ("
                        + q(HostileNames.MIXED) + ")",
                "CREATE TABLE " + q(HostileNames.CHILD) + " (" + q(HostileNames.CHILD_REF) + " integer, CONSTRAINT "
                        + q(HostileNames.FOREIGN_KEY) + " FOREIGN KEY (" + q(HostileNames.CHILD_REF) + ") REFERENCES "
                        + q(HostileNames.TABLE) + " (" + q(HostileNames.KEY) + "))");
    }

    @Override
    public List<String> scaleTableDdl(String table, String previous) {
        return List.of("CREATE TABLE " + table + " (id integer NOT NULL PRIMARY KEY, name varchar(20) NOT NULL,"
                        + " prev_id integer" + (previous == null ? "" : " REFERENCES " + previous + " (id)") + ")",
                "CREATE INDEX " + table + "_name_ix ON " + table + " (name)");
    }

    @Override
    public List<org.schemadiscovery.tck.MigrationScenario> migrationScenarios() {
        return PostgresMigrationScenarios.all();
    }
}
