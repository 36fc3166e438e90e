package org.schemadiscovery.dialect.sqlite.tck;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.HostileNames;
import org.schemadiscovery.tck.MigrationScenario;

/** The kit's scenarios in SQLite syntax, with the values the SQLite dialect reads back. */
final class SqliteFixtures implements DialectFixtures {
    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static DataType type(String declared, String base, List<Integer> modifiers, int jdbcType) {
        return new DataType(declared, base, modifiers, 0, TypeCategory.BUILTIN, null, jdbcType);
    }

    @Override
    public String schema() {
        return "main";
    }

    @Override
    public Set<String> expectedCapabilities() {
        return Set.of(Capability.VIEWS, Capability.TRIGGERS, Capability.CHECK_CONSTRAINTS, Capability.FOREIGN_KEYS,
                Capability.DEFERRABLE_CONSTRAINTS, Capability.TRANSACTIONAL_DDL, "attached-databases",
                Capability.PARTIAL_INDEXES, "without-rowid", Capability.EXPRESSION_INDEXES, "upsert",
                "window-functions", "rename-column", Capability.GENERATED_COLUMNS, Capability.RETURNING,
                "drop-column", "strict-tables", "table-list", Capability.JSON);
    }

    @Override
    public boolean isGeneratedName(String name) {
        return name.startsWith("sqlite_autoindex_");
    }

    @Override
    public List<String> columnsDdl() {
        return List.of("CREATE TABLE tck_columns (id INTEGER NOT NULL, code VARCHAR(12) NOT NULL,"
                        + " amount DECIMAL(10,2) NOT NULL DEFAULT 0, note TEXT, created TIMESTAMP,"
                        + " CONSTRAINT tck_columns_pk PRIMARY KEY (id))",
                "CREATE TABLE tck_plain (v INTEGER)");
    }

    @Override
    public List<DataType> columnTypes() {
        return List.of(type("INTEGER", "INTEGER", List.of(), Types.INTEGER),
                type("VARCHAR(12)", "VARCHAR", List.of(12), Types.VARCHAR),
                type("DECIMAL(10,2)", "DECIMAL", List.of(10, 2), Types.DECIMAL),
                type("TEXT", "TEXT", List.of(), Types.VARCHAR),
                type("TIMESTAMP", "TIMESTAMP", List.of(), Types.TIMESTAMP));
    }

    /** {@code INTEGER PRIMARY KEY} is an alias of the rowid: SQLite assigns it. */
    @Override
    public ColumnIdentity columnsIdIdentity() {
        return new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null);
    }

    @Override
    public String amountDefault() {
        return "0";
    }

    @Override
    public DataType plainColumnType() {
        return type("INTEGER", "INTEGER", List.of(), Types.INTEGER);
    }

    @Override
    public List<String> generatedColumnDdl() {
        return List.of("CREATE TABLE tck_generated (a INTEGER NOT NULL, b INTEGER NOT NULL,"
                + " total INTEGER GENERATED ALWAYS AS (a + b) STORED)");
    }

    @Override
    public String generatedExpression() {
        return "a + b";
    }

    @Override
    public List<String> keysDdl() {
        return List.of("CREATE TABLE tck_parent (id INTEGER NOT NULL, code VARCHAR(12) NOT NULL,"
                        + " CONSTRAINT tck_parent_pk PRIMARY KEY (id), CONSTRAINT tck_parent_code_uq UNIQUE (code))",
                "CREATE TABLE tck_child (id INTEGER NOT NULL, parent_id INTEGER NOT NULL, qty INTEGER NOT NULL,"
                        + " CONSTRAINT tck_child_pk PRIMARY KEY (id),"
                        + " CONSTRAINT tck_child_parent_fk FOREIGN KEY (parent_id) REFERENCES tck_parent (id)"
                        + " ON DELETE CASCADE, CONSTRAINT tck_child_qty_ck CHECK (qty > 0))",
                "CREATE TABLE tck_pair (a INTEGER NOT NULL, b INTEGER NOT NULL,"
                        + " CONSTRAINT tck_pair_pk PRIMARY KEY (b, a))");
    }

    @Override
    public String checkExpression() {
        return "qty > 0";
    }

    @Override
    public List<String> deferrableDdl() {
        return List.of("CREATE TABLE tck_deferred (id INTEGER NOT NULL, parent_id INTEGER,"
                + " CONSTRAINT tck_deferred_pk PRIMARY KEY (id), CONSTRAINT tck_deferred_fk FOREIGN KEY (parent_id)"
                + " REFERENCES tck_parent (id) DEFERRABLE INITIALLY DEFERRED)");
    }

    @Override
    public List<String> indexesDdl() {
        return List.of("CREATE TABLE tck_indexed (id INTEGER NOT NULL, a INTEGER NOT NULL, b VARCHAR(20), c INTEGER,"
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
        return null;
    }

    @Override
    public List<String> partialIndexDdl() {
        return List.of("CREATE INDEX tck_idx_partial ON tck_indexed (c) WHERE c > 10");
    }

    @Override
    public String partialIndexPredicate() {
        return "c > 10";
    }

    @Override
    public List<String> expressionIndexDdl() {
        return List.of("CREATE INDEX tck_idx_lower_b ON tck_indexed (lower(b))");
    }

    @Override
    public String expressionIndexExpression() {
        return "lower(b)";
    }

    @Override
    public List<String> viewsDdl() {
        return List.of("CREATE TABLE tck_view_base (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL,"
                        + " active INTEGER NOT NULL)",
                "CREATE VIEW tck_active AS SELECT id, name FROM tck_view_base WHERE active = 1");
    }

    @Override
    public String viewDefinition() {
        return "SELECT id, name FROM tck_view_base WHERE active = 1";
    }

    @Override
    public List<String> triggerDdl() {
        return List.of("CREATE TABLE tck_audited (id INTEGER NOT NULL PRIMARY KEY, v INTEGER)",
                "CREATE TABLE tck_audit_log (id INTEGER)",
                "CREATE TRIGGER tck_audited_trg AFTER INSERT ON tck_audited FOR EACH ROW"
                        + " BEGIN INSERT INTO tck_audit_log (id) VALUES (new.id); END");
    }

    @Override
    public String triggerFunction() {
        return null;
    }

    @Override
    public List<String> relationshipsDdl() {
        return List.of("CREATE TABLE tck_author (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE tck_book (id INTEGER NOT NULL PRIMARY KEY, author_id INTEGER NOT NULL,"
                        + " CONSTRAINT tck_book_author_fk FOREIGN KEY (author_id) REFERENCES tck_author (id))",
                "CREATE TABLE tck_profile (author_id INTEGER NOT NULL PRIMARY KEY,"
                        + " CONSTRAINT tck_profile_author_fk FOREIGN KEY (author_id) REFERENCES tck_author (id))",
                "CREATE TABLE tck_tag (id INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE tck_book_tag (book_id INTEGER NOT NULL, tag_id INTEGER NOT NULL,"
                        + " PRIMARY KEY (book_id, tag_id),"
                        + " CONSTRAINT tck_book_tag_book_fk FOREIGN KEY (book_id) REFERENCES tck_book (id),"
                        + " CONSTRAINT tck_book_tag_tag_fk FOREIGN KEY (tag_id) REFERENCES tck_tag (id))");
    }

    @Override
    public List<String> hostileDdl() {
        return List.of("CREATE TABLE " + q(HostileNames.TABLE) + " (" + q(HostileNames.KEY) + " INTEGER NOT NULL, "
                        + q(HostileNames.MIXED) + " VARCHAR(20), " + q(HostileNames.SEMI) + " INTEGER, "
                        + q(HostileNames.DOTTED) + " INTEGER, PRIMARY KEY (" + q(HostileNames.KEY) + "))",
                "CREATE INDEX " + q(HostileNames.INDEX) + " ON " + q(HostileNames.TABLE) + " ("
                        + q(HostileNames.MIXED) + ")",
                "CREATE TABLE " + q(HostileNames.CHILD) + " (" + q(HostileNames.CHILD_REF) + " INTEGER, CONSTRAINT "
                        + q(HostileNames.FOREIGN_KEY) + " FOREIGN KEY (" + q(HostileNames.CHILD_REF) + ") REFERENCES "
                        + q(HostileNames.TABLE) + " (" + q(HostileNames.KEY) + "))");
    }

    @Override
    public List<String> scaleTableDdl(String table, String previous) {
        List<String> ddl = new ArrayList<>();
        ddl.add("CREATE TABLE " + table + " (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL,"
                + " prev_id INTEGER" + (previous == null ? "" : " REFERENCES " + previous + " (id)") + ")");
        ddl.add("CREATE INDEX " + table + "_name_ix ON " + table + " (name)");
        return ddl;
    }

    @Override
    public List<MigrationScenario> migrationScenarios() {
        return SqliteMigrationScenarios.all();
    }
}
