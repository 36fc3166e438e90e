package org.schemadiscovery.tck.selftest;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.HostileNames;

/**
 * The kit's scenarios in SQLite syntax, with the values core's generic JDBC strategy reads back through sqlite-jdbc.
 */
class GenericSqliteFixtures implements DialectFixtures {
    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String schema() {
        return "main";
    }

    @Override
    public Set<String> expectedCapabilities() {
        return Set.of();
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
        return List.of(DataType.of("INTEGER", Types.INTEGER),
                new DataType("VARCHAR(12)", "VARCHAR", List.of(12), 0, TypeCategory.BUILTIN, null, Types.VARCHAR),
                // sqlite-jdbc reports DECIMAL(10,2) as FLOAT without size
                DataType.of("DECIMAL", Types.FLOAT),
                DataType.of("TEXT", Types.VARCHAR),
                DataType.of("TIMESTAMP", Types.VARCHAR));
    }

    @Override
    public String amountDefault() {
        return "0";
    }

    @Override
    public DataType plainColumnType() {
        return DataType.of("INTEGER", Types.INTEGER);
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
                + " prev_id INTEGER"
                + (previous == null ? "" : " REFERENCES " + previous + " (id)") + ")");
        ddl.add("CREATE INDEX " + table + "_name_ix ON " + table + " (name)");
        return ddl;
    }
}
