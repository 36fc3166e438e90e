package org.schemadiscovery.dialect.mysql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.support.SqlResources;
import org.schemadiscovery.dialect.mysql.render.Quoting;

/** Sequences (MariaDB) and stored routines of a scope. */
final class ObjectReader {
    private ObjectReader() {
    }

    /**
     * Every sequence with one statement: the branches of sequence-values.sql joined with UNION ALL. The text depends
     * on which sequences exist (there is no catalog view of their parameters before MariaDB 11.5), never on tables.
     */
    static Discovered<SequenceInfo> sequences(StatementRunner runner, Map<TableRef, String> sequences)
            throws SQLException {
        if (sequences.isEmpty()) {
            return Discovered.empty();
        }
        String branch = runner.text("sequence-values");
        List<String> branches = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (TableRef ref : sequences.keySet()) {
            branches.add(SqlResources.fill(branch,
                    Map.of("sequence", Quoting.id(ref.schema()) + "." + Quoting.id(ref.name()))));
            parameters.add(ref.schema());
            parameters.add(ref.name());
        }
        List<SequenceInfo> out = new ArrayList<>();
        for (Row r : runner.queryText(String.join("\nUNION ALL\n", branches), parameters.toArray()).rows()) {
            TableRef ref = new TableRef(null, r.text("sequence_schema"), r.text("sequence_name"));
            long start = r.number("start_value");
            long increment = r.number("increment");
            long next = r.number("next_not_cached_value");
            boolean used = next != start || r.integer("cycle_count", 0) > 0;
            out.add(SequenceInfo.builder(ref).dataType(sequences.getOrDefault(ref, "bigint")).start(start)
                    .increment(increment).min(r.number("minimum_value")).max(r.number("maximum_value"))
                    .cache(r.number("cache_size")).cycle(r.yes("cycle_option"))
                    .lastValue(used ? next - increment : null).build());
        }
        return Discovered.of(out);
    }

    /** Functions and procedures with their parameters, from routines.sql and parameters.sql. */
    static Discovered<RoutineInfo> routines(StatementRunner runner, SchemaScope scope) throws SQLException {
        String param = scope.parameter();
        List<Row> routines = runner.query("routines", param).rows();
        if (routines.isEmpty()) {
            return Discovered.empty();
        }
        Map<String, List<String>> arguments = new LinkedHashMap<>();
        for (Row p : runner.query("parameters", param).rows()) {
            String mode = p.text("parameter_mode");
            String name = p.text("parameter_name");
            String text = (mode == null || p.text("routine_type").equals("FUNCTION") ? "" : mode + " ")
                    + (name == null ? "" : Quoting.idIfNeeded(name) + " ") + p.text("data_type");
            arguments.computeIfAbsent(key(p), k -> new ArrayList<>()).add(text);
        }
        List<RoutineInfo> out = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        for (Row r : routines) {
            TableRef ref = new TableRef(null, r.text("routine_schema"), r.text("routine_name"));
            boolean function = r.text("routine_type").equals("FUNCTION");
            String language = r.text("external_language") != null ? r.text("external_language")
                    : r.text("routine_body");
            String definition = r.text("routine_definition");
            if (definition == null) {
                warnings.add(new DiscoveryWarning(ref.displayName(), "routines", ErrorClass.PERMISSION,
                        "information_schema hides the body of " + r.text("routine_type").toLowerCase(Locale.ROOT) + " "
                                + ref.displayName() + " (only its definer, or an account with SHOW ROUTINE or"
                                + " SELECT on mysql.proc, sees it)"));
            }
            out.add(RoutineInfo.builder(ref, function ? RoutineKind.FUNCTION : RoutineKind.PROCEDURE)
                    .arguments(String.join(", ", arguments.getOrDefault(key(r), List.of()))).language(language)
                    .returnType(function ? r.text("return_type") : null).definition(definition)
                    .owner(r.text("definer")).comment(r.nonEmpty("routine_comment")).build());
        }
        return new Discovered<>(out, warnings);
    }

    private static String key(Row r) {
        return r.text("routine_schema") + "\u0000" + r.text("routine_name") + "\u0000" + r.text("routine_type");
    }
}
