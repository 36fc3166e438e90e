package org.schemadiscovery.dialect.mysql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * Privileges granted on the databases, tables, views, columns and routines in scope, read once per scope:
 * {@code privileges.sql} from information_schema, and {@code routine-privileges.sql} from {@code mysql.procs_priv},
 * which an account without SELECT on the mysql schema cannot read (a PERMISSION warning, routines then show none).
 * Immutable once read.
 */
final class Grants {
    private record Key(String kind, String schema, String name) {
    }

    private record Grant(String grantee, String privilege, boolean grantable) {
    }

    private final Map<Key, List<Privilege>> privileges;
    private final List<DiscoveryWarning> warnings;

    private Grants(Map<Key, List<Privilege>> privileges, List<DiscoveryWarning> warnings) {
        this.privileges = Map.copyOf(privileges);
        this.warnings = List.copyOf(warnings);
    }

    static Grants read(StatementRunner runner, SchemaScope scope) throws SQLException {
        String param = scope.parameter();
        Map<Key, List<Privilege>> found = new HashMap<>();
        Map<Key, Map<Grant, List<String>>> columns = new HashMap<>();
        for (Row r : runner.query("privileges", param, param, scope.tablesParameter(),
                scope.tablesParameter(), param, scope.tablesParameter(), scope.tablesParameter()).rows()) {
            String kind = r.text("kind");
            Grant g = new Grant(r.text("grantee"), r.text("privilege_type"), r.yes("is_grantable"));
            if (kind.equals("column")) {
                columns.computeIfAbsent(new Key("table", r.text("object_schema"), r.text("object_name")),
                        k -> new LinkedHashMap<>()).computeIfAbsent(g, x -> new ArrayList<>())
                        .add(r.text("column_name"));
            } else {
                String name = kind.equals("schema") ? r.text("object_schema") : r.text("object_name");
                found.computeIfAbsent(new Key(kind, r.text("object_schema"), name), k -> new ArrayList<>())
                        .add(Privilege.of(g.grantee(), g.privilege(), g.grantable()));
            }
        }
        columns.forEach((key, grants) -> grants.forEach((g, cols) -> found.computeIfAbsent(key,
                k -> new ArrayList<>()).add(new Privilege(g.grantee(), g.privilege(), g.grantable(), cols))));
        List<DiscoveryWarning> warnings = new ArrayList<>();
        try {
            for (Row r : runner.query("routine-privileges", param).rows()) {
                Key key = new Key(r.text("routine_type"), r.text("routine_schema"),
                        r.text("routine_name").toLowerCase(Locale.ROOT));
                List<String> set = List.of(r.text("proc_priv").split(","));
                boolean grantable = set.contains("Grant");
                for (String p : set) {
                    if (!p.isEmpty() && !p.equals("Grant")) {
                        found.computeIfAbsent(key, k -> new ArrayList<>()).add(Privilege.of(r.text("grantee"),
                                p.toUpperCase(Locale.ROOT), grantable));
                    }
                }
            }
        } catch (SQLException e) {
            if (MysqlErrors.classify(e) != ErrorClass.PERMISSION) {
                throw e;
            }
            warnings.add(new DiscoveryWarning("mysql.procs_priv", "routines", ErrorClass.PERMISSION,
                    "privileges granted on routines not read: the account may not read mysql.procs_priv ("
                            + e.getMessage() + ")"));
        }
        Map<Key, List<Privilege>> sorted = new HashMap<>();
        found.forEach((key, list) -> {
            List<Privilege> copy = new ArrayList<>(list);
            copy.sort(Privilege.ORDER);
            sorted.put(key, List.copyOf(copy));
        });
        return new Grants(sorted, warnings);
    }

    /** What could not be read (routine privileges without access to mysql.procs_priv). */
    List<DiscoveryWarning> warnings() {
        return warnings;
    }

    /** The databases in scope that have privileges granted on them (MySQL keeps no owner or comment of its own). */
    List<SchemaDetails> schemaDetails(List<String> schemas) {
        List<SchemaDetails> out = new ArrayList<>();
        for (String s : schemas) {
            List<Privilege> p = get(new Key("schema", s, s));
            if (!p.isEmpty()) {
                out.add(new SchemaDetails(s, null, null, p));
            }
        }
        return out;
    }

    TableInfo apply(TableInfo t) {
        List<Privilege> p = get(key(t.ref()));
        return p.isEmpty() ? t : t.toBuilder().privileges(p).build();
    }

    ViewInfo apply(ViewInfo v) {
        List<Privilege> p = get(key(v.ref()));
        return p.isEmpty() ? v : v.toBuilder().privileges(p).build();
    }

    RoutineInfo apply(RoutineInfo r) {
        String type = r.kind() == RoutineKind.PROCEDURE ? "PROCEDURE" : "FUNCTION";
        List<Privilege> p = get(new Key(type, r.ref().schema(), r.ref().name().toLowerCase(Locale.ROOT)));
        return p.isEmpty() ? r : r.toBuilder().privileges(p).build();
    }

    private static Key key(TableRef ref) {
        return new Key("table", ref.schema(), ref.name());
    }

    private List<Privilege> get(Key key) {
        return privileges.getOrDefault(key, List.of());
    }
}
