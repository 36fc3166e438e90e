package org.schemadiscovery.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.migration.MigrationScript;

/**
 * The corpus oracle for mysqldef on MariaDB: load {@code current} into scratch database A (with one row per table
 * where one can be inserted) and {@code desired} into B, plan A → B, apply the script to A with the {@code mariadb}
 * client, discover A again and compare it with B, and count the rows: converged when nothing differs and no table
 * lost a row except through a step marked DESTRUCTIVE or DATA_LOSS naming it.
 */
final class MysqlCorpusRunner {
    /** The database some mysqldef views name. */
    private static final String CORPUS_DATABASE = "mysqldef_test";

    private final SchemaDiscovery discovery;
    private final MigrationPlanner planner;
    private final MysqlScratchDatabase a;
    private final MysqlScratchDatabase b;
    private final Path work;

    MysqlCorpusRunner(SchemaDiscovery discovery, MysqlScratchDatabase a, MysqlScratchDatabase b, Path work) {
        this.discovery = discovery;
        this.planner = discovery.registry().planner("mysql")
                .orElseThrow(() -> new IllegalStateException("no MySQL migration planner on the class path"));
        this.a = a;
        this.b = b;
        this.work = work;
    }

    CorpusRunner.Result run(CorpusCase c, String flavor) throws Exception {
        Optional<String> notApplicable = MysqlApplicability.beforeLoading(c, flavor);
        if (notApplicable.isPresent()) {
            return result(c, CorpusRunner.Outcome.NOT_APPLICABLE, notApplicable.get());
        }
        a.reset();
        b.reset();
        String loadProblem = load(a, "current", c.current());
        if (loadProblem == null) {
            loadProblem = load(b, "desired", c.desired());
        }
        if (loadProblem != null) {
            return result(c, CorpusRunner.Outcome.NOT_APPLICABLE, loadProblem);
        }
        SchemaInfo from = discovery.discover(a.url());
        List<String> withRows;
        try (Connection conn = a.connect()) {
            withRows = SampleRows.insert(conn, from);
        }
        SchemaInfo to = discovery.discover(b.url());
        DiffOptions.Builder options = DiffOptions.builder();
        for (RenameHints.Hint h : RenameHints.parse(c.desired())) {
            ObjectType type = switch (h.kind()) {
                case TABLE -> ObjectType.TABLE;
                case COLUMN -> ObjectType.COLUMN;
                case INDEX -> ObjectType.INDEX;
                default -> null;
            };
            if (type == null) {
                return result(c, CorpusRunner.Outcome.PLAN_FAILED, "rename hint of a kind not supported: " + h);
            }
            boolean child = h.table() != null;
            options.rename(type, new ObjectName(null, child ? unquote(h.table()) : null, unquote(h.from())),
                    new ObjectName(null, child ? unquote(h.table()) : null, unquote(h.to())));
        }
        List<SchemaChange> changes;
        try {
            changes = discovery.compare(from, to, options.build());
        } catch (RuntimeException e) {
            return result(c, CorpusRunner.Outcome.PLAN_FAILED, "comparison failed: " + e);
        }
        MigrationPlan plan;
        try {
            plan = planner.plan(from, to, changes, PlannerOptions.builder().allowDestructive(c.enableDrop()).build());
        } catch (RuntimeException e) {
            return result(c, CorpusRunner.Outcome.PLAN_FAILED, "planner threw " + e);
        }
        if (!plan.unsupported().isEmpty()) {
            return result(c, CorpusRunner.Outcome.PLAN_FAILED, "unsupported: " + plan.unsupported().get(0).change()
                    + ": " + plan.unsupported().get(0).reason());
        }
        Map<String, Long> rowsBefore;
        try (Connection conn = a.connect()) {
            rowsBefore = SampleRows.count(conn, withRows);
        }
        String script = MigrationScript.sql(plan);
        String applied = apply(a, script, c);
        if (applied != null) {
            return result(c, CorpusRunner.Outcome.PLAN_FAILED, "mariadb: " + applied);
        }
        SchemaInfo after = discovery.discover(a.url());
        List<SchemaChange> remaining = discovery.compare(after, to, DiffOptions.defaults());
        Set<String> expected = new HashSet<>();
        for (LeftOut l : plan.leftOut()) {
            l.step().changes().forEach(ch -> expected.add(ch.type() + " " + ch.name()));
        }
        List<String> unexpected = new ArrayList<>();
        for (SchemaChange ch : remaining) {
            if (!expected.contains(ch.type() + " " + ch.name()) && !counterOnly(ch, withRows)) {
                unexpected.add(ch.toString());
            }
        }
        if (!unexpected.isEmpty()) {
            return result(c, CorpusRunner.Outcome.NOT_CONVERGED, "still differs: " + String.join("; ",
                    unexpected.subList(0, Math.min(3, unexpected.size()))));
        }
        if (c.enableDrop() && !plan.leftOut().isEmpty()) {
            return result(c, CorpusRunner.Outcome.NOT_CONVERGED, "steps left out although destructive steps were"
                    + " allowed");
        }
        Map<String, Long> rowsAfter;
        try (Connection conn = a.connect()) {
            rowsAfter = SampleRows.count(conn, withRows);
        }
        for (Map.Entry<String, Long> e : rowsBefore.entrySet()) {
            Long now = rowsAfter.get(e.getKey());
            if (now != null && now < e.getValue() && !losesRows(plan, e.getKey())) {
                return result(c, CorpusRunner.Outcome.NOT_CONVERGED, "rows lost from " + e.getKey() + ": "
                        + e.getValue() + " before, " + now + " after, and no step says it loses data there");
            }
        }
        return result(c, CorpusRunner.Outcome.CONVERGED, remaining.isEmpty() ? "" : remaining.size()
                + " destructive changes left out as asked");
    }

    /**
     * The AUTO_INCREMENT counter of a table the runner put a row into: data, not schema (B holds no rows), so it is
     * not a difference the migration should have removed.
     */
    private static boolean counterOnly(SchemaChange ch, List<String> withRows) {
        if (ch.type() != ObjectType.TABLE || ch.attributes().size() != 1 || !withRows.contains(ch.name().name())) {
            return false;
        }
        return ch.attribute("options").map(o -> {
            Map<?, ?> before = new java.util.HashMap<>((Map<?, ?>) o.before());
            Map<?, ?> after = new java.util.HashMap<>((Map<?, ?>) o.after());
            before.remove("auto_increment");
            after.remove("auto_increment");
            return before.equals(after);
        }).orElse(false);
    }

    private static CorpusRunner.Result result(CorpusCase c, CorpusRunner.Outcome outcome, String reason) {
        return new CorpusRunner.Result(c, outcome, reason);
    }

    private static boolean losesRows(MigrationPlan plan, String table) {
        for (MigrationStep s : plan.steps()) {
            if ((s.has(HazardKind.DESTRUCTIVE) || s.has(HazardKind.DATA_LOSS)) && s.sql().contains("`" + table
                    + "`")) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String name) {
        return name.length() > 1 && (name.startsWith("`") || name.startsWith("\"")) ? name.substring(1,
                name.length() - 1) : name;
    }

    private static String load(MysqlScratchDatabase db, String side, String script) throws Exception {
        String local = script.replace(CORPUS_DATABASE + ".", "`" + db.name() + "`.")
                .replace("`" + CORPUS_DATABASE + "`.", "`" + db.name() + "`.");
        try (Connection c = db.connect()) {
            List<ScratchLoad.Failure> failures = ScratchLoad.load(c, MysqlStatements.split(local));
            return failures.isEmpty() ? null : MysqlApplicability.loadFailure(side, failures);
        }
    }

    /** Applies the script with the mariadb client as a user would; null when it ran, else its first error line. */
    private String apply(MysqlScratchDatabase db, String script, CorpusCase c) throws IOException,
            InterruptedException {
        Path file = work.resolve(c.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("mariadb", "--batch", "--protocol=TCP", "-h", "127.0.0.1", "-P", "3306",
                "-u", "root", db.name()).redirectInput(file.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        if (p.exitValue() == 0) {
            return null;
        }
        return output.lines().filter(l -> l.contains("ERROR")).findFirst().orElse(output.strip());
    }
}
