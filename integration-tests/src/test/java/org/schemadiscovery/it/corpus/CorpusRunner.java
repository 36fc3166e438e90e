package org.schemadiscovery.it.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.migration.MigrationScript;

/**
 * The corpus oracle (see the corpus README): load {@code current} into scratch database A and {@code desired} into
 * B, put a row into every table of A that takes one ({@link RowSeeder}), plan A → B, apply the script to A with the
 * dialect's own client, discover A again and compare it with B: converged when nothing differs and the seeded rows
 * are still there ({@link RowsSurvive}). Cases with {@code enable_drop: false} plan without destructive steps and
 * converge when what still differs is exactly what the left-out steps would have changed. {@link Direction#REVERSE}
 * runs a case backwards (desired → current, rename hints reversed, destructive steps allowed).
 */
final class CorpusRunner {
    enum Outcome { CONVERGED, NOT_CONVERGED, PLAN_FAILED, NOT_APPLICABLE, ROWS_LOST }

    enum Direction { FORWARD, REVERSE }

    /**
     * @param seeded  tables holding a seed row before the migration
     * @param skipped tables where no row could be inserted
     */
    record Result(CorpusCase c, Outcome outcome, String reason, int seeded, int skipped) {
        Result(CorpusCase c, Outcome outcome, String reason) {
            this(c, outcome, reason, 0, 0);
        }
    }

    private final SchemaDiscovery discovery;
    private final MigrationPlanner planner;
    private final CorpusDialect dialect;
    private final RowSeeder seeder;
    private final Scratch a;
    private final Scratch b;
    private final Path work;
    private boolean seedRows = true;

    /** A PostgreSQL runner (psql, PostgreSQL seed values). */
    CorpusRunner(SchemaDiscovery discovery, ScratchDatabase a, ScratchDatabase b, Path work) {
        this(discovery, CorpusDialect.POSTGRESQL, a, b, work);
    }

    CorpusRunner(SchemaDiscovery discovery, CorpusDialect dialect, Scratch a, Scratch b, Path work) {
        this.discovery = discovery;
        this.dialect = dialect;
        this.planner = discovery.registry().planner(dialect.planner())
                .orElseThrow(() -> new IllegalStateException("no " + dialect.planner()
                        + " migration planner on the class path"));
        this.seeder = new RowSeeder(dialect.values());
        this.a = a;
        this.b = b;
        this.work = work;
    }

    /** Without seed rows the runner checks convergence alone (to tell failures caused by rows apart). */
    CorpusRunner seedRows(boolean seed) {
        this.seedRows = seed;
        return this;
    }

    Result run(CorpusCase c) throws Exception {
        return run(c, Direction.FORWARD);
    }

    Result run(CorpusCase c, Direction direction) throws Exception {
        Optional<String> notApplicable = Applicability.beforeLoading(c);
        if (notApplicable.isPresent()) {
            return new Result(c, Outcome.NOT_APPLICABLE, notApplicable.get());
        }
        boolean reverse = direction == Direction.REVERSE;
        String fromDdl = reverse ? c.desired() : c.current();
        String toDdl = reverse ? c.current() : c.desired();
        boolean allowDestructive = reverse || c.enableDrop();
        a.reset();
        b.reset();
        String loadProblem = load(a, reverse ? "desired" : "current", fromDdl);
        if (loadProblem == null) {
            loadProblem = load(b, reverse ? "current" : "desired", toDdl);
        }
        if (loadProblem != null) {
            return new Result(c, Outcome.NOT_APPLICABLE, loadProblem);
        }
        SchemaInfo from = discovery.discover(a.url());
        SchemaInfo to = discovery.discover(b.url());
        RowSeeder.Seeded seeded = RowSeeder.Seeded.NONE;
        if (seedRows) {
            try (Connection conn = a.connect()) {
                seeded = seeder.seed(conn, from);
            }
        }
        java.util.Map<TableRef, TableRef> tableRenames = new java.util.HashMap<>();
        DiffOptions.Builder options = DiffOptions.builder();
        List<String> skippedHints = new ArrayList<>();
        for (RenameHints.Hint forward : RenameHints.parse(c.desired())) {
            RenameHints.Hint h = reverse ? new RenameHints.Hint(forward.kind(), forward.schema(), forward.table(),
                    forward.to(), forward.from()) : forward;
            if (h.kind() == RenameHints.Kind.TABLE) {
                tableRenames.put(TableRef.of(h.schema(), h.from()), TableRef.of(h.schema(), h.to()));
            }
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
            plan = planner.plan(from, to, changes, PlannerOptions.builder().allowDestructive(allowDestructive).build());
        } catch (RuntimeException e) {
            return new Result(c, Outcome.PLAN_FAILED, "planner threw " + e);
        }
        if (!plan.unsupported().isEmpty()) {
            return new Result(c, Outcome.PLAN_FAILED, "unsupported: " + plan.unsupported().get(0).change() + ": "
                    + plan.unsupported().get(0).reason());
        }
        String script = MigrationScript.sql(plan);
        Path file = work.resolve(c.id().replaceAll("[^A-Za-z0-9_.-]", "_") + (reverse ? ".reverse" : "") + ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        String applied = dialect.client().apply(a, file);
        if (applied != null) {
            return new Result(c, Outcome.PLAN_FAILED, "client: " + applied, seeded.rows().size(), seeded.skipped());
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
        int n = seeded.rows().size();
        if (!unexpected.isEmpty()) {
            return new Result(c, Outcome.NOT_CONVERGED, "still differs: " + String.join("; ", unexpected.subList(0,
                    Math.min(3, unexpected.size()))) + (skippedHints.isEmpty() ? "" : " (label rename hints not"
                    + " supported: " + skippedHints + ")"), n, seeded.skipped());
        }
        if (allowDestructive && !plan.leftOut().isEmpty()) {
            return new Result(c, Outcome.NOT_CONVERGED, "steps left out although destructive steps were allowed", n,
                    seeded.skipped());
        }
        List<String> lost;
        try (Connection conn = a.connect()) {
            lost = RowsSurvive.check(conn, seeder, dialect.values(), seeded, from, to, plan,
                    t -> tableRenames.getOrDefault(t, t));
        }
        if (!lost.isEmpty()) {
            return new Result(c, Outcome.ROWS_LOST, "rows lost: " + String.join("; ", lost), n, seeded.skipped());
        }
        return new Result(c, Outcome.CONVERGED, remaining.isEmpty() ? "" : remaining.size()
                + " destructive changes left out as asked", n, seeded.skipped());
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

    private static String load(Scratch db, String side, String script) throws Exception {
        try (Connection c = db.connect()) {
            List<ScratchLoad.Failure> failures = ScratchLoad.load(c, script);
            return failures.isEmpty() ? null : Applicability.loadFailure(side, failures);
        }
    }
}
