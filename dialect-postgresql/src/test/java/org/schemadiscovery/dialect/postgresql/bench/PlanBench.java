package org.schemadiscovery.dialect.postgresql.bench;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.diff.SchemaDiff;
import org.schemadiscovery.dialect.postgresql.PostgresMigrationPlanner;
import org.schemadiscovery.dialect.postgresql.support.Discovery;

/**
 * Benchmark, not a test: discovers a database once, derives a target model with {@code changes} changes (a third
 * each: a column added, a column's type changed, an index added, on distinct plain tables), and times
 * {@code PostgresMigrationPlanner.plan} warm (median of {@code runs} after {@code warmups}).
 * {@code java -cp ... org.schemadiscovery.dialect.postgresql.bench.PlanBench URL [changes] [runs] [warmups]}
 */
public final class PlanBench {
    private PlanBench() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        SchemaInfo from = Discovery.facade(DiscoveryOptions.defaults()).discover(url);
        SchemaInfo to = mutate(from, wanted);
        List<SchemaChange> changes = SchemaDiff.compare(from, to, DiffOptions.defaults());
        PostgresMigrationPlanner planner = new PostgresMigrationPlanner();
        PlannerOptions options = PlannerOptions.builder().allowDestructive(true).build();
        List<Long> micros = new ArrayList<>();
        MigrationPlan plan = null;
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            plan = planner.plan(from, to, changes, options);
            long us = (System.nanoTime() - t0) / 1_000;
            if (i >= warmups) {
                micros.add(us);
            }
        }
        micros.sort(null);
        System.out.printf("plan warm median %.1f ms (min %.1f, max %.1f) over %d runs; %d tables, %d changes, %d steps"
                        + " in %d groups, %d unsupported%n", micros.get(micros.size() / 2) / 1000.0,
                micros.get(0) / 1000.0, micros.get(micros.size() - 1) / 1000.0, runs, from.tables().size(),
                changes.size(), plan.steps().size(), plan.groups().size(), plan.unsupported().size());
    }

    private static SchemaInfo mutate(SchemaInfo from, int wanted) {
        List<TableInfo> tables = new ArrayList<>();
        int changed = 0;
        for (TableInfo t : from.tables()) {
            if (changed >= wanted || t.kind() != TableKind.TABLE || t.columns().isEmpty()) {
                tables.add(t);
                continue;
            }
            int kind = changed % 3;
            changed++;
            if (kind == 0) {
                List<ColumnInfo> columns = new ArrayList<>(t.columns());
                columns.add(ColumnInfo.simple("bench_added", columns.size() + 1,
                        DataType.builder("text", "text").jdbcType(java.sql.Types.VARCHAR).build(), true));
                tables.add(t.toBuilder().columns(columns).build());
            } else if (kind == 1) {
                List<ColumnInfo> columns = new ArrayList<>(t.columns());
                ColumnInfo last = columns.get(columns.size() - 1);
                columns.set(columns.size() - 1, last.toBuilder().type(DataType.builder("text", "text")
                        .jdbcType(java.sql.Types.VARCHAR).build()).defaultValue(null).build());
                tables.add(t.toBuilder().columns(columns).build());
            } else {
                List<IndexInfo> indexes = new ArrayList<>(t.indexes());
                indexes.add(IndexInfo.builder("bench_idx_" + changed, t.ref()).method("btree").valid(true)
                        .elements(List.of(IndexElement.column(t.columns().get(0).name()))).build());
                tables.add(t.toBuilder().indexes(indexes).build());
            }
        }
        return from.toBuilder().tables(tables).build();
    }
}
