package com.example.schemadiscovery.h2.tck;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.HostileNames;

/**
 * The kit's scenarios in H2 syntax. H2 folds unquoted names to upper case, so every name is quoted and stays as the
 * kit writes it, with no compatibility mode.
 */
final class H2Fixtures implements DialectFixtures {
    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static DataType type(String declared, String base, List<Integer> modifiers, int jdbcType) {
        return new DataType(declared, base, modifiers, 0, TypeCategory.BUILTIN, null, jdbcType);
    }

    @Override
    public String schema() {
        return "PUBLIC";
    }

    @Override
    public Set<String> expectedCapabilities() {
        return Set.of(Capability.FOREIGN_KEYS, Capability.CHECK_CONSTRAINTS);
    }

    @Override
    public String quote(String name) {
        return q(name);
    }

    @Override
    public ReferentialAction undeclaredAction() {
        return ReferentialAction.RESTRICT;
    }

    /** The indexes H2 creates for keys and foreign keys. */
    @Override
    public boolean isGeneratedName(String name) {
        return name.startsWith("PRIMARY_KEY_") || name.startsWith("CONSTRAINT_INDEX_");
    }

    @Override
    public List<String> columnsDdl() {
        return List.of("CREATE TABLE \"tck_columns\" (\"id\" INTEGER NOT NULL, \"code\" VARCHAR(12) NOT NULL,"
                        + " \"amount\" DECIMAL(10,2) DEFAULT 0 NOT NULL, \"note\" CHARACTER LARGE OBJECT,"
                        + " \"created\" TIMESTAMP, CONSTRAINT \"tck_columns_pk\" PRIMARY KEY (\"id\"))",
                "CREATE TABLE \"tck_plain\" (\"v\" INTEGER)");
    }

    @Override
    public List<DataType> columnTypes() {
        return List.of(type("INTEGER", "INTEGER", List.of(), Types.INTEGER),
                type("CHARACTER VARYING(12)", "CHARACTER VARYING", List.of(12), Types.VARCHAR),
                type("NUMERIC(10,2)", "NUMERIC", List.of(10, 2), Types.NUMERIC),
                type("CHARACTER LARGE OBJECT", "CHARACTER LARGE OBJECT", List.of(), Types.OTHER),
                type("TIMESTAMP", "TIMESTAMP", List.of(), Types.TIMESTAMP));
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
    public List<String> keysDdl() {
        return List.of("CREATE TABLE \"tck_parent\" (\"id\" INTEGER NOT NULL, \"code\" VARCHAR(12) NOT NULL,"
                        + " CONSTRAINT \"tck_parent_pk\" PRIMARY KEY (\"id\"),"
                        + " CONSTRAINT \"tck_parent_code_uq\" UNIQUE (\"code\"))",
                "CREATE TABLE \"tck_child\" (\"id\" INTEGER NOT NULL, \"parent_id\" INTEGER NOT NULL,"
                        + " \"qty\" INTEGER NOT NULL, CONSTRAINT \"tck_child_pk\" PRIMARY KEY (\"id\"),"
                        + " CONSTRAINT \"tck_child_parent_fk\" FOREIGN KEY (\"parent_id\")"
                        + " REFERENCES \"tck_parent\" (\"id\") ON DELETE CASCADE,"
                        + " CONSTRAINT \"tck_child_qty_ck\" CHECK (\"qty\" > 0))",
                "CREATE TABLE \"tck_pair\" (\"a\" INTEGER NOT NULL, \"b\" INTEGER NOT NULL,"
                        + " CONSTRAINT \"tck_pair_pk\" PRIMARY KEY (\"b\", \"a\"))");
    }

    @Override
    public String checkExpression() {
        return "\"qty\" > 0";
    }

    @Override
    public List<String> indexesDdl() {
        return List.of("CREATE TABLE \"tck_indexed\" (\"id\" INTEGER NOT NULL, \"a\" INTEGER NOT NULL,"
                        + " \"b\" VARCHAR(20), \"c\" INTEGER, CONSTRAINT \"tck_indexed_pk\" PRIMARY KEY (\"id\"))",
                "CREATE INDEX \"tck_idx_a\" ON \"tck_indexed\" (\"a\")",
                "CREATE UNIQUE INDEX \"tck_idx_b_a\" ON \"tck_indexed\" (\"b\", \"a\")");
    }

    @Override
    public List<String> descendingIndexDdl() {
        return List.of("CREATE INDEX \"tck_idx_c_desc\" ON \"tck_indexed\" (\"c\" DESC, \"a\")");
    }

    @Override
    public String indexMethod() {
        return null;
    }

    @Override
    public List<String> relationshipsDdl() {
        return List.of("CREATE TABLE \"tck_author\" (\"id\" INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE \"tck_book\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"author_id\" INTEGER NOT NULL,"
                        + " CONSTRAINT \"tck_book_author_fk\" FOREIGN KEY (\"author_id\")"
                        + " REFERENCES \"tck_author\" (\"id\"))",
                "CREATE TABLE \"tck_profile\" (\"author_id\" INTEGER NOT NULL PRIMARY KEY,"
                        + " CONSTRAINT \"tck_profile_author_fk\" FOREIGN KEY (\"author_id\")"
                        + " REFERENCES \"tck_author\" (\"id\"))",
                "CREATE TABLE \"tck_tag\" (\"id\" INTEGER NOT NULL PRIMARY KEY)",
                "CREATE TABLE \"tck_book_tag\" (\"book_id\" INTEGER NOT NULL, \"tag_id\" INTEGER NOT NULL,"
                        + " PRIMARY KEY (\"book_id\", \"tag_id\"),"
                        + " CONSTRAINT \"tck_book_tag_book_fk\" FOREIGN KEY (\"book_id\") REFERENCES \"tck_book\" (\"id\"),"
                        + " CONSTRAINT \"tck_book_tag_tag_fk\" FOREIGN KEY (\"tag_id\") REFERENCES \"tck_tag\" (\"id\"))");
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
        ddl.add("CREATE TABLE " + q(table) + " (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" VARCHAR(20) NOT NULL,"
                + " \"prev_id\" INTEGER" + (previous == null ? "" : ", CONSTRAINT " + q(table + "_prev_fk")
                + " FOREIGN KEY (\"prev_id\") REFERENCES " + q(previous) + " (\"id\")") + ")");
        ddl.add("CREATE INDEX " + q(table + "_name_ix") + " ON " + q(table) + " (\"name\")");
        return ddl;
    }
}
