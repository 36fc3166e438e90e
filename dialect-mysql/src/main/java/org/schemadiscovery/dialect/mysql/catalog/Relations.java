package org.schemadiscovery.dialect.mysql.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * What the relation statements of one session found: tables with columns, partitions and triggers; views with
 * columns; the sequences to read; what could not be read; and every visible column per table.
 *
 * @param tables        tables in reference order
 * @param views         views in reference order
 * @param sequences     MariaDB sequences: reference and value type
 * @param tableWarnings what could not be read about tables
 * @param viewWarnings  what could not be read about views
 * @param columnNames   the columns information_schema showed, per table
 */
record Relations(List<TableInfo> tables, List<ViewInfo> views, Map<TableRef, String> sequences,
                 List<DiscoveryWarning> tableWarnings, List<DiscoveryWarning> viewWarnings,
                 Map<TableRef, Set<String>> columnNames) {
    Relations {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        sequences = Map.copyOf(sequences);
        tableWarnings = List.copyOf(tableWarnings);
        viewWarnings = List.copyOf(viewWarnings);
        columnNames = Map.copyOf(columnNames);
    }

    /** True when information_schema showed this table (or view). */
    boolean knows(TableRef ref) {
        return columnNames.containsKey(ref) || tables.stream().anyMatch(t -> t.ref().equals(ref));
    }
}
