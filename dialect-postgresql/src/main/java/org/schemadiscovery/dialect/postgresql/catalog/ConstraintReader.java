package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ExclusionElement;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;

/** Reads every table constraint in scope with one query. */
final class ConstraintReader {
    /** Order of kinds within a table: primary key, unique, check, foreign key, exclusion. */
    static final Comparator<ConstraintInfo> ORDER = Comparator.comparing(ConstraintInfo::table)
            .thenComparingInt(ConstraintReader::rank)
            .thenComparing(c -> c.name() == null ? "" : c.name());

    private ConstraintReader() {
    }

    /** One row: the constraint, its table's oid and the referenced table's oid (0 unless a foreign key). */
    private record Found(long tableOid, long refOid, ConstraintInfo constraint) {
    }

    /**
     * Reads the constraints in scope. When the deparser finds a table dropped after the snapshot, every constraint
     * of that table and every foreign key to it is left out (and the table skipped by later queries), with a warning.
     */
    static Discovered<ConstraintInfo> read(CatalogRunner runner, DiscoveryScope scope) throws SQLException {
        List<Found> found = runner.query("constraints", scope, row -> {
            ConstraintInfo c = constraint(row);
            if (c == null) {
                runner.dropped(row.lng("table_oid"), TableRef.of(row.str("schema_name"), row.str("table_name")),
                        row.str("table_kind"));
                return null;
            }
            return new Found(row.lng("table_oid"), row.lng("ref_oid"), c);
        });
        Set<Long> skipped = runner.skippedOids();
        List<ConstraintInfo> out = new ArrayList<>();
        for (Found f : found) {
            if (!skipped.contains(f.tableOid()) && !skipped.contains(f.refOid())) {
                out.add(f.constraint());
            }
        }
        out.sort(ORDER);
        return new Discovered<>(out, runner.skippedWarnings("constraints", "rpf"));
    }

    static int rank(ConstraintInfo c) {
        if (c instanceof PrimaryKey) {
            return 0;
        } else if (c instanceof UniqueConstraint) {
            return 1;
        } else if (c instanceof CheckConstraint) {
            return 2;
        } else if (c instanceof ForeignKey) {
            return 3;
        }
        return 4;
    }

    /** The constraint of a row, or null when a deparser call returned NULL (table dropped meanwhile). */
    private static ConstraintInfo constraint(Row row) throws SQLException {
        TableRef table = TableRef.of(row.str("schema_name"), row.str("table_name"));
        String name = row.str("name");
        List<String> columns = row.list("columns");
        boolean deferrable = row.bool("is_deferrable");
        boolean deferred = row.bool("is_deferred");
        return switch (row.str("kind")) {
            case "p" -> new PrimaryKey(name, table, columns);
            case "u" -> UniqueConstraint.builder(table).name(name).columns(columns)
                    .nullsNotDistinct(row.bool("nulls_not_distinct")).deferrable(deferrable)
                    .initiallyDeferred(deferred).build();
            case "c" -> {
                String expression = checkExpression(row.str("check_definition"));
                yield expression == null ? null
                        : CheckConstraint.builder(table, expression).name(name).columns(columns)
                                .validated(row.bool("is_validated")).build();
            }
            case "f" -> ForeignKey.builder(table, TableRef.of(row.str("ref_schema"), row.str("ref_table"))).name(name)
                    .columns(columns).referencedColumns(row.list("ref_columns")).match(match(row.str("match_type")))
                    .onUpdate(action(row.str("on_update"))).onDelete(action(row.str("on_delete")))
                    .deferrable(deferrable).initiallyDeferred(deferred).validated(row.bool("is_validated")).build();
            case "x" -> {
                List<String> elements = row.list("exclusion_elements");
                List<String> operators = row.list("exclusion_operators");
                List<ExclusionElement> pairs = new ArrayList<>();
                for (int i = 0; i < elements.size() && i < operators.size(); i++) {
                    if (elements.get(i) == null || operators.get(i) == null) {
                        yield null;
                    }
                    pairs.add(new ExclusionElement(elements.get(i), operators.get(i)));
                }
                if (row.bool("has_exclusion_predicate") && row.str("exclusion_predicate") == null) {
                    yield null;
                }
                yield ExclusionConstraint.builder(table).name(name).method(row.str("exclusion_method"))
                        .elements(pairs).predicate(row.str("exclusion_predicate")).deferrable(deferrable)
                        .initiallyDeferred(deferred).build();
            }
            default -> throw new IllegalStateException("constraint kind " + row.str("kind")
                    + " is not selected by the constraints query");
        };
    }

    /**
     * The expression inside {@code CHECK (...)} of a {@code pg_get_constraintdef} text, without the trailing
     * {@code NO INHERIT} and {@code NOT VALID} markers; null when the text is missing (object dropped meanwhile).
     */
    static String checkExpression(String definition) {
        if (definition == null) {
            return null;
        }
        String s = definition.strip();
        if (s.endsWith(" NOT VALID")) {
            s = s.substring(0, s.length() - " NOT VALID".length());
        }
        if (s.endsWith(" NO INHERIT")) {
            s = s.substring(0, s.length() - " NO INHERIT".length());
        }
        if (s.startsWith("CHECK (") && s.endsWith(")")) {
            return s.substring("CHECK (".length(), s.length() - 1);
        }
        return s;
    }

    private static MatchType match(String code) {
        return switch (code == null ? "s" : code) {
            case "f" -> MatchType.FULL;
            case "p" -> MatchType.PARTIAL;
            default -> MatchType.SIMPLE;
        };
    }

    private static ReferentialAction action(String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
