package org.schemadiscovery.dialect.postgresql.tck;

import java.util.List;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.tck.MigrationScenario;

/** The kit's generic migration scenarios in PostgreSQL's syntax, plus enum values added in place. */
final class PostgresMigrationScenarios {
    private static final String BASE = "CREATE TABLE tck_m_items (id integer NOT NULL, name text, qty integer)";
    private static final List<String> ROWS = List.of("INSERT INTO tck_m_items (id, name, qty) VALUES (1, 'a', 1), "
            + "(2, 'b', 2)");

    private PostgresMigrationScenarios() {
    }

    private static MigrationScenario simple(String name, String capability, List<String> from, List<String> to) {
        return new MigrationScenario(name, capability, from, to, ROWS, ROWS, List.of());
    }

    static List<MigrationScenario> all() {
        return List.of(
                new MigrationScenario("add column", null, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD COLUMN note varchar(20) DEFAULT 'x' NOT NULL"),
                        ROWS, ROWS, List.of()),
                new MigrationScenario("drop column", null,
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, name text, qty integer, gone text)"),
                        List.of(BASE), ROWS, ROWS, List.of()),
                simple("column type change", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id bigint NOT NULL, name varchar(40), qty numeric(10,2))")),
                simple("column default", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, name text DEFAULT 'none', "
                                + "qty integer DEFAULT 0)")),
                simple("not null", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, name text NOT NULL, qty integer)")),
                simple("index", null, List.of(BASE), List.of(BASE,
                        "CREATE INDEX tck_m_items_name ON tck_m_items (name)",
                        "CREATE UNIQUE INDEX tck_m_items_qty ON tck_m_items (qty DESC) WHERE qty > 0")),
                simple("primary key", null, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD CONSTRAINT tck_m_items_pk PRIMARY KEY (id)")),
                simple("unique constraint", null, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD CONSTRAINT tck_m_items_name_uq UNIQUE (name)")),
                simple("check constraint", Capability.CHECK_CONSTRAINTS, List.of(BASE),
                        List.of(BASE, "ALTER TABLE tck_m_items ADD CONSTRAINT tck_m_items_qty_ck CHECK (qty >= 0)")),
                new MigrationScenario("foreign key between tables", Capability.FOREIGN_KEYS,
                        List.of("CREATE TABLE tck_m_owner (id integer PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id integer NOT NULL, owner_id integer)"),
                        List.of("CREATE TABLE tck_m_owner (id integer PRIMARY KEY)",
                                "CREATE TABLE tck_m_items (id integer NOT NULL, owner_id integer "
                                        + "CONSTRAINT tck_m_items_owner_fk REFERENCES tck_m_owner (id) ON DELETE CASCADE)"),
                        List.of("INSERT INTO tck_m_owner VALUES (1)", "INSERT INTO tck_m_items VALUES (1, 1)"),
                        List.of("INSERT INTO tck_m_owner VALUES (1)", "INSERT INTO tck_m_items VALUES (1, 1)"),
                        List.of()),
                new MigrationScenario("rename hint", null, List.of(BASE),
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, title text, qty integer)"), ROWS,
                        List.of("INSERT INTO tck_m_items VALUES (1, 'a', 1)"),
                        List.of("column:public.tck_m_items.name=title")),
                new MigrationScenario("view on a changed column", Capability.VIEWS,
                        List.of(BASE, "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_items",
                                "CREATE VIEW tck_m_names2 AS SELECT id FROM tck_m_names"),
                        List.of("CREATE TABLE tck_m_items (id bigint NOT NULL, name varchar(50), qty integer)",
                                "CREATE VIEW tck_m_names AS SELECT id, name FROM tck_m_items",
                                "CREATE VIEW tck_m_names2 AS SELECT id FROM tck_m_names"),
                        ROWS, ROWS, List.of()),
                new MigrationScenario("trigger on a changed table", Capability.TRIGGERS,
                        List.of(BASE, "CREATE FUNCTION tck_m_touch() RETURNS trigger LANGUAGE plpgsql AS "
                                        + "$$BEGIN NEW.qty := coalesce(NEW.qty, 0); RETURN NEW; END$$",
                                "CREATE TRIGGER tck_m_items_touch BEFORE INSERT ON tck_m_items FOR EACH ROW "
                                        + "EXECUTE FUNCTION tck_m_touch()"),
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, name text, qty bigint, extra text)",
                                "CREATE FUNCTION tck_m_touch() RETURNS trigger LANGUAGE plpgsql AS "
                                        + "$$BEGIN NEW.qty := coalesce(NEW.qty, 0); RETURN NEW; END$$",
                                "CREATE TRIGGER tck_m_items_touch BEFORE INSERT OR UPDATE ON tck_m_items FOR EACH ROW "
                                        + "EXECUTE FUNCTION tck_m_touch()"),
                        ROWS, ROWS, List.of()),
                new MigrationScenario("enum value added in place", Capability.USER_TYPES,
                        List.of("CREATE TYPE tck_m_mood AS ENUM ('sad', 'happy')",
                                "CREATE TABLE tck_m_items (id integer NOT NULL, mood tck_m_mood)"),
                        List.of("CREATE TYPE tck_m_mood AS ENUM ('sad', 'ok', 'happy')",
                                "CREATE TABLE tck_m_items (id integer NOT NULL, mood tck_m_mood DEFAULT 'ok')"),
                        List.of("INSERT INTO tck_m_items VALUES (1, 'sad'), (2, 'happy')"),
                        List.of("INSERT INTO tck_m_items VALUES (1, 'sad'), (2, 'happy')"), List.of()),
                simple("identity on an existing column", null,
                        List.of("CREATE TABLE tck_m_items (id integer, name text, qty integer)"),
                        List.of("CREATE TABLE tck_m_items (id integer GENERATED BY DEFAULT AS IDENTITY, name text, "
                                + "qty integer)")),
                simple("generated expression changed", null,
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, name text, qty integer, "
                                + "twice integer GENERATED ALWAYS AS (qty * 2) STORED)",
                                "CREATE INDEX tck_m_items_twice ON tck_m_items (twice)"),
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, name text, qty integer, "
                                + "twice integer GENERATED ALWAYS AS (qty * 3) STORED)",
                                "CREATE INDEX tck_m_items_twice ON tck_m_items (twice)")),
                simple("composite type attributes", Capability.USER_TYPES,
                        List.of(BASE, "CREATE TYPE tck_m_pair AS (a integer, b text)"),
                        List.of(BASE, "CREATE TYPE tck_m_pair AS (a bigint, c text)")),
                simple("comments and grants", Capability.TRIGGERS, commented(false), commented(true)),
                simple("storage parameters and logging", null,
                        List.of("CREATE UNLOGGED TABLE tck_m_items (id integer NOT NULL, name text, qty integer) "
                                + "WITH (fillfactor = 70, autovacuum_enabled = false)"),
                        List.of("CREATE TABLE tck_m_items (id integer NOT NULL, name text, qty integer) "
                                + "WITH (fillfactor = 80)")));
    }

    /** A table with an index, a check, a function and a trigger; with comments on each and a grant, or without. */
    private static List<String> commented(boolean annotated) {
        List<String> base = List.of(BASE, "CREATE INDEX tck_m_items_name ON tck_m_items (name)",
                "ALTER TABLE tck_m_items ADD CONSTRAINT tck_m_items_qty_ck CHECK (qty >= 0)",
                "CREATE FUNCTION tck_m_touch() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$BEGIN NEW.qty := coalesce(NEW.qty, 0); RETURN NEW; END$$",
                "CREATE TRIGGER tck_m_items_touch BEFORE INSERT ON tck_m_items FOR EACH ROW "
                        + "EXECUTE FUNCTION tck_m_touch()");
        if (!annotated) {
            return base;
        }
        List<String> out = new java.util.ArrayList<>(base);
        out.add("COMMENT ON INDEX tck_m_items_name IS 'by name'");
        out.add("COMMENT ON CONSTRAINT tck_m_items_qty_ck ON tck_m_items IS 'never negative'");
        out.add("COMMENT ON FUNCTION tck_m_touch() IS 'fills qty'");
        out.add("COMMENT ON TRIGGER tck_m_items_touch ON tck_m_items IS 'before insert'");
        out.add("GRANT SELECT, UPDATE (name) ON tck_m_items TO PUBLIC");
        out.add("REVOKE EXECUTE ON FUNCTION tck_m_touch() FROM PUBLIC");
        return out;
    }
}
