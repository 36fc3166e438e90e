package org.schemadiscovery.it.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.migration.MigrationScript;

/**
 * The corpus oracle for SQLite: {@code current} into file A (then two rows into every table that takes them),
 * {@code desired} into file B, plan A → B, apply with {@code sqlite3 -bail}, discover A again and compare with B.
 * Rows must survive in every table both sides have. When the script fails only because of the rows (a new NOT NULL
 * column without default, a CHECK the made-up values break), the case runs again without rows and says so.
 */
final class SqliteCorpusRunner {
    private final SchemaDiscovery discovery;
    private final MigrationPlanner planner;
    private final Path work;

    SqliteCorpusRunner(SchemaDiscovery discovery, Path work) {
        this.discovery = discovery;
        this.planner = discovery.registry().planner("sqlite")
                .orElseThrow(() -> new IllegalStateException("no SQLite migration planner on the class path"));
        this.work = work;
    }

    CorpusRunner.Result run(CorpusCase c) throws Exception {
        Optional<String> notApplicable = notApplicable(c);
        if (notApplicable.isPresent()) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.NOT_APPLICABLE, notApplicable.get());
        }
        CorpusRunner.Result withRows = run(c, true);
        if (withRows.outcome() == CorpusRunner.Outcome.CONVERGED || withRows.outcome()
                == CorpusRunner.Outcome.NOT_APPLICABLE) {
            return withRows;
        }
        CorpusRunner.Result without = run(c, false);
        if (without.outcome() == CorpusRunner.Outcome.CONVERGED) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.CONVERGED, "converged without rows; with rows: "
                    + withRows.reason());
        }
        return withRows;
    }

    private CorpusRunner.Result run(CorpusCase c, boolean rows) throws Exception {
        String id = c.id().replaceAll("[^A-Za-z0-9_.-]", "_");
        Path a = work.resolve(id + ".a.db");
        Path b = work.resolve(id + ".b.db");
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
        String problem = load(a, "current", c.current());
        if (problem == null) {
            problem = load(b, "desired", c.desired());
        }
        if (problem != null) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.NOT_APPLICABLE, problem);
        }
        SchemaInfo from = discover(a);
        SchemaInfo to = discover(b);
        Map<String, Long> rowsBefore = rows ? insertRows(a, from) : Map.of();
        if (rows) {
            from = discover(a);
        }
        DiffOptions.Builder options = DiffOptions.builder();
        Map<String, String> renamedTables = new LinkedHashMap<>();
        for (RenameHints.Hint h : RenameHints.parse(c.desired())) {
            if (h.kind() == RenameHints.Kind.TABLE) {
                renamedTables.put(h.to(), h.from());
            }
        }
        for (RenameHints.Hint h : RenameHints.parse(c.desired())) {
            ObjectType type = switch (h.kind()) {
                case TABLE -> ObjectType.TABLE;
                case COLUMN -> ObjectType.COLUMN;
                case INDEX -> ObjectType.INDEX;
                default -> null;
            };
            if (type != null) {
                boolean child = h.table() != null;
                // the hint parser puts unqualified names into PostgreSQL's public; SQLite's is main
                String schema = h.schema() == null || "public".equals(h.schema()) ? "main" : h.schema();
                // a column of a renamed table is named under the table's old name on the from side
                String fromTable = child ? renamedTables.getOrDefault(h.table(), h.table()) : null;
                options.rename(type, new ObjectName(schema, fromTable, h.from()),
                        new ObjectName(schema, child ? h.table() : null, h.to()));
            }
        }
        List<SchemaChange> changes;
        MigrationPlan plan;
        try {
            changes = discovery.compare(from, to, options.build());
            plan = planner.plan(from, to, changes, PlannerOptions.builder().allowDestructive(c.enableDrop()).build());
        } catch (RuntimeException e) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.PLAN_FAILED, "planning threw " + e);
        }
        if (!plan.unsupported().isEmpty()) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.PLAN_FAILED, "unsupported: "
                    + plan.unsupported().get(0).change() + ": " + plan.unsupported().get(0).reason());
        }
        String script = MigrationScript.sql(plan);
        Files.writeString(work.resolve(id + (rows ? ".rows" : "") + ".sql"), script, StandardCharsets.UTF_8);
        String failed = sqlite3(a, script);
        if (failed != null) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.PLAN_FAILED, "sqlite3: " + failed);
        }
        SchemaInfo after = discover(a);
        List<SchemaChange> remaining = discovery.compare(after, to, DiffOptions.defaults());
        Set<String> expected = new HashSet<>();
        for (LeftOut l : plan.leftOut()) {
            l.step().changes().forEach(ch -> expected.add(ch.type() + " " + ch.name()));
        }
        List<String> unexpected = remaining.stream().filter(ch -> !expected.contains(ch.type() + " " + ch.name()))
                .map(SchemaChange::toString).toList();
        if (!unexpected.isEmpty()) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.NOT_CONVERGED, "still differs: "
                    + String.join("; ", unexpected.subList(0, Math.min(3, unexpected.size()))));
        }
        if (c.enableDrop() && !plan.leftOut().isEmpty()) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.NOT_CONVERGED,
                    "steps left out although destructive steps were allowed");
        }
        Map<String, Long> rowsAfter = count(a, after);
        for (Map.Entry<String, Long> e : rowsBefore.entrySet()) {
            Long now = rowsAfter.get(e.getKey());
            if (now != null && !now.equals(e.getValue())) {
                return new CorpusRunner.Result(c, CorpusRunner.Outcome.NOT_CONVERGED, "rows lost in " + e.getKey()
                        + ": " + e.getValue() + " before, " + now + " after");
            }
        }
        return new CorpusRunner.Result(c, CorpusRunner.Outcome.CONVERGED, remaining.isEmpty() ? ""
                : remaining.size() + " destructive changes left out as asked");
    }

    private static Optional<String> notApplicable(CorpusCase c) {
        if (c.error() != null) {
            return Optional.of("sqldef expects an error, not a migration: " + c.error().strip());
        }
        if (!c.sqldefOnly().isEmpty()) {
            return Optional.of("uses sqldef-only settings: " + String.join(", ", c.sqldefOnly()));
        }
        if (c.user() != null || !c.managedRoles().isEmpty()) {
            return Optional.of("needs roles, which SQLite has none of");
        }
        return Optional.empty();
    }

    private SchemaInfo discover(Path file) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("open_mode", "65");
        return discovery.discover("jdbc:sqlite:" + file, p);
    }

    /** Loads in passes like {@link ScratchLoad}, with trigger bodies kept whole; null when everything ran. */
    private static String load(Path file, String side, String script) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA user_version = 0");
            List<String> pending = statements(script == null ? "" : script);
            List<String> failures = new ArrayList<>();
            while (!pending.isEmpty()) {
                failures.clear();
                List<String> next = new ArrayList<>();
                for (String sql : pending) {
                    try (Statement st = c.createStatement()) {
                        st.execute(sql);
                    } catch (SQLException e) {
                        next.add(sql);
                        failures.add(e.getMessage() + " in: " + sql.lines().findFirst().orElse(""));
                    }
                }
                if (next.size() == pending.size()) {
                    break;
                }
                pending = next;
            }
            return failures.isEmpty() ? null : "does not load on SQLite (" + side + ": " + failures.get(0) + ")";
        }
    }

    /** The script's statements; a CREATE TRIGGER keeps its body's semicolons up to its END. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder trigger = null;
        for (String piece : SqlStatements.split(script)) {
            String upper = piece.toUpperCase(Locale.ROOT);
            if (trigger != null) {
                trigger.append(";\n").append(piece);
                if (upper.matches("(?s)(.*\\s)?END")) {
                    out.add(trigger.toString());
                    trigger = null;
                }
            } else if (upper.matches("(?s)CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\s.*")
                    && !upper.matches("(?s).*\\sEND")) {
                trigger = new StringBuilder(piece);
            } else {
                out.add(piece);
            }
        }
        if (trigger != null) {
            out.add(trigger.toString());
        }
        return out;
    }

    /**
     * Two rows into every ordinary table, values made from the row number by affinity, foreign keys off (so a
     * child needs no parent); a table whose constraints refuse them stays empty. Returns the counts.
     */
    private static Map<String, Long> insertRows(Path file, SchemaInfo schema) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (TableInfo t : schema.tables()) {
                if (t.kind() == TableKind.VIRTUAL || t.ref().name().startsWith("sqlite_")) {
                    continue;
                }
                for (int n = 1; n <= 2; n++) {
                    List<String> names = new ArrayList<>();
                    List<String> values = new ArrayList<>();
                    for (ColumnInfo col : t.columns()) {
                        if (col.hidden() || col.generated() != null) {
                            continue;
                        }
                        names.add(quote(col.name()));
                        values.add(value(col, n));
                    }
                    String sql = names.isEmpty() ? "INSERT INTO " + quote(t.ref().name()) + " DEFAULT VALUES"
                            : "INSERT INTO " + quote(t.ref().name()) + " (" + String.join(", ", names) + ") VALUES ("
                            + String.join(", ", values) + ")";
                    try (Statement st = c.createStatement()) {
                        st.execute(sql);
                    } catch (SQLException e) {
                        break;
                    }
                }
            }
        }
        return count(file, schema);
    }

    private static String value(ColumnInfo col, int n) {
        String type = col.type().declared().toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return String.valueOf(n);
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return "'" + n + "'";
        }
        if (type.contains("BLOB")) {
            return "x'0" + n + "'";
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return n + ".5";
        }
        return String.valueOf(n);
    }

    private static Map<String, Long> count(Path file, SchemaInfo schema) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (TableInfo t : schema.tables()) {
                if (t.kind() == TableKind.VIRTUAL) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quote(t.ref().name()))) {
                    rs.next();
                    out.put(t.ref().name(), rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Null when the script ran, else sqlite3's first error line. */
    private static String sqlite3(Path db, String script) throws Exception {
        Path input = Files.createTempFile("corpus", ".sql");
        try {
            Files.writeString(input, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("sqlite3", "-bail", db.toString()).redirectInput(input.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            return p.exitValue() == 0 ? null : output.lines().filter(l -> l.contains("rror")).findFirst()
                    .orElse(output.strip());
        } finally {
            Files.deleteIfExists(input);
        }
    }
}
