package org.schemadiscovery.site.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;

/**
 * Chooses what a diagram holds: a schema split into parts of at most N tables (in breadth-first order over foreign
 * keys, so long chains stay together part by part), or one table's neighbourhood.
 */
public final class DiagramBuilder {
    static final int MAX_LINES = 12;
    static final int MAX_NEIGHBOURS = 60;

    private final Function<TableRef, TableInfo> tables;
    private final Function<TableRef, List<ForeignKey>> referencedBy;

    /**
     * @param tables       the table with a ref, or null
     * @param referencedBy foreign keys referencing a table
     */
    public DiagramBuilder(Function<TableRef, TableInfo> tables, Function<TableRef, List<ForeignKey>> referencedBy) {
        this.tables = tables;
        this.referencedBy = referencedBy;
    }

    /** A schema's tables in parts of at most {@code size}, neighbours by foreign key next to each other. */
    public List<List<TableInfo>> parts(List<TableInfo> schemaTables, int size) {
        Map<TableRef, TableInfo> inSchema = new LinkedHashMap<>();
        schemaTables.stream().sorted((a, b) -> a.ref().compareTo(b.ref())).forEach(t -> inSchema.put(t.ref(), t));
        List<TableInfo> order = new ArrayList<>();
        Set<TableRef> seen = new HashSet<>();
        for (TableInfo start : inSchema.values()) {
            if (!seen.add(start.ref())) {
                continue;
            }
            Deque<TableInfo> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                TableInfo t = queue.poll();
                order.add(t);
                for (TableRef n : neighbours(t)) {
                    TableInfo next = inSchema.get(n);
                    if (next != null && seen.add(n)) {
                        queue.add(next);
                    }
                }
            }
        }
        List<List<TableInfo>> parts = new ArrayList<>();
        for (int i = 0; i < order.size(); i += size) {
            parts.add(List.copyOf(order.subList(i, Math.min(order.size(), i + size))));
        }
        return parts;
    }

    private List<TableRef> neighbours(TableInfo t) {
        List<TableRef> out = new ArrayList<>();
        t.foreignKeys().forEach(fk -> out.add(fk.referencedTable()));
        referencedBy.apply(t.ref()).forEach(fk -> out.add(fk.table()));
        return out;
    }

    /**
     * One diagram of these tables with every foreign key between them; a foreign key leaving the set is drawn to a
     * stub linking where {@code elsewhere} says (null: no link).
     */
    public Diagram of(Collection<TableInfo> shown, Function<TableRef, String> href,
                      Function<TableRef, String> elsewhere, boolean incomingStubs) {
        Map<TableRef, Integer> index = new LinkedHashMap<>();
        List<Diagram.Node> nodes = new ArrayList<>();
        for (TableInfo t : shown) {
            index.put(t.ref(), nodes.size());
            nodes.add(new Diagram.Node(t.ref().name(), href.apply(t.ref()), lines(t), false));
        }
        Map<TableRef, Integer> stubs = new LinkedHashMap<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        for (TableInfo t : shown) {
            for (ForeignKey fk : t.foreignKeys()) {
                Integer to = index.get(fk.referencedTable());
                if (to == null) {
                    to = stubs.computeIfAbsent(fk.referencedTable(), r -> addStub(nodes, r, elsewhere));
                }
                edges.add(edge(index.get(t.ref()), to, fk, t));
            }
            if (incomingStubs) {
                for (ForeignKey fk : referencedBy.apply(t.ref())) {
                    if (!index.containsKey(fk.table())) {
                        int from = stubs.computeIfAbsent(fk.table(), r -> addStub(nodes, r, elsewhere));
                        TableInfo child = tables.apply(fk.table());
                        edges.add(edge(from, index.get(t.ref()), fk, child));
                    }
                }
            }
        }
        return new Diagram(nodes, edges);
    }

    /** A table, the tables it references and the tables referencing it (at most {@value #MAX_NEIGHBOURS} more). */
    public List<TableInfo> neighbourhood(TableInfo center) {
        Map<TableRef, TableInfo> out = new LinkedHashMap<>();
        out.put(center.ref(), center);
        for (TableRef n : neighbours(center)) {
            TableInfo t = tables.apply(n);
            if (t != null && out.size() <= MAX_NEIGHBOURS) {
                out.putIfAbsent(n, t);
            }
        }
        return List.copyOf(out.values());
    }

    /** Foreign keys drawn in a neighbourhood: those of the center and those referencing it. */
    public Diagram neighbourhoodDiagram(TableInfo center, List<TableInfo> shown, Function<TableRef, String> href) {
        Map<TableRef, Integer> index = new LinkedHashMap<>();
        List<Diagram.Node> nodes = new ArrayList<>();
        for (TableInfo t : shown) {
            index.put(t.ref(), nodes.size());
            nodes.add(new Diagram.Node(t.ref().name(), href.apply(t.ref()), lines(t), false));
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (ForeignKey fk : center.foreignKeys()) {
            Integer to = index.get(fk.referencedTable());
            if (to != null) {
                edges.add(edge(index.get(center.ref()), to, fk, center));
            }
        }
        for (ForeignKey fk : referencedBy.apply(center.ref())) {
            Integer from = index.get(fk.table());
            if (from != null && !fk.table().equals(center.ref())) {
                edges.add(edge(from, index.get(center.ref()), fk, tables.apply(fk.table())));
            }
        }
        return new Diagram(nodes, edges);
    }

    private static int addStub(List<Diagram.Node> nodes, TableRef ref, Function<TableRef, String> elsewhere) {
        nodes.add(new Diagram.Node(ref.displayName(), elsewhere.apply(ref), List.of(), true));
        return nodes.size() - 1;
    }

    private static Diagram.Edge edge(int from, int to, ForeignKey fk, TableInfo child) {
        return new Diagram.Edge(from, to, String.join(", ", fk.columns()), childCardinality(fk, child),
                parentCardinality(fk, child));
    }

    /** {@code 0..1} when the referencing columns are unique, else {@code *}. */
    static String childCardinality(ForeignKey fk, TableInfo child) {
        if (child == null) {
            return "*";
        }
        Set<String> cols = new HashSet<>(fk.columns());
        for (ConstraintInfo c : child.constraints()) {
            if ((c instanceof PrimaryKey || c instanceof UniqueConstraint) && new HashSet<>(c.columns()).equals(cols)) {
                return "0..1";
            }
        }
        return "*";
    }

    /** {@code 1} when every referencing column is NOT NULL, else {@code 0..1}. */
    static String parentCardinality(ForeignKey fk, TableInfo child) {
        if (child == null) {
            return "1";
        }
        for (String c : fk.columns()) {
            if (child.column(c).map(ColumnInfo::nullable).orElse(true)) {
                return "0..1";
            }
        }
        return "1";
    }

    static List<String> lines(TableInfo t) {
        Set<String> pk = new HashSet<>(t.primaryKey().map(PrimaryKey::columns).orElse(List.of()));
        Set<String> fkCols = new HashSet<>();
        t.foreignKeys().forEach(fk -> fkCols.addAll(fk.columns()));
        List<String> out = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            if (out.size() == MAX_LINES - 1 && t.columns().size() > MAX_LINES) {
                out.add("… " + (t.columns().size() - out.size()) + " more columns");
                break;
            }
            String marks = (pk.contains(c.name()) ? " PK" : "") + (fkCols.contains(c.name()) ? " FK" : "");
            out.add(c.name() + ": " + c.type().declared() + marks);
        }
        return out;
    }
}
