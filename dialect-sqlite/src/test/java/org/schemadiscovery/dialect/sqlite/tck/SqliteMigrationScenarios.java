package org.schemadiscovery.dialect.sqlite.tck;

import java.util.List;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.tck.MigrationScenario;

/**
 * The kit's generic migration scenarios in SQLite's syntax, plus SQLite's own: table rebuilds that must keep
 * triggers, views, AUTOINCREMENT, foreign keys pointing at the table, STRICT and WITHOUT ROWID.
 */
final class SqliteMigrationScenarios {
    private static final String BASE = "CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT, qty INTEGER)";
    private static final List<String> ROWS = List.of("INSERT INTO tck_m_items (id, name, qty) VALUES (1, 'a', 1), "
            + "(2, 'b', 2)");

    private SqliteMigrationScenarios() {
    }

    private static MigrationScenario simple(String name, String capability, List<String> from, List<String> to) {
        return new MigrationScenario(name, capability, from, to, ROWS, ROWS, List.of());
    }

    static List<MigrationScenario> all() {
        return List.of(
                simple("add column", null, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD COLUMN note VARCHAR(20) NOT NULL DEFAULT 'x'")),
                simple("drop column", null,
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT, qty INTEGER, gone TEXT)"),
                        List.of(BASE)),
                simple("column type change", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id BIGINT NOT NULL, name VARCHAR(40), qty NUMERIC(10,2))")),
                simple("column default", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT DEFAULT 'none', "
                                + "qty INTEGER DEFAULT 0)")),
                simple("not null", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT NOT NULL, qty INTEGER)")),
                simple("index", null, List.of(BASE), List.of(BASE,
                        "CREATE INDEX tck_m_items_name ON tck_m_items (name)",
                        "CREATE UNIQUE INDEX tck_m_items_qty ON tck_m_items (qty DESC) WHERE qty > 0")),
                simple("primary key", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT, qty INTEGER, "
                                + "CONSTRAINT tck_m_items_pk PRIMARY KEY (id))")),
                simple("unique constraint", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT, qty INTEGER, "
                                + "CONSTRAINT tck_m_items_name_uq UNIQUE (name))")),
                simple("check constraint", Capability.CHECK_CONSTRAINTS, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT, qty INTEGER, "
                                + "CONSTRAINT tck_m_items_qty_ck CHECK (qty >= 0))")),
                new MigrationScenario("foreign key between tables", Capability.FOREIGN_KEYS,
                        List.of("CREATE TABLE tck_m_owner (id INTEGER PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id INTEGER NOT NULL, owner_id INTEGER)"),
                        List.of("CREATE TABLE tck_m_owner (id INTEGER PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id INTEGER NOT NULL, owner_id INTEGER "
                                        + "CONSTRAINT tck_m_items_owner_fk REFERENCES tck_m_owner (id) ON DELETE CASCADE)"),
                        List.of("INSERT INTO tck_m_owner VALUES (1)", "INSERT INTO tck_m_items VALUES (1, 1)"),
                        List.of("INSERT INTO tck_m_owner VALUES (1)", "INSERT INTO tck_m_items VALUES (1, 1)"),
                        List.of()),
                new MigrationScenario("rename hint", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, title TEXT, qty INTEGER)"), ROWS,
                        List.of("INSERT INTO tck_m_items VALUES (1, 'a', 1)"),
                        List.of("column:main.tck_m_items.name=title")),
                simple("view on a changed column", Capability.VIEWS,
                        List.of(BASE, "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_items",
                                "CREATE VIEW tck_m_names2 AS SELECT id FROM tck_m_names"),
                        List.of("CREATE TABLE tck_m_items (id BIGINT NOT NULL, name VARCHAR(50), qty INTEGER)",
                                "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_items",
                                "CREATE VIEW tck_m_names2 AS SELECT id FROM tck_m_names")),
                simple("trigger on a changed table", Capability.TRIGGERS,
                        List.of(BASE, "CREATE TRIGGER tck_m_items_touch AFTER INSERT ON tck_m_items FOR EACH ROW "
                                + "WHEN new.qty IS NULL BEGIN UPDATE tck_m_items SET qty = 0 WHERE id = new.id; END"),
                        List.of("CREATE TABLE tck_m_items (id INTEGER NOT NULL, name TEXT, qty BIGINT, extra TEXT)",
                                "CREATE TRIGGER tck_m_items_touch AFTER INSERT ON tck_m_items FOR EACH ROW "
                                        + "WHEN new.qty IS NULL BEGIN UPDATE tck_m_items SET qty = -1 WHERE id = new.id; END")),
                rebuiltParent(),
                new MigrationScenario("strict and without rowid tables rebuilt", "strict-tables",
                        List.of("CREATE TABLE tck_m_strict (id INTEGER PRIMARY KEY, v TEXT) STRICT",
                                "CREATE TABLE tck_m_keyed (k TEXT PRIMARY KEY, v INT) WITHOUT ROWID"),
                        List.of("CREATE TABLE tck_m_strict (id INTEGER PRIMARY KEY, v TEXT NOT NULL DEFAULT '',"
                                        + " w INTEGER CHECK (w > 0)) STRICT",
                                "CREATE TABLE tck_m_keyed (k TEXT PRIMARY KEY, v INT, CHECK (v <> 0)) WITHOUT ROWID"),
                        List.of("INSERT INTO tck_m_strict VALUES (1, 'a'), (2, 'b')",
                                "INSERT INTO tck_m_keyed VALUES ('a', 1), ('b', 2)"),
                        List.of("INSERT INTO tck_m_strict VALUES (1, 'a', 1), (2, 'b', 2)",
                                "INSERT INTO tck_m_keyed VALUES ('a', 1), ('b', 2)"), List.of()),
                new MigrationScenario("rename table with a view", Capability.VIEWS,
                        List.of(BASE, "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_items"),
                        List.of("CREATE TABLE tck_m_things (id INTEGER NOT NULL, name TEXT, qty INTEGER)",
                                "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_things"),
                        ROWS, List.of("INSERT INTO tck_m_things VALUES (1, 'a', 1)"),
                        List.of("table:main.tck_m_items=tck_m_things")));
    }

    /**
     * A parent rebuilt under children that reference it, with an AUTOINCREMENT key, a trigger on it, a trigger on
     * another table that writes into it, and views on it and on such a view: every one must survive the rebuild.
     */
    private static MigrationScenario rebuiltParent() {
        List<String> common = List.of(
                "CREATE TABLE tck_m_log (what TEXT)",
                "CREATE TABLE tck_m_child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL"
                        + " REFERENCES tck_m_parent (id) ON DELETE CASCADE)",
                "CREATE INDEX tck_m_child_parent ON tck_m_child (parent_id)",
                "CREATE TRIGGER tck_m_log_parent AFTER INSERT ON tck_m_log FOR EACH ROW WHEN new.what = 'p'"
                        + " BEGIN INSERT INTO tck_m_parent (name) VALUES ('from log'); END");
        List<String> tail = List.of(
                "CREATE INDEX tck_m_parent_name ON tck_m_parent (name)",
                "CREATE TRIGGER tck_m_parent_audit AFTER DELETE ON tck_m_parent FOR EACH ROW"
                        + " BEGIN INSERT INTO tck_m_log (what) VALUES ('deleted ' || old.id); END",
                "CREATE VIEW tck_m_parent_names AS SELECT id, name FROM tck_m_parent",
                "CREATE VIEW tck_m_parent_count AS SELECT count(*) AS n FROM tck_m_parent_names");
        List<String> rows = List.of(
                "INSERT INTO tck_m_parent (name) VALUES ('a'), ('b'), ('c')",
                "DELETE FROM tck_m_parent WHERE name = 'c'",
                "INSERT INTO tck_m_child (parent_id) VALUES (1), (1), (2)");
        List<String> from = new java.util.ArrayList<>(common);
        from.add(0, "CREATE TABLE tck_m_parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)");
        from.addAll(tail);
        List<String> to = new java.util.ArrayList<>(common);
        to.add(0, "CREATE TABLE tck_m_parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL DEFAULT '',"
                + " born TEXT DEFAULT (date('now')), CHECK (length(name) < 40))");
        to.addAll(tail);
        return new MigrationScenario("rebuilt parent keeps triggers, views, AUTOINCREMENT and its children",
                Capability.FOREIGN_KEYS, from, to, rows, rows, List.of());
    }
}
