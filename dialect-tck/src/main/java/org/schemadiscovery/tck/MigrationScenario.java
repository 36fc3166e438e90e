package org.schemadiscovery.tck;

import java.util.List;
import java.util.Objects;

/**
 * One scenario of the kit's "migrations" group, in the dialect's syntax: two schemas, rows to put into each before
 * migrating away from it, and rename hints ({@code kind:old=new} as the CLI's {@code --rename}). The kit migrates
 * {@code from} → {@code to} and back, and checks convergence and that rows survive.
 *
 * @param name       one of {@link #GENERIC} or a dialect's own
 * @param capability the capability the scenario needs, or null
 * @param from       DDL of the first schema
 * @param to         DDL of the second schema
 * @param fromRows   INSERTs into {@code from}'s tables
 * @param toRows     INSERTs into {@code to}'s tables
 * @param renames    rename hints from {@code from} to {@code to}: {@code column:schema.table.old=new}
 */
public record MigrationScenario(String name, String capability, List<String> from, List<String> to,
                                List<String> fromRows, List<String> toRows, List<String> renames) {
    /** The scenarios every dialect with a planner supplies (where its capabilities allow). */
    public static final List<String> GENERIC = List.of("add column", "drop column", "column type change",
            "column default", "not null", "index", "primary key", "unique constraint", "check constraint",
            "foreign key between tables", "rename hint", "view on a changed column", "trigger on a changed table");

    public MigrationScenario {
        Objects.requireNonNull(name, "name");
        from = List.copyOf(from);
        to = List.copyOf(to);
        fromRows = List.copyOf(fromRows);
        toRows = List.copyOf(toRows);
        renames = List.copyOf(renames);
    }

    /** The scenario the other way round: {@code to} → {@code from}, hints reversed. */
    public MigrationScenario reversed() {
        List<String> back = renames.stream().map(MigrationScenario::reverse).toList();
        return new MigrationScenario(name + " (back)", capability, to, from, toRows, fromRows, back);
    }

    private static String reverse(String hint) {
        int colon = hint.indexOf(':');
        int eq = hint.lastIndexOf('=');
        String kind = hint.substring(0, colon);
        String old = hint.substring(colon + 1, eq);
        String fresh = hint.substring(eq + 1);
        int dot = old.lastIndexOf('.');
        String prefix = dot < 0 ? "" : old.substring(0, dot + 1);
        return kind + ":" + prefix + fresh + "=" + old.substring(dot + 1);
    }
}
