package bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.core.diff.SchemaDiff;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * Migration planning in a warm JVM: reads a JSON snapshot twice, makes CHANGES changes to the second (each on its own
 * plain table, in turn: a column dropped, made nullable or NOT NULL, added, its type changed to text, an index
 * dropped, a comment changed), compares once, then times the dialect's {@code MigrationPlanner.plan} (destructive
 * steps allowed, so every change is planned) after warm-ups. Checks that the comparison lists exactly CHANGES
 * changes and that the plan leaves nothing unsupported.
 * Usage (single-file source launch): {@code java -cp 'lib/*:plugins/*' PlanWarm.java SNAPSHOT [CHANGES] [WARMUPS] [RUNS]}
 */
public final class PlanWarm {
    private PlanWarm() {
    }

    public static void main(String[] args) throws Exception {
        Path snapshot = Path.of(args[0]);
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        JsonCodec codec = new JsonCodec();
        String json = Files.readString(snapshot);
        SchemaInfo from = codec.read(json);
        SchemaInfo to = edit(codec.read(json), wanted);
        List<SchemaChange> changes = SchemaDiff.compare(from, to, DiffOptions.defaults());
        if (changes.size() != wanted) {
            throw new IllegalStateException(changes.size() + " changes for " + wanted + " edits: "
                    + changes.subList(0, Math.min(10, changes.size())));
        }
        MigrationPlanner planner = null;
        for (MigrationPlanner p : ServiceLoader.load(MigrationPlanner.class)) {
            if (p.dialect().equals(from.identity().dialect())) {
                planner = p;
            }
        }
        if (planner == null) {
            throw new IllegalStateException("no migration planner for " + from.identity().dialect());
        }
        PlannerOptions options = PlannerOptions.builder().allowDestructive(true).build();
        MigrationPlan plan = null;
        for (int i = 0; i < warmups; i++) {
            plan = planner.plan(from, to, changes, options);
        }
        if (!plan.unsupported().isEmpty()) {
            throw new IllegalStateException("unsupported: " + plan.unsupported().get(0));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            planner.plan(from, to, changes, options);
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "model: %d tables, %d views, %d routines; %d changes -> %d steps in %d"
                        + " groups%n", from.tables().size(), from.views().size(), from.routines().size(),
                changes.size(), plan.steps().size(), plan.groups().size());
        // on a shared machine wall time includes waiting for a core; the thread's CPU time does not
        System.out.printf(Locale.ROOT, "plan: wall median %.1f ms (min %.1f, max %.1f), thread CPU median %.1f ms"
                        + " (min %.1f) over %d runs after %d warm-ups%n", nanos[runs / 2] / 1e6, nanos[0] / 1e6,
                nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[0] / 1e6, runs, warmups);
    }

    /** CHANGES changes, each on its own plain table, spread over the model in table order. */
    private static SchemaInfo edit(SchemaInfo s, int edits) {
        List<TableInfo> tables = new ArrayList<>(s.tables());
        int done = 0;
        DataType text = DataType.of("text", 12);
        // half the spacing, since partitions, other kinds and unfit columns are passed over
        for (int i = 0; i < tables.size() && done < edits; i += Math.max(1, tables.size() / (2 * edits))) {
            TableInfo t = tables.get(i);
            if (t.kind() != TableKind.TABLE || t.partition() != null) {
                continue;
            }
            List<ColumnInfo> cols = new ArrayList<>(t.columns());
            ColumnInfo last = cols.get(cols.size() - 1);
            boolean plainLast = last.generated() == null && last.identity() == null;
            TableInfo changed = switch (done % 6) {
                case 0 -> cols.size() > 1 && plainLast
                        ? t.toBuilder().columns(cols.subList(0, cols.size() - 1)).build() : null;
                case 1 -> {
                    cols.set(cols.size() - 1, last.toBuilder().nullable(!last.nullable()).build());
                    yield plainLast ? t.toBuilder().columns(cols).build() : null;
                }
                case 2 -> {
                    cols.add(ColumnInfo.simple("bench_added", cols.size() + 1, text, true));
                    yield t.toBuilder().columns(cols).build();
                }
                case 3 -> {
                    cols.set(cols.size() - 1, last.toBuilder().type(text).defaultValue(null).build());
                    yield plainLast && !last.type().declared().equals("text") && last.defaultValue() == null
                            ? t.toBuilder().columns(cols).build() : null;
                }
                case 4 -> {
                    List<IndexInfo> own = t.indexes().stream().filter(x -> !x.constraintBacked()).toList();
                    yield own.isEmpty() ? null : t.toBuilder().indexes(t.indexes().stream()
                            .filter(x -> x != own.get(0)).toList()).build();
                }
                default -> t.toBuilder().comment("edited by the bench").build();
            };
            if (changed != null) {
                tables.set(i, changed);
                done++;
            }
        }
        if (done != edits) {
            throw new IllegalStateException("made " + done + " of " + edits + " edits");
        }
        return s.toBuilder().tables(tables).build();
    }
}
