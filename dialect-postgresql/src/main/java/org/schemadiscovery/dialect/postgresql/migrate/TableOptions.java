package org.schemadiscovery.dialect.postgresql.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.dialect.postgresql.render.OptionKeys;
import org.schemadiscovery.dialect.postgresql.render.Quoting;

/**
 * A table's dialect options as ALTER TABLE statements: storage parameters (SET / RESET), LOGGED / UNLOGGED, FORCE
 * ROW LEVEL SECURITY and INHERIT / NO INHERIT. An option this class does not know stays unsupported.
 */
final class TableOptions {
    private static final List<String> KNOWN = List.of(OptionKeys.RELOPTIONS, OptionKeys.PERSISTENCE,
            OptionKeys.FORCE_ROW_LEVEL_SECURITY, OptionKeys.INHERITS);

    private TableOptions() {
    }

    static void plan(SchemaChange c, TableInfo b, TableInfo a, ChangeOps ops) {
        String table = Quoting.qualified(a.ref().schema(), a.ref().name());
        String alter = "ALTER TABLE " + table;
        for (String key : changedKeys(b.options(), a.options())) {
            if (!KNOWN.contains(key)) {
                ops.refuse(c, "changing a table's option " + key + " is not planned");
                return;
            }
        }
        String relation = Keys.relation(a.ref());
        if (changed(b, a, OptionKeys.RELOPTIONS)) {
            Map<String, String> old = parameters(b.options().get(OptionKeys.RELOPTIONS));
            Map<String, String> wanted = parameters(a.options().get(OptionKeys.RELOPTIONS));
            List<String> reset = old.keySet().stream().filter(k -> !wanted.containsKey(k)).toList();
            List<String> set = new ArrayList<>();
            wanted.forEach((k, v) -> {
                if (!v.equals(old.get(k))) {
                    set.add(k + "=" + v);
                }
            });
            if (!reset.isEmpty()) {
                ops.addOp(alter + " RESET (" + String.join(", ", reset) + ")", c).needs(relation)
                        .blocks("SHARE UPDATE EXCLUSIVE", "changes storage parameters of " + a.ref().displayName());
            }
            if (!set.isEmpty()) {
                ops.addOp(alter + " SET (" + String.join(", ", set) + ")", c).needs(relation)
                        .blocks("SHARE UPDATE EXCLUSIVE", "changes storage parameters of " + a.ref().displayName());
            }
        }
        if (changed(b, a, OptionKeys.PERSISTENCE)) {
            boolean unlogged = "unlogged".equals(a.options().get(OptionKeys.PERSISTENCE));
            ops.addOp(alter + (unlogged ? " SET UNLOGGED" : " SET LOGGED"), c).needs(relation)
                    .blocks("ACCESS EXCLUSIVE", "rewrites " + a.ref().displayName())
                    .hazard(HazardKind.TABLE_REBUILD, "rewrites " + a.ref().displayName());
        }
        if (changed(b, a, OptionKeys.FORCE_ROW_LEVEL_SECURITY)) {
            boolean force = "true".equals(a.options().get(OptionKeys.FORCE_ROW_LEVEL_SECURITY));
            ops.addOp(alter + (force ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY", c).needs(relation);
        }
        if (changed(b, a, OptionKeys.INHERITS)) {
            List<String> old = parents(b.options().get(OptionKeys.INHERITS));
            List<String> wanted = parents(a.options().get(OptionKeys.INHERITS));
            for (String p : old) {
                if (!wanted.contains(p)) {
                    ops.addOp(alter + " NO INHERIT " + p, c).needs(relation)
                            .blocks("ACCESS EXCLUSIVE", "alters " + a.ref().displayName());
                }
            }
            for (String p : wanted) {
                if (!old.contains(p)) {
                    ops.addOp(alter + " INHERIT " + p, c).needs(relation)
                            .blocks("ACCESS EXCLUSIVE", "alters " + a.ref().displayName());
                }
            }
        }
    }

    private static List<String> changedKeys(Map<String, String> b, Map<String, String> a) {
        List<String> out = new ArrayList<>();
        for (String k : b.keySet()) {
            if (!Objects.equals(b.get(k), a.get(k))) {
                out.add(k);
            }
        }
        for (String k : a.keySet()) {
            if (!b.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean changed(TableInfo b, TableInfo a, String key) {
        return !Objects.equals(b.options().get(key), a.options().get(key));
    }

    /** {@code fillfactor=70, autovacuum_enabled=false} as a map, in order. */
    static Map<String, String> parameters(String reloptions) {
        Map<String, String> out = new LinkedHashMap<>();
        if (reloptions == null || reloptions.isBlank()) {
            return out;
        }
        for (String part : reloptions.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq > 0) {
                out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            }
        }
        return out;
    }

    private static List<String> parents(String inherits) {
        List<String> out = new ArrayList<>();
        if (inherits != null) {
            for (String p : inherits.split(",")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }
}
