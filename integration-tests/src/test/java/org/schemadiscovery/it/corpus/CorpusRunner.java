package org.schemadiscovery.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.migration.MigrationScript;

/**
 * The corpus oracle (see the corpus README): load {@code current} into scratch database A and {@code desired} into
 * B, plan A → B, apply the script to A with {@code psql -v ON_ERROR_STOP=1}, discover A again and compare it with B:
 * converged when nothing differs. Cases with {@code enable_drop: false} plan without destructive steps and
 * converge when what still differs is exactly what the left-out steps would have changed.
 */
final class CorpusRunner {
    enum Outcome { CONVERGED, NOT_CONVERGED, PLAN_FAILED, NOT_APPLICABLE }

    record Result(CorpusCase c, Outcome outcome, String reason) {
    }

    private final SchemaDiscovery discovery;
    private final MigrationPlanner planner;
    private final ScratchDatabase a;
    private final ScratchDatabase b;
    private final Path work;

    CorpusRunner(SchemaDiscovery discovery, ScratchDatabase a, ScratchDatabase b, Path work) {
        this.discovery = discovery;
        this.planner = discovery.registry().planner("postgresql")
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL migration planner on the class path"));
        this.a = a;
        this.b = b;
        this.work = work;
    }

    Result run(CorpusCase c) throws Exception {
        Optional<String> notApplicable = Applicability.beforeLoading(c);
        if (notApplicable.isPresent()) {
            return new Result(c, Outcome.NOT_APPLICABLE, notApplicable.get());
        }
        a.reset();
        b.reset();
        String loadProblem = load(a, "current", c.current());
        if (loadProblem == null) {
            loadProblem = load(b, "desired", c.desired());
        }
        if (loadProblem != null) {
            return new Result(c, Outcome.NOT_APPLICABLE, loadProblem);
        }
        SchemaInfo from = discovery.discover(a.url());
        SchemaInfo to = discovery.discover(b.url());
        DiffOptions.Builder options = DiffOptions.builder();
        List<String> skippedHints = new ArrayList<>();
        for (RenameHints.Hint h : RenameHints.parse(c.desired())) {
            ObjectType type = switch (h.kind()) {
                case TABLE -> ObjectType.TABLE;
                case COLUMN -> ObjectType.COLUMN;
                case INDEX -> ObjectType.INDEX;
                case CONSTRAINT -> constraintType(to, h);
                case TYPE -> ObjectType.TYPE;
                case ENUM_LABEL -> null;
            };
            if (type == null) {
                skippedHints.add(h.toString());
                continue;
            }
            boolean child = h.table() != null;
            options.rename(type, new ObjectName(h.schema(), child ? h.table() : null, h.from()),
                    new ObjectName(h.schema(), child ? h.table() : null, h.to()));
        }
        DiffOptions diffOptions;
        try {
            diffOptions = options.build();
        } catch (IllegalArgumentException e) {
            return new Result(c, Outcome.PLAN_FAILED, "rename hint refused: " + e.getMessage());
        }
        List<SchemaChange> changes;
        try {
            changes = discovery.compare(from, to, diffOptions);
        } catch (RuntimeException e) {
            return new Result(c, Outcome.PLAN_FAILED, "comparison failed: " + e);
        }
        MigrationPlan plan;
        try {
            plan = planner.plan(from, to, changes, PlannerOptions.builder().allowDestructive(c.enableDrop()).build());
        } catch (RuntimeException e) {
            return new Result(c, Outcome.PLAN_FAILED, "planner threw " + e);
        }
        if (!plan.unsupported().isEmpty()) {
            return new Result(c, Outcome.PLAN_FAILED, "unsupported: " + plan.unsupported().get(0).change() + ": "
                    + plan.unsupported().get(0).reason());
        }
        String script = MigrationScript.sql(plan);
        String applied = psql(a, script, c);
        if (applied != null) {
            return new Result(c, Outcome.PLAN_FAILED, "psql: " + applied);
        }
        SchemaInfo after = discovery.discover(a.url());
        List<SchemaChange> remaining = discovery.compare(after, to, diffOptionsWithoutHints());
        Set<String> expected = new HashSet<>();
        for (LeftOut l : plan.leftOut()) {
            l.step().changes().forEach(ch -> expected.add(ch.type() + " " + ch.name()));
        }
        List<String> unexpected = new ArrayList<>();
        for (SchemaChange ch : remaining) {
            if (!expected.contains(ch.type() + " " + ch.name())) {
                unexpected.add(ch.toString());
            }
        }
        if (!unexpected.isEmpty()) {
            return new Result(c, Outcome.NOT_CONVERGED, "still differs: " + String.join("; ", unexpected.subList(0,
                    Math.min(3, unexpected.size()))) + (skippedHints.isEmpty() ? "" : " (label rename hints not"
                    + " supported: " + skippedHints + ")"));
        }
        if (c.enableDrop() && !plan.leftOut().isEmpty()) {
            return new Result(c, Outcome.NOT_CONVERGED, "steps left out although destructive steps were allowed");
        }
        return new Result(c, Outcome.CONVERGED, remaining.isEmpty() ? "" : remaining.size()
                + " destructive changes left out as asked");
    }

    private static DiffOptions diffOptionsWithoutHints() {
        return DiffOptions.defaults();
    }

    private static ObjectType constraintType(SchemaInfo to, RenameHints.Hint h) {
        return to.table(org.schemadiscovery.api.model.TableRef.of(h.schema(), h.table()))
                .flatMap(t -> t.constraints().stream().filter(k -> h.to().equals(k.name())).findFirst())
                .map(k -> k instanceof org.schemadiscovery.api.model.PrimaryKey ? ObjectType.PRIMARY_KEY
                        : k instanceof org.schemadiscovery.api.model.CheckConstraint ? ObjectType.CHECK_CONSTRAINT
                        : k instanceof org.schemadiscovery.api.model.ForeignKey ? ObjectType.FOREIGN_KEY
                        : k instanceof org.schemadiscovery.api.model.ExclusionConstraint
                        ? ObjectType.EXCLUSION_CONSTRAINT : ObjectType.UNIQUE_CONSTRAINT)
                .orElse(ObjectType.UNIQUE_CONSTRAINT);
    }

    private static String load(ScratchDatabase db, String side, String script) throws Exception {
        try (Connection c = db.connect()) {
            List<ScratchLoad.Failure> failures = ScratchLoad.load(c, script);
            return failures.isEmpty() ? null : Applicability.loadFailure(side, failures);
        }
    }

    /** Applies the script with psql as a user would; null when it ran, else psql's first error line. */
    private String psql(ScratchDatabase db, String script, CorpusCase c) throws IOException, InterruptedException {
        Path file = work.resolve(c.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("psql", "-v", "ON_ERROR_STOP=1", "-X", "-q", "-h", "127.0.0.1", "-U",
                "postgres", "-d", db.name(), "-f", file.toString()).redirectErrorStream(true).start();
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
