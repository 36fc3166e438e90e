package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DiscoveryScope;

/**
 * Comments, owners and privileges the relation, column and type queries do not read, from two queries for the
 * whole scope ({@code comments.sql}, {@code privileges.sql}), and laid onto the objects the other readers built.
 * Immutable once read.
 */
final class Annotations {
    /** Identifies one object: kind as the queries name it, schema, owning relation (or null), name, arguments. */
    private record Key(String kind, String schema, String table, String name, String arguments) {
    }

    /** One privilege row before column privileges are folded together. */
    private record Grant(String grantee, String privilege, boolean grantable) {
    }

    private final Map<Key, String> comments;
    private final Map<Key, String> owners;
    private final Map<Key, List<Privilege>> privileges;
    private final List<SchemaDetails> schemaDetails;

    private Annotations(Map<Key, String> comments, Map<Key, String> owners, Map<Key, List<Privilege>> privileges) {
        this.comments = Map.copyOf(comments);
        this.owners = Map.copyOf(owners);
        this.privileges = Map.copyOf(privileges);
        List<SchemaDetails> details = new ArrayList<>();
        for (Map.Entry<Key, String> e : owners.entrySet()) {
            if (e.getKey().kind().equals("schema")) {
                String name = e.getKey().name();
                details.add(new SchemaDetails(name, e.getValue(), comment("schema", name, null, name, null),
                        privileges(new Key("schema", name, null, name, null))));
            }
        }
        details.sort(Comparator.comparing(SchemaDetails::name));
        this.schemaDetails = List.copyOf(details);
    }

    /** Reads both queries for the scope. */
    static Annotations read(CatalogRunner runner, DiscoveryScope scope) throws SQLException {
        Map<Key, String> comments = new HashMap<>();
        for (Map.Entry<Key, String> e : runner.query("comments", scope, row -> Map.entry(new Key(row.str("kind"),
                row.str("schema_name"), row.str("table_name"), row.str("name"), row.str("arguments")),
                row.str("comment")))) {
            // a routine dropped after the snapshot has no arguments any more: nothing to lay it onto
            if (!e.getKey().kind().equals("routine") || e.getKey().arguments() != null) {
                comments.put(e.getKey(), e.getValue());
            }
        }
        Map<Key, String> owners = new HashMap<>();
        Map<Key, List<Privilege>> objectGrants = new HashMap<>();
        Map<Key, Map<Grant, List<String>>> columnGrants = new HashMap<>();
        List<PrivilegeRow> rows = runner.query("privileges", scope, row -> new PrivilegeRow(row.str("kind"),
                row.str("schema_name"), row.str("name"), row.str("arguments"), row.str("owner"),
                row.str("column_name"), row.str("column_number") == null ? 0 : row.integer("column_number"),
                row.str("grantee"), row.str("privilege"), row.bool("grantable")));
        rows.sort(Comparator.comparingInt(PrivilegeRow::columnNumber));
        for (PrivilegeRow r : rows) {
            if (r.kind().equals("routine") && r.arguments() == null) {
                continue;
            }
            if (r.kind().equals("column")) {
                columnGrants.computeIfAbsent(new Key("relation", r.schema(), null, r.name(), null),
                        k -> new LinkedHashMap<>()).computeIfAbsent(new Grant(r.grantee(), r.privilege(),
                        r.grantable()), g -> new ArrayList<>()).add(r.column());
                continue;
            }
            Key key = new Key(r.kind(), r.schema(), null, r.name(), r.arguments());
            owners.put(key, r.owner());
            List<Privilege> list = objectGrants.computeIfAbsent(key, k -> new ArrayList<>());
            if (r.grantee() != null) {
                list.add(Privilege.of(r.grantee(), r.privilege(), r.grantable()));
            }
        }
        columnGrants.forEach((key, grants) -> grants.forEach((g, columns) -> objectGrants
                .computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Privilege(g.grantee(), g.privilege(), g.grantable(), columns))));
        Map<Key, List<Privilege>> sorted = new HashMap<>();
        objectGrants.forEach((key, list) -> {
            if (!list.isEmpty()) {
                List<Privilege> copy = new ArrayList<>(list);
                copy.sort(Privilege.ORDER);
                sorted.put(key, List.copyOf(copy));
            }
        });
        return new Annotations(comments, owners, sorted);
    }

    private record PrivilegeRow(String kind, String schema, String name, String arguments, String owner,
                                String column, int columnNumber, String grantee, String privilege,
                                boolean grantable) {
    }

    /** Owner, comment and privileges of every schema in scope. */
    List<SchemaDetails> schemaDetails() {
        return schemaDetails;
    }

    TableInfo apply(TableInfo t) {
        TableRef ref = t.ref();
        List<Privilege> grants = privileges(new Key("relation", ref.schema(), null, ref.name(), null));
        boolean triggers = t.triggers().stream().anyMatch(tr -> comment("trigger", ref, tr.name()) != null);
        boolean policies = t.policies().stream().anyMatch(p -> comment("policy", ref, p.name()) != null);
        if (grants.isEmpty() && !triggers && !policies) {
            return t;
        }
        TableInfo.Builder b = t.toBuilder().privileges(grants);
        if (triggers) {
            b.triggers(t.triggers().stream().map(this::apply).toList());
        }
        if (policies) {
            b.policies(t.policies().stream().map(p -> p.toBuilder().comment(comment("policy", ref, p.name()))
                    .build()).toList());
        }
        return b.build();
    }

    ViewInfo apply(ViewInfo v) {
        List<Privilege> grants = privileges(new Key("relation", v.ref().schema(), null, v.ref().name(), null));
        boolean triggers = v.triggers().stream().anyMatch(tr -> comment("trigger", v.ref(), tr.name()) != null);
        if (grants.isEmpty() && !triggers) {
            return v;
        }
        return v.toBuilder().privileges(grants).triggers(v.triggers().stream().map(this::apply).toList()).build();
    }

    private TriggerInfo apply(TriggerInfo t) {
        String comment = comment("trigger", t.table(), t.name());
        return comment == null ? t : t.toBuilder().comment(comment).build();
    }

    SequenceInfo apply(SequenceInfo s) {
        Key key = new Key("sequence", s.ref().schema(), null, s.ref().name(), null);
        return s.toBuilder().owner(owners.get(key)).comment(comments.get(key)).privileges(privileges(key)).build();
    }

    RoutineInfo apply(RoutineInfo r) {
        Key key = new Key("routine", r.ref().schema(), null, r.ref().name(), r.arguments());
        return r.toBuilder().owner(owners.get(key)).comment(comments.get(key)).privileges(privileges(key)).build();
    }

    IndexInfo apply(IndexInfo i) {
        String comment = comment("index", i.table(), i.name());
        return comment == null ? i : i.toBuilder().comment(comment).build();
    }

    ExtensionInfo apply(ExtensionInfo x) {
        String comment = comment("extension", x.schema(), null, x.name(), null);
        return comment == null ? x : x.toBuilder().comment(comment).build();
    }

    ConstraintInfo apply(ConstraintInfo c) {
        String comment = c.name() == null ? null : comment("constraint", c.table(), c.name());
        if (comment == null) {
            return c;
        }
        if (c instanceof PrimaryKey k) {
            return new PrimaryKey(k.name(), k.table(), k.columns(), comment);
        } else if (c instanceof UniqueConstraint u) {
            return u.toBuilder().comment(comment).build();
        } else if (c instanceof CheckConstraint k) {
            return k.toBuilder().comment(comment).build();
        } else if (c instanceof ForeignKey f) {
            return f.toBuilder().comment(comment).build();
        } else {
            return ((ExclusionConstraint) c).toBuilder().comment(comment).build();
        }
    }

    private String comment(String kind, TableRef table, String name) {
        return comment(kind, table.schema(), table.name(), name, null);
    }

    private String comment(String kind, String schema, String table, String name, String arguments) {
        return comments.get(new Key(kind, schema, table, name, arguments));
    }

    private List<Privilege> privileges(Key key) {
        return Objects.requireNonNullElse(privileges.get(key), List.of());
    }
}
