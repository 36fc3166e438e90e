package org.schemadiscovery.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.cache.Fingerprinted;
import org.schemadiscovery.tck.TestDatabase;

@DisplayName("fingerprint: every DDL kind moves it and the right table digests; data changes and maintenance do not")
class FingerprintTest {
    private static final List<String> FIXTURE = List.of(
            "CREATE TABLE parent (id INT PRIMARY KEY, code VARCHAR(20) UNIQUE, n INT CHECK (n > 0), a VARCHAR(10),"
                    + " b VARCHAR(20)) ENGINE=InnoDB",
            "CREATE TABLE child (id INT AUTO_INCREMENT PRIMARY KEY, parent_id INT,"
                    + " CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES parent (id), v TEXT)",
            "CREATE INDEX child_v ON child (v(10))",
            "CREATE VIEW v AS SELECT id, code FROM parent",
            "CREATE TRIGGER trg BEFORE INSERT ON child FOR EACH ROW SET NEW.v = COALESCE(NEW.v, 'x')",
            "CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC RETURN x + 1",
            "CREATE TABLE part (id INT, at DATE) PARTITION BY RANGE (YEAR(at)) (PARTITION p2025 VALUES LESS THAN (2026))",
            "INSERT INTO parent VALUES (1, 'x', 1, 'a', 'b')", "INSERT INTO child (parent_id, v) VALUES (1, 'v')");

    private final LocalDatabases databases = new LocalDatabases();
    private final String account = "'sd_my_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
            + "_f'@'%'";

    @AfterEach
    void drop() throws Exception {
        databases.close();
    }

    /** A DDL statement and the tables whose digest it must move. */
    private record Change(String sql, String... tables) {
        Set<TableRef> refs(String schema) {
            return Arrays.stream(tables).map(t -> TableRef.of(schema, t)).collect(Collectors.toSet());
        }
    }

    private List<Change> changes(String db) {
        return List.of(
                new Change("ALTER TABLE parent ADD COLUMN extra INT DEFAULT 3", "parent"),
                new Change("ALTER TABLE parent DROP COLUMN extra", "parent"),
                // the swap BIT_XOR(CRC32(...)) cannot see
                new Change("ALTER TABLE parent MODIFY a VARCHAR(20), MODIFY b VARCHAR(10)", "parent"),
                new Change("ALTER TABLE parent MODIFY n INT NOT NULL", "parent"),
                new Change("ALTER TABLE parent ALTER n SET DEFAULT 5", "parent"),
                new Change("ALTER TABLE parent RENAME COLUMN a TO a2", "parent"),
                new Change("ALTER TABLE parent MODIFY b VARCHAR(10) COMMENT 'b'", "parent"),
                new Change("ALTER TABLE parent COMMENT = 'p'", "parent"),
                new Change("ALTER TABLE parent MODIFY a2 VARCHAR(20) CHARACTER SET latin1", "parent"),
                new Change("CREATE INDEX parent_n ON parent (n)", "parent"),
                new Change("ALTER TABLE child RENAME INDEX child_v TO child_v2", "child"),
                new Change("DROP INDEX child_v2 ON child", "child"),
                new Change("ALTER TABLE parent ADD CONSTRAINT n_small CHECK (n < 100)", "parent"),
                new Change("ALTER TABLE child DROP FOREIGN KEY child_parent", "child"),
                new Change("ALTER TABLE child ADD CONSTRAINT child_parent2 FOREIGN KEY (parent_id)"
                        + " REFERENCES parent (id) ON DELETE CASCADE", "child"),
                new Change("ALTER TABLE parent ROW_FORMAT = COMPACT", "parent"),
                new Change("GRANT SELECT ON `" + db + "`.parent TO " + account, "parent"),
                new Change("GRANT UPDATE (v) ON `" + db + "`.child TO " + account, "child"),
                new Change("RENAME TABLE parent TO parent2", "parent", "parent2", "v", "child"),
                new Change("CREATE TABLE extra (id INT)", "extra"),
                new Change("DROP TABLE extra", "extra"),
                new Change("ALTER TABLE part ADD PARTITION (PARTITION p2026 VALUES LESS THAN (2027))", "part"),
                new Change("CREATE OR REPLACE VIEW v AS SELECT id, code, 1 AS one FROM parent2", "v"),
                new Change("CREATE OR REPLACE VIEW v AS SELECT id, code, 1 AS one FROM parent2 WHERE id > 0", "v"),
                new Change("DROP VIEW v", "v"),
                new Change("DROP TRIGGER trg", "child"),
                new Change("CREATE TRIGGER trg2 AFTER DELETE ON child FOR EACH ROW SET @x = OLD.id", "child"),
                new Change("DROP FUNCTION f"),
                new Change("CREATE PROCEDURE pr(IN x INT) COMMENT 'p' SELECT x"),
                new Change("ALTER PROCEDURE pr COMMENT 'q'"),
                new Change("GRANT SELECT ON `" + db + "`.* TO " + account),
                new Change("ALTER DATABASE `" + db + "` CHARACTER SET latin1 COLLATE latin1_swedish_ci"));
    }

    private static final List<String> DATA_AND_MAINTENANCE = List.of(
            "INSERT INTO parent VALUES (2, 'y', 2, 'a', 'b')", "UPDATE parent SET code = 'z' WHERE id = 2",
            "DELETE FROM parent WHERE id = 2", "INSERT INTO child (parent_id, v) VALUES (1, 'w')",
            "ANALYZE TABLE parent, child", "OPTIMIZE TABLE child", "TRUNCATE TABLE part");

    private static Fingerprinted take(TestDatabase db) {
        return LocalDatabases.discovery().fingerprint(db.jdbcUrl(), LocalDatabases.none());
    }

    private static SchemaFingerprint fingerprint(TestDatabase db) {
        return take(db).fingerprint().orElseThrow();
    }

    @Test
    @DisplayName("each DDL statement moves the digest and exactly the digests of the tables it touches")
    void ddlMovesTheFingerprint() throws Exception {
        TestDatabase db = databases.create(FIXTURE);
        admin("CREATE USER " + account);
        try {
            SchemaFingerprint before = fingerprint(db);
            assertThat(before.tables()).containsOnlyKeys(new Change("", "parent", "child", "v", "part")
                    .refs(db.name()));
            SoftAssertions soft = new SoftAssertions();
            for (Change change : changes(db.name())) {
                db.execute(List.of(change.sql()));
                SchemaFingerprint after = fingerprint(db);
                soft.assertThat(after.digest()).as(change.sql()).isNotEqualTo(before.digest());
                soft.assertThat(after.changedSince(before)).as(change.sql()).isEqualTo(change.refs(db.name()));
                before = after;
            }
            soft.assertAll();
        } finally {
            admin("DROP USER IF EXISTS " + account);
        }
    }

    /** Accounts are server-wide: created on the server's connection, uniquely named, dropped after. */
    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(LocalDatabases.serverUrl()); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    @DisplayName("INSERT, UPDATE, DELETE, ANALYZE, OPTIMIZE and TRUNCATE leave it alone")
    void dataAndMaintenanceDoNot() throws Exception {
        TestDatabase db = databases.create(FIXTURE);
        SchemaFingerprint before = fingerprint(db);
        SoftAssertions soft = new SoftAssertions();
        for (String sql : DATA_AND_MAINTENANCE) {
            db.execute(List.of(sql));
            soft.assertThat(fingerprint(db)).as(sql).isEqualTo(before);
        }
        soft.assertAll();
    }

    @Test
    @DisplayName("the same statements for 10 and 200 tables")
    void constantStatements() throws Exception {
        TestDatabase db = databases.create(FIXTURE);
        Fingerprinted small = take(db);
        List<String> more = new ArrayList<>();
        IntStream.range(0, 200).forEach(i -> more.add("CREATE TABLE t" + i + " (id INT PRIMARY KEY, v INT,"
                + " FOREIGN KEY (v) REFERENCES parent (id))"));
        db.execute(more);
        Fingerprinted large = take(db);
        assertThat(large.fingerprint().orElseThrow().tables()).hasSize(204);
        assertThat(large.statementTexts()).isEqualTo(small.statementTexts());
        assertThat(large.statementTexts()).hasSizeLessThanOrEqualTo(6)
                .anyMatch(t -> t.contains("information_schema.PARAMETERS"));
    }
}
