package org.schemadiscovery.dialect.mysql.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.dialect.mysql.render.OptionKeys;

/**
 * Indexes of every table in scope from one {@code statistics.sql} result. The index a key needs is marked as backing
 * it: PRIMARY, every unique index (MySQL has no unique constraint apart from its index), and the index InnoDB
 * created for a foreign key (named like the key, on exactly its columns).
 */
final class IndexReader {
    private IndexReader() {
    }

    /**
     * @param statistics rows of statistics.sql
     * @param keys       constraint and key column rows of the same scope
     * @param relations  the session's relations, to check key parts against visible columns; null when not read
     */
    static Discovered<IndexInfo> read(List<Row> statistics, KeyRows keys, Relations relations) {
        Map<TableRef, Map<String, List<Row>>> byIndex = new LinkedHashMap<>();
        for (Row r : statistics) {
            TableRef table = new TableRef(null, r.text("table_schema"), r.text("table_name"));
            byIndex.computeIfAbsent(table, k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.text("index_name"), k -> new ArrayList<>()).add(r);
        }
        List<IndexInfo> indexes = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        for (Map.Entry<TableRef, Map<String, List<Row>>> t : byIndex.entrySet()) {
            TableRef table = t.getKey();
            if (relations != null && relations.sequences().containsKey(table)) {
                continue;
            }
            Set<String> visible = relations == null ? null : relations.columnNames().get(table);
            for (Map.Entry<String, List<Row>> i : t.getValue().entrySet()) {
                IndexInfo index = index(table, i.getKey(), i.getValue(), keys);
                indexes.add(index);
                if (visible != null) {
                    for (String column : index.keyColumns()) {
                        if (column != null && !visible.contains(column)) {
                            warnings.add(new DiscoveryWarning(table.displayName() + "." + column, "indexes",
                                    ErrorClass.PERMISSION, "index " + index.name() + " of " + table.displayName()
                                    + " uses column " + column + ", which information_schema does not show"
                                    + " (no privilege on it)"));
                        }
                    }
                }
            }
        }
        return new Discovered<>(indexes, warnings);
    }

    private static IndexInfo index(TableRef table, String name, List<Row> parts, KeyRows keys) {
        Row first = parts.get(0);
        boolean unique = first.integer("non_unique", 1) == 0;
        String method = first.text("index_type") == null ? null : first.text("index_type").toLowerCase(Locale.ROOT);
        // a SPATIAL key part reports the size of its bounding box as a prefix; it is not one the DDL can state
        boolean prefixes = !"spatial".equals(method);
        List<IndexElement> elements = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (Row p : parts) {
            SortOrder order = "D".equals(p.text("key_order")) ? SortOrder.DESC : SortOrder.ASC;
            String column = p.text("column_name");
            if (column == null) {
                elements.add(IndexElement.builder().expression(p.text("expression")).order(order)
                        .nulls(NullsOrder.DEFAULT).build());
            } else {
                elements.add(IndexElement.builder().column(column).order(order).nulls(NullsOrder.DEFAULT).build());
            }
            if (prefixes && p.text("sub_part") != null) {
                options.put(OptionKeys.SUB_PART + p.integer("seq_in_index", elements.size()), p.text("sub_part"));
            }
        }
        if ("NO".equalsIgnoreCase(first.text("visible"))) {
            options.put(OptionKeys.INVISIBLE, "true");
        }
        return IndexInfo.builder(name, table).unique(unique).method(method).elements(elements)
                .constraint(backedConstraint(table, name, elements, keys)).valid(true).options(options)
                .comment(first.nonEmpty("index_comment")).build();
    }

    private static String backedConstraint(TableRef table, String name, List<IndexElement> elements, KeyRows keys) {
        String type = keys.keyType(table, name);
        if (type == null) {
            return null;
        }
        if (type.equals("FOREIGN KEY")) {
            List<String> columns = elements.stream().map(IndexElement::column).toList();
            return columns.equals(keys.columns(table, name)) ? name : null;
        }
        return name;
    }
}
