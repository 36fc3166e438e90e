package org.schemadiscovery.dialect.mysql.tck;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.dialect.mysql.catalog.ServerVersion;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.HostileNames;
import org.schemadiscovery.tck.TestDatabase;

/**
 * The kit's scenarios in MySQL/MariaDB syntax and the values the plugin reports for them. Where MariaDB and MySQL
 * print differently (display widths, parentheses around CHECK and generation expressions), the server decides.
 */
final class MysqlFixtures implements DialectFixtures {
    /** Names InnoDB and the CHECK machinery generate when none is given. */
    private static final Pattern GENERATED = Pattern.compile(".+_ibfk_\\d+|CONSTRAINT_\\d+|.+_chk_\\d+");

    private final ServerVersion server;
    /** MySQL 8.0.19+ prints integer types without display width. */
    private final String integer;

    MysqlFixtures(ServerVersion server) {
        this.server = server;
        this.integer = server.mariaDb() || !server.atLeast(8, 0, 19) ? "int(11)" : "int";
    }

    private static String q(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public String schema() {
        return null;
    }

    /** MySQL's schema is the database: the per-test database's name. */
    @Override
    public TableRef ref(TestDatabase db, String name) {
        return TableRef.of(db.name(), name);
    }

    /**
     * What each server line can do, stated here from the servers' manuals and independently of the plugin's own
     * version gates, so the kit's capability check compares the plugin with something else than itself.
     */
    @Override
    public Set<String> expectedCapabilities() {
        String version = server.major() + "." + server.minor();
        if (server.mariaDb() && server.atLeast(10, 8, 0)) {
            // MariaDB 10.8 to 11.x (10.11 runs here)
            return Set.of("schemas", "views", "triggers", "routines", "foreign-keys", "comments", "server-process",
                    "identity-columns", "partitioning", "fulltext-indexes", "spatial-indexes", "generated-columns",
                    "json", "check-constraints", "sequences", "returning", "invisible-columns", "invisible-indexes",
                    "descending-indexes", "system-versioning");
        }
        if (server.mariaDb() && server.atLeast(10, 6, 0)) {
            // MariaDB 10.6 and 10.7: IGNORED indexes, no real descending keys yet
            return Set.of("schemas", "views", "triggers", "routines", "foreign-keys", "comments", "server-process",
                    "identity-columns", "partitioning", "fulltext-indexes", "spatial-indexes", "generated-columns",
                    "json", "check-constraints", "sequences", "returning", "invisible-columns", "invisible-indexes",
                    "system-versioning");
        }
        if (!server.mariaDb() && server.atLeast(8, 0, 23)) {
            // MySQL 8.0.23 to 9.x: functional key parts, no sequences, no RETURNING
            return Set.of("schemas", "views", "triggers", "routines", "foreign-keys", "comments", "server-process",
                    "identity-columns", "partitioning", "fulltext-indexes", "spatial-indexes", "generated-columns",
                    "json", "check-constraints", "expression-indexes", "invisible-columns", "invisible-indexes",
                    "descending-indexes");
        }
        throw new IllegalStateException("the MySQL kit states no expected capabilities for "
                + (server.mariaDb() ? "MariaDB " : "MySQL ") + version + ": add them to MysqlFixtures");
    }

    @Override
    public boolean isGeneratedName(String name) {
        return name != null && GENERATED.matcher(name).matches();
    }

    /** MySQL names every primary key PRIMARY, whatever the DDL says; other names are kept. */
    @Override
    public String constraintName(String declared) {
        return declared.endsWith("_pk") ? "PRIMARY" : declared;
    }

    // ---------------------------------------------------------------- tables, columns, types

    @Override
    public List<String> columnsDdl() {
        return List.of(
                "CREATE TABLE tck_columns (id int NOT NULL, code varchar(12) NOT NULL,"
                        + " amount decimal(10,2) NOT NULL DEFAULT 0, note text NULL, created timestamp NULL,"
                        + " CONSTRAINT tck_columns_pk PRIMARY KEY (id))",
                "CREATE TABLE tck_plain (v int NULL)");
    }

    @Override
    public List<DataType> columnTypes() {
        return List.of(intType(),
                new DataType("varchar(12)", "varchar", List.of(12), 0, TypeCategory.BUILTIN, null, Types.VARCHAR),
                new DataType("decimal(10,2)", "decimal", List.of(10, 2), 0, TypeCategory.BUILTIN, null,
                        Types.DECIMAL),
                new DataType("text", "text", List.of(), 0, TypeCategory.BUILTIN, null, Types.LONGVARCHAR),
                new DataType("timestamp", "timestamp", List.of(), 0, TypeCategory.BUILTIN, null, Types.TIMESTAMP));
    }

    private DataType intType() {
        return new DataType(integer, "int", integer.equals("int") ? List.of() : List.of(11), 0, TypeCategory.BUILTIN,
                null, Types.INTEGER);
    }

    @Override
    public String amountDefault() {
        return "0.00";
    }

    @Override
    public DataType plainColumnType() {
        return intType();
    }

    @Override
    public List<String> generatedColumnDdl() {
        return List.of("CREATE TABLE tck_generated (a int NOT NULL, b int NOT NULL,"
                + " total int GENERATED ALWAYS AS (a + b) STORED)");
    }

    @Override
    public String generatedExpression() {
        return server.mariaDb() ? "`a` + `b`" : "(`a` + `b`)";
    }

    @Override
    public List<String> identityColumnDdl() {
        return List.of("CREATE TABLE tck_identity (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, v text NULL)");
    }

    @Override
    public IdentityGeneration identityGeneration() {
        return IdentityGeneration.BY_DEFAULT;
    }

    @Override
    public List<String> commentsDdl() {
        return List.of("ALTER TABLE tck_columns COMMENT = 'TCK table'",
                "ALTER TABLE tck_columns MODIFY code varchar(12) NOT NULL COMMENT 'TCK code'");
    }

    @Override
    public List<String> indexCommentDdl() {
        return List.of("ALTER TABLE tck_indexed DROP INDEX tck_idx_a, ADD INDEX tck_idx_a (a) COMMENT 'TCK index'");
    }

    // ---------------------------------------------------------------- keys and constraints

    @Override
    public List<String> keysDdl() {
        return List.of(
                "CREATE TABLE tck_parent (id int NOT NULL, code varchar(12) NOT NULL,"
                        + " CONSTRAINT tck_parent_pk PRIMARY KEY (id), CONSTRAINT tck_parent_code_uq UNIQUE (code))",
                "CREATE TABLE tck_child (id int NOT NULL, parent_id int NOT NULL, qty int NOT NULL,"
                        + " CONSTRAINT tck_child_pk PRIMARY KEY (id),"
                        + " CONSTRAINT tck_child_parent_fk FOREIGN KEY (parent_id) REFERENCES tck_parent (id)"
                        + " ON DELETE CASCADE,"
                        + " CONSTRAINT tck_child_qty_ck CHECK (qty > 0))",
                "CREATE TABLE tck_pair (a int NOT NULL, b int NOT NULL, CONSTRAINT tck_pair_pk PRIMARY KEY (b, a))");
    }

    @Override
    public String checkExpression() {
        return server.mariaDb() ? "`qty` > 0" : "(`qty` > 0)";
    }

    // ---------------------------------------------------------------- indexes

    @Override
    public List<String> indexesDdl() {
        return List.of(
                "CREATE TABLE tck_indexed (id int NOT NULL, a int NOT NULL, b varchar(20) NULL, c int NULL,"
                        + " CONSTRAINT tck_indexed_pk PRIMARY KEY (id))",
                "CREATE INDEX tck_idx_a ON tck_indexed (a)",
                "CREATE UNIQUE INDEX tck_idx_b_a ON tck_indexed (b, a)");
    }

    /**
     * MySQL keeps no difference between a unique index and a UNIQUE constraint: information_schema lists every unique
     * index as a UNIQUE constraint, so tck_idx_b_a is reported as one.
     */
    @Override
    public boolean uniqueIndexesAreConstraints() {
        return true;
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
    public List<String> expressionIndexDdl() {
        return List.of("CREATE INDEX tck_idx_lower_b ON tck_indexed ((lower(b)))");
    }

    @Override
    public String expressionIndexExpression() {
        return "lower(`b`)";
    }

    // ---------------------------------------------------------------- views

    @Override
    public List<String> viewsDdl() {
        return List.of(
                "CREATE TABLE tck_view_base (id int NOT NULL PRIMARY KEY, name varchar(20) NOT NULL,"
                        + " active int NOT NULL)",
                "CREATE VIEW tck_active AS select id, name from tck_view_base where active = 1");
    }

    @Override
    public String viewDefinition() {
        String where = server.mariaDb() ? "`tck_view_base`.`active` = 1" : "(`tck_view_base`.`active` = 1)";
        return "select `tck_view_base`.`id` AS `id`,`tck_view_base`.`name` AS `name` from `tck_view_base` where "
                + where;
    }

    // ---------------------------------------------------------------- sequences, routines, triggers

    @Override
    public List<String> sequenceDdl() {
        return List.of("CREATE SEQUENCE tck_seq START WITH 5 INCREMENT BY 3 MINVALUE 1 MAXVALUE 1000 CACHE 1"
                + " NOCYCLE");
    }

    @Override
    public String sequenceType() {
        return "bigint";
    }

    @Override
    public List<String> routineDdl() {
        return List.of("CREATE FUNCTION tck_add(a int, b int) RETURNS int DETERMINISTIC RETURN a + b");
    }

    @Override
    public String routineArguments() {
        return "a " + integer + ", b " + integer;
    }

    @Override
    public String routineReturnType() {
        return integer;
    }

    @Override
    public String routineLanguage() {
        return "SQL";
    }

    @Override
    public List<String> triggerDdl() {
        return List.of(
                "CREATE TABLE tck_audited (id int NOT NULL PRIMARY KEY, v int NULL)",
                "CREATE TABLE tck_audit_log (id int NULL)",
                "CREATE TRIGGER tck_audited_trg AFTER INSERT ON tck_audited FOR EACH ROW"
                        + " INSERT INTO tck_audit_log (id) VALUES (NEW.id)");
    }

    @Override
    public String triggerFunction() {
        return null;
    }

    // ---------------------------------------------------------------- relationships, hostile names, scale

    @Override
    public List<String> relationshipsDdl() {
        return List.of(
                "CREATE TABLE tck_author (id int NOT NULL PRIMARY KEY)",
                "CREATE TABLE tck_book (id int NOT NULL PRIMARY KEY, author_id int NOT NULL,"
                        + " CONSTRAINT tck_book_author_fk FOREIGN KEY (author_id) REFERENCES tck_author (id))",
                "CREATE TABLE tck_profile (author_id int NOT NULL PRIMARY KEY,"
                        + " CONSTRAINT tck_profile_author_fk FOREIGN KEY (author_id) REFERENCES tck_author (id))",
                "CREATE TABLE tck_tag (id int NOT NULL PRIMARY KEY)",
                "CREATE TABLE tck_book_tag (book_id int NOT NULL, tag_id int NOT NULL, PRIMARY KEY (book_id, tag_id),"
                        + " CONSTRAINT tck_book_tag_book_fk FOREIGN KEY (book_id) REFERENCES tck_book (id),"
                        + " CONSTRAINT tck_book_tag_tag_fk FOREIGN KEY (tag_id) REFERENCES tck_tag (id))");
    }

    @Override
    public List<String> hostileDdl() {
        return List.of(
                "CREATE TABLE " + q(HostileNames.TABLE) + " (" + q(HostileNames.KEY) + " int NOT NULL, "
                        + q(HostileNames.MIXED) + " varchar(20) NULL, " + q(HostileNames.SEMI) + " int NULL, "
                        + q(HostileNames.DOTTED) + " int NULL, PRIMARY KEY (" + q(HostileNames.KEY) + "))",
                "CREATE INDEX " + q(HostileNames.INDEX) + " ON " + q(HostileNames.TABLE) + " ("
                        + q(HostileNames.MIXED) + ")",
                "CREATE TABLE " + q(HostileNames.CHILD) + " (" + q(HostileNames.CHILD_REF) + " int NULL, CONSTRAINT "
                        + q(HostileNames.FOREIGN_KEY) + " FOREIGN KEY (" + q(HostileNames.CHILD_REF) + ") REFERENCES "
                        + q(HostileNames.TABLE) + " (" + q(HostileNames.KEY) + "))");
    }

    /** One statement per table: key, index and foreign key inline (the foreign key named, so its index is too). */
    @Override
    public List<String> scaleTableDdl(String table, String previous) {
        List<String> parts = new ArrayList<>(List.of("id int NOT NULL", "name varchar(20) NOT NULL",
                "prev_id int NULL", "CONSTRAINT " + table + "_pk PRIMARY KEY (id)", "KEY " + table + "_name_ix (name)"));
        if (previous != null) {
            parts.add("CONSTRAINT " + table + "_prev_fk FOREIGN KEY (prev_id) REFERENCES " + previous + " (id)");
        }
        return List.of("CREATE TABLE " + table + " (" + String.join(", ", parts) + ")");
    }

    @Override
    public List<org.schemadiscovery.tck.MigrationScenario> migrationScenarios() {
        return MysqlMigrationScenarios.all();
    }
}
