package org.schemadiscovery.dialect.mysql.tck;

import java.util.List;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.tck.MigrationScenario;

/**
 * The kit's generic migration scenarios in MySQL/MariaDB syntax, plus the dialect's own: a generated column, a
 * partitioned table, and a foreign key whose columns change type.
 */
final class MysqlMigrationScenarios {
    private static final String BASE = "CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100), qty int)";
    private static final List<String> ROWS = List.of("INSERT INTO tck_m_items (id, name, qty) VALUES (1, 'a', 1), "
            + "(2, 'b', 2)");

    private MysqlMigrationScenarios() {
    }

    private static MigrationScenario simple(String name, String capability, List<String> from, List<String> to) {
        return new MigrationScenario(name, capability, from, to, ROWS, ROWS, List.of());
    }

    static List<MigrationScenario> all() {
        List<String> owners = List.of("INSERT INTO tck_m_owner VALUES (1)", "INSERT INTO tck_m_items VALUES (1, 1)");
        return List.of(
                simple("add column", null, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD COLUMN note varchar(20) NOT NULL DEFAULT 'x'")),
                simple("drop column", null,
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100), qty int, gone text)"),
                        List.of(BASE)),
                simple("column type change", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id bigint NOT NULL, name varchar(40), qty decimal(10,2))")),
                simple("column default", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100) DEFAULT 'none', "
                                + "qty int DEFAULT 0)")),
                simple("not null", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100) NOT NULL, qty int)")),
                simple("index", null, List.of(BASE), List.of(BASE,
                        "CREATE INDEX tck_m_items_name ON tck_m_items (name(10))",
                        "CREATE UNIQUE INDEX tck_m_items_qty ON tck_m_items (qty DESC, id)")),
                simple("primary key", null, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD PRIMARY KEY (id)")),
                simple("unique constraint", null, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD CONSTRAINT tck_m_items_name_uq UNIQUE (name)")),
                simple("check constraint", Capability.CHECK_CONSTRAINTS, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD CONSTRAINT tck_m_items_qty_ck CHECK (qty >= 0)")),
                new MigrationScenario("foreign key between tables", Capability.FOREIGN_KEYS,
                        List.of("CREATE TABLE tck_m_owner (id int PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id int NOT NULL, owner_id int)"),
                        List.of("CREATE TABLE tck_m_owner (id int PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id int NOT NULL, owner_id int, CONSTRAINT "
                                        + "tck_m_items_owner_fk FOREIGN KEY (owner_id) REFERENCES tck_m_owner (id) "
                                        + "ON DELETE CASCADE)"),
                        owners, owners, List.of()),
                new MigrationScenario("rename hint", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, title varchar(100), qty int)"), ROWS,
                        List.of("INSERT INTO tck_m_items VALUES (1, 'a', 1)"),
                        List.of("column:tck_m_items.name=title")),
                simple("view on a changed column", Capability.VIEWS,
                        List.of(BASE, "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_items",
                                "CREATE VIEW tck_m_names2 AS SELECT id FROM tck_m_names"),
                        List.of("CREATE TABLE tck_m_items (id bigint NOT NULL, name varchar(50), qty int)",
                                "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_items",
                                "CREATE VIEW tck_m_names2 AS SELECT id FROM tck_m_names")),
                simple("trigger on a changed table", Capability.TRIGGERS,
                        List.of(BASE, "CREATE TRIGGER tck_m_items_touch BEFORE INSERT ON tck_m_items FOR EACH ROW "
                                + "BEGIN SET NEW.qty = coalesce(NEW.qty, 0); SET NEW.name = coalesce(NEW.name, ''); END"),
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100), qty bigint, extra text)",
                                "CREATE TRIGGER tck_m_items_touch BEFORE UPDATE ON tck_m_items FOR EACH ROW "
                                        + "BEGIN SET NEW.qty = coalesce(NEW.qty, 1); END")),
                // the dialect's own
                simple("generated column", Capability.GENERATED_COLUMNS, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100), qty int, "
                                + "twice int AS (qty * 2) VIRTUAL, label varchar(120) AS (concat(name, '!')) STORED)")),
                simple("partitioned table", Capability.PARTITIONING,
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100), qty int, "
                                + "PRIMARY KEY (id)) PARTITION BY HASH (id) PARTITIONS 2"),
                        List.of("CREATE TABLE tck_m_items (id int NOT NULL, name varchar(100), qty bigint, "
                                + "PRIMARY KEY (id)) PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (10), "
                                + "PARTITION p1 VALUES LESS THAN MAXVALUE)")),
                new MigrationScenario("foreign key on a column changing type", Capability.FOREIGN_KEYS,
                        List.of("CREATE TABLE tck_m_owner (id int PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id int NOT NULL, owner_id int, CONSTRAINT "
                                        + "tck_m_items_owner_fk FOREIGN KEY (owner_id) REFERENCES tck_m_owner (id))"),
                        List.of("CREATE TABLE tck_m_owner (id bigint PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id int NOT NULL, owner_id bigint, CONSTRAINT "
                                        + "tck_m_items_owner_fk FOREIGN KEY (owner_id) REFERENCES tck_m_owner (id))"),
                        owners, owners, List.of()));
    }
}
