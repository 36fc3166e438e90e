package org.schemadiscovery.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;

/** Where every object's page is, and the lookups pages share: tables by ref, incoming foreign keys, schemas. */
public final class SiteMap {
    /** Label for objects without a schema. */
    public static final String NO_SCHEMA = "(default)";

    private final SchemaInfo schema;
    private final Map<TableRef, String> tablePaths = new HashMap<>();
    private final Map<TableRef, String> viewPaths = new HashMap<>();
    private final Map<TableRef, TableInfo> tables = new HashMap<>();
    private final Map<TableRef, List<ForeignKey>> referencedBy = new HashMap<>();
    private final Map<String, String> schemaPaths = new LinkedHashMap<>();
    private final Map<Object, String> otherPaths = new HashMap<>();

    public SiteMap(SchemaInfo schema) {
        this.schema = schema;
        FileNames names = new FileNames();
        for (String s : schemaNames(schema)) {
            schemaPaths.put(s, names.path("schemas", s, s));
        }
        for (TableInfo t : schema.tables()) {
            tables.put(t.ref(), t);
            tablePaths.put(t.ref(), names.path("tables", key(t.ref()), t.ref().displayName()));
            for (ForeignKey fk : t.foreignKeys()) {
                referencedBy.computeIfAbsent(fk.referencedTable(), r -> new ArrayList<>()).add(fk);
            }
        }
        for (ViewInfo v : schema.views()) {
            viewPaths.put(v.ref(), names.path("views", key(v.ref()), v.ref().displayName()));
        }
        for (SequenceInfo s : schema.sequences()) {
            otherPaths.put(s, names.path("sequences", key(s.ref()), s.ref().displayName()));
        }
        for (TypeInfo t : schema.types()) {
            otherPaths.put(t, names.path("types", key(t.ref()), t.ref().displayName()));
        }
        for (RoutineInfo r : schema.routines()) {
            otherPaths.put(r, names.path("routines", key(r.ref()) + "(" + r.arguments() + ")",
                    r.ref().displayName()));
        }
    }

    private static String key(TableRef ref) {
        return Objects.toString(ref.catalog(), "") + "\u0000" + Objects.toString(ref.schema(), "") + "\u0000"
                + ref.name();
    }

    /** Schema names in model order, plus the schemas objects name that the list lacks. */
    private static List<String> schemaNames(SchemaInfo s) {
        LinkedHashMap<String, Boolean> out = new LinkedHashMap<>();
        s.schemas().forEach(n -> out.put(n, true));
        s.tables().forEach(t -> out.put(schemaOf(t.ref()), true));
        s.views().forEach(v -> out.put(schemaOf(v.ref()), true));
        s.sequences().forEach(q -> out.put(schemaOf(q.ref()), true));
        s.types().forEach(t -> out.put(schemaOf(t.ref()), true));
        s.routines().forEach(r -> out.put(schemaOf(r.ref()), true));
        return List.copyOf(out.keySet());
    }

    /** The schema an object is listed under. */
    public static String schemaOf(TableRef ref) {
        return ref.schema() == null ? NO_SCHEMA : ref.schema();
    }

    public SchemaInfo schema() {
        return schema;
    }

    public List<String> schemas() {
        return List.copyOf(schemaPaths.keySet());
    }

    public String schemaPath(String name) {
        return schemaPaths.get(name);
    }

    public String tablePath(TableRef ref) {
        return tablePaths.get(ref);
    }

    public String viewPath(TableRef ref) {
        return viewPaths.get(ref);
    }

    /** The page of a table or view with this ref, or null when the site has none. */
    public String relationPath(TableRef ref) {
        String t = tablePaths.get(ref);
        return t != null ? t : viewPaths.get(ref);
    }

    public String path(SequenceInfo s) {
        return otherPaths.get(s);
    }

    public String path(TypeInfo t) {
        return otherPaths.get(t);
    }

    public String path(RoutineInfo r) {
        return otherPaths.get(r);
    }

    public TableInfo table(TableRef ref) {
        return tables.get(ref);
    }

    /** Foreign keys of other tables (or this one) that reference the table. */
    public List<ForeignKey> referencedBy(TableRef ref) {
        return referencedBy.getOrDefault(ref, List.of());
    }

    /** Path of a diagram part of a schema (1-based). */
    public String diagramPath(String schemaName, int part) {
        String page = schemaPaths.get(schemaName);
        return "diagrams/" + page.substring("schemas/".length(), page.length() - ".html".length()) + "-part" + part
                + ".html";
    }
}
