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
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.diff.SchemaNormalizer;
import org.schemadiscovery.core.diff.SchemaDiff;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * Schema comparison in a warm JVM: reads a JSON snapshot twice (two separate models), makes EDITS changes to the
 * second (each on its own table: a column dropped, added or made nullable, an index dropped, a comment changed),
 * then times {@code SchemaDiff.compare} after warm-ups, without and with the dialect's normaliser when one is on the
 * class path. Checks that the copy compares empty and the edited copy lists exactly EDITS changes.
 * Usage (single-file source launch): {@code java -cp 'lib/*:plugins/*' DiffWarm.java SNAPSHOT [EDITS] [WARMUPS] [RUNS]}
 */
public final class DiffWarm {
    private DiffWarm() {
    }

    public static void main(String[] args) throws Exception {
        Path snapshot = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        JsonCodec codec = new JsonCodec();
        String json = Files.readString(snapshot);
        SchemaInfo a = codec.read(json);
        SchemaInfo copy = codec.read(json);
        SchemaInfo b = edit(codec.read(json), edits);
        if (!SchemaDiff.compare(a, copy, DiffOptions.defaults()).isEmpty()) {
            throw new IllegalStateException("a snapshot compared with its copy is not empty");
        }
        int columns = a.tables().stream().mapToInt(t -> t.columns().size()).sum();
        int indexes = a.tables().stream().mapToInt(t -> t.indexes().size()).sum();
        System.out.printf(Locale.ROOT, "models: %d tables, %d columns, %d indexes, %d views; %d edits%n",
                a.tables().size(), columns, indexes, a.views().size(), edits);
        measure("core only", a, b, DiffOptions.defaults(), edits, warmups, runs);
        for (SchemaNormalizer n : ServiceLoader.load(SchemaNormalizer.class)) {
            if (n.dialect().equals(a.identity().dialect())) {
                measure("with " + n.getClass().getSimpleName(), a, b,
                        DiffOptions.builder().normalizer(n).build(), edits, warmups, runs);
            }
        }
    }

    private static void measure(String label, SchemaInfo a, SchemaInfo b, DiffOptions options, int edits,
                                int warmups, int runs) {
        List<SchemaChange> changes = List.of();
        for (int i = 0; i < warmups; i++) {
            changes = SchemaDiff.compare(a, b, options);
        }
        if (changes.size() != edits) {
            throw new IllegalStateException(label + ": " + changes.size() + " changes for " + edits + " edits: "
                    + changes.subList(0, Math.min(10, changes.size())));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SchemaDiff.compare(a, b, options);
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // on a shared machine wall time includes waiting for a core; the thread's CPU time does not
        System.out.printf(Locale.ROOT, "compare %s: wall median %.1f ms (min %.1f, max %.1f), thread CPU median %.1f"
                + " ms (min %.1f) over %d runs after %d warm-ups; %d changes%n", label, nanos[runs / 2] / 1e6,
                nanos[0] / 1e6, nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[0] / 1e6, runs, warmups,
                changes.size());
    }

    /** EDITS changes, each on its own table, in table order. */
    private static SchemaInfo edit(SchemaInfo s, int edits) {
        List<TableInfo> tables = new ArrayList<>(s.tables());
        int done = 0;
        for (int i = 0; i < tables.size() && done < edits; i += Math.max(1, tables.size() / edits)) {
            TableInfo t = tables.get(i);
            List<ColumnInfo> cols = new ArrayList<>(t.columns());
            TableInfo changed = switch (done % 5) {
                case 0 -> cols.size() > 1 ? t.toBuilder().columns(cols.subList(0, cols.size() - 1)).build() : null;
                case 1 -> {
                    ColumnInfo c = cols.get(cols.size() - 1);
                    cols.set(cols.size() - 1, c.toBuilder().nullable(!c.nullable()).build());
                    yield t.toBuilder().columns(cols).build();
                }
                case 2 -> {
                    cols.add(ColumnInfo.simple("bench_added", cols.size() + 1, DataType.of("text", 12), true));
                    yield t.toBuilder().columns(cols).build();
                }
                case 3 -> {
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
