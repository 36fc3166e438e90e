package org.schemadiscovery.dialect.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Test databases: the feature fixture, the shared benchmark workload and helpers to open files. */
final class Fixtures {
    /** Every feature the dialect covers, in the main schema. */
    static final List<String> FEATURES = List.of("""
            CREATE TABLE customer (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              email TEXT NOT NULL COLLATE NOCASE CONSTRAINT uq_customer_email UNIQUE,
              name VARCHAR(80) NOT NULL DEFAULT 'anon', -- a comment with ) and ' in it
              score NUMERIC(10, 2) DEFAULT (0.5 * 2) CONSTRAINT ck_score CHECK (score >= 0 AND score <= 100),
              created_at TEXT DEFAULT CURRENT_TIMESTAMP,
              flags INT DEFAULT -1,
              /* block comment with "quotes", [brackets] and (parens */
              upper_name TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL,
              name_len INTEGER AS (length(name) + (1 - 1)) STORED,
              CHECK (length(email) > 3)
            )""", """
            CREATE TABLE "order" (
              "order id" INTEGER NOT NULL,
              [line no] INT NOT NULL,
              `customer_id` INTEGER REFERENCES customer ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
              amount REAL CHECK (amount > (0)),
              note TEXT COLLATE RTRIM,
              CONSTRAINT pk_order PRIMARY KEY ("order id", [line no]),
              CONSTRAINT fk_order_customer2 FOREIGN KEY (customer_id, note) REFERENCES customer(id, email)
                MATCH FULL ON UPDATE SET NULL ON DELETE RESTRICT
            )""",
            "CREATE TABLE kv (k TEXT PRIMARY KEY, v ANY, n INTEGER NOT NULL) WITHOUT ROWID, STRICT",
            "CREATE TABLE legacy (a TEXT, b INT, PRIMARY KEY (a, b) UNIQUE (b DESC, a COLLATE NOCASE))",
            "CREATE TABLE intdesc (id INTEGER PRIMARY KEY DESC, x)",
            "CREATE INDEX ix_customer_partial ON customer (created_at DESC) WHERE score > 10 AND name <> 'x'",
            "CREATE UNIQUE INDEX ix_customer_expr ON customer (lower(name), flags COLLATE BINARY, email COLLATE RTRIM)",
            "CREATE INDEX \"ix order amount\" ON \"order\" (amount DESC, note)",
            "CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'porter ascii')",
            "CREATE VIRTUAL TABLE boxes USING rtree(id, minx, maxx)",
            """
            CREATE VIEW customer_orders AS SELECT c.id, c.email, o.amount AS total
            FROM customer c JOIN "order" o ON o.customer_id = c.id""",
            "CREATE VIEW named_cols(a, b) AS SELECT id, name FROM customer",
            """
            CREATE TRIGGER trg_customer_audit AFTER UPDATE OF email, name ON customer FOR EACH ROW
            WHEN new.email <> old.email BEGIN UPDATE customer SET flags = flags + 1 WHERE id = new.id; END""",
            """
            CREATE TRIGGER trg_view_insert INSTEAD OF INSERT ON named_cols
            BEGIN INSERT INTO customer(email, name) VALUES (new.b, new.b); END""");

    /** Features of an attached schema. */
    static final List<String> AUX = List.of(
            "CREATE TABLE aux_t (id INTEGER PRIMARY KEY, label TEXT UNIQUE)",
            "CREATE INDEX aux_t_label ON aux_t (label DESC)",
            "CREATE VIEW aux_v AS SELECT label FROM aux_t",
            "CREATE TRIGGER aux_trg BEFORE DELETE ON aux_t BEGIN SELECT 1; END");

    private Fixtures() {
    }

    /** Opens a read-write connection, creating the file. */
    static Connection openReadWrite(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** Opens a read-only connection, never creating the file: the recipe core uses. */
    static Connection openReadOnly(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("open_mode", "65");
        return DriverManager.getConnection("jdbc:sqlite:" + file, p);
    }

    /** Creates {@code file} holding the statements. */
    static Path create(Path file, List<String> statements) throws SQLException {
        try (Connection c = openReadWrite(file)) {
            execute(c, statements);
        }
        return file;
    }

    /** Runs the statements in one transaction. */
    static void execute(Connection c, List<String> statements) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The feature fixture with the attached schema's file beside it. */
    static Path featureFixture(Path dir) throws SQLException {
        create(dir.resolve("aux.sqlite"), AUX);
        return create(dir.resolve("features.sqlite"), FEATURES);
    }

    /** Attaches the fixture's {@code aux.sqlite} as schema {@code aux}. */
    static void attachAux(Connection c, Path dir) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH DATABASE '" + dir.resolve("aux.sqlite").toString().replace("'", "''") + "' AS aux");
        }
    }

    /**
     * The shared benchmark workload, statement for statement as {@code shared/bench/gen_sqlite_schema.py} writes it
     * (ported so the tests need no Python).
     */
    static List<String> workload(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String strict = i % 7 == 3 ? " STRICT" : "";
            if (i % 5 == 4) {
                out.add("CREATE TABLE t" + i + " (code TEXT NOT NULL, region TEXT NOT NULL, amount REAL CHECK"
                        + " (amount >= 0),\n          note TEXT COLLATE NOCASE, PRIMARY KEY (code, region))"
                        + " WITHOUT ROWID" + (strict.isEmpty() ? "" : "," + strict));
            } else {
                String fk = i > 0 && (i - 1) % 5 != 4
                        ? ", parent_id INTEGER REFERENCES t" + (i - 1) + "(id) ON DELETE CASCADE" : "";
                String type = strict.isEmpty() ? "NUMERIC(12,2)" : "REAL";
                out.add("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL UNIQUE,\n"
                        + "          name TEXT NOT NULL DEFAULT 'x', amount " + type + " CHECK (amount >= 0),"
                        + " created_at TEXT DEFAULT CURRENT_TIMESTAMP,\n          total REAL GENERATED ALWAYS AS"
                        + " (amount * 2) VIRTUAL, status TEXT NOT NULL DEFAULT 'new'" + fk + ")" + strict);
                out.add("CREATE INDEX t" + i + "_active_idx ON t" + i + " (created_at) WHERE status = 'active'");
                out.add("CREATE INDEX t" + i + "_lower_name_idx ON t" + i + " (lower(name))");
            }
            if (i % 10 == 0) {
                out.add("CREATE VIEW v" + i + " AS SELECT * FROM t" + i);
            }
        }
        return out;
    }

    /** Size and modification time of a file, for "unchanged" checks. */
    static String fingerprint(Path file) throws IOException {
        return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis() + "#"
                + java.util.Arrays.hashCode(Files.readAllBytes(file));
    }
}
