package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.dialect.postgresql.render.OptionKeys;
import org.schemadiscovery.dialect.postgresql.render.Quoting;

/** Reads the indexes of every table and materialized view in scope with one query. */
final class IndexReader {
    private static final int OPTION_DESC = 1;
    private static final int OPTION_NULLS_FIRST = 2;

    private IndexReader() {
    }

    /** One row: the index, its table's oid and the index's scan count. */
    private record Found(long tableOid, IndexInfo index, long scans) {
    }

    /**
     * Reads the indexes in scope. When the deparser finds an index or its table dropped after the snapshot, every
     * index of that table is left out (and the table skipped by later queries), with a warning.
     *
     * @param scans receives each index's scan count (statistics, kept out of the model) by {@link #key}
     */
    static Discovered<IndexInfo> read(CatalogRunner runner, DiscoveryScope scope, Map<String, Long> scans)
            throws SQLException {
        List<Found> found = runner.query("indexes", scope, row -> {
            IndexInfo index = index(row);
            if (index == null) {
                runner.dropped(row.lng("table_oid"), TableRef.of(row.str("schema_name"), row.str("table_name")),
                        row.str("table_kind"));
                return null;
            }
            return new Found(row.lng("table_oid"), index, row.lng("scans"));
        });
        Set<Long> skipped = runner.skippedOids();
        List<IndexInfo> out = new ArrayList<>();
        for (Found f : found) {
            if (!skipped.contains(f.tableOid())) {
                out.add(f.index());
                scans.put(key(f.index().table().schema(), f.index().name()), f.scans());
            }
        }
        out.sort(Comparator.comparing(IndexInfo::table).thenComparing(IndexInfo::name));
        return new Discovered<>(out, runner.skippedWarnings("indexes", "rpm"));
    }

    /** Key of an index in a scan-count map: schema and name. */
    static String key(String schema, String index) {
        return schema + "\u0000" + index;
    }

    /** The index of a row, or null when a deparser call returned NULL (index or table dropped meanwhile). */
    private static IndexInfo index(Row row) throws SQLException {
        TableRef table = TableRef.of(row.str("schema_name"), row.str("table_name"));
        int keys = row.integer("key_count");
        String method = row.str("method");
        List<String> elements = row.list("elements");
        List<String> keyColumns = row.list("keys");
        List<String> options = row.list("options");
        List<String> opclasses = row.list("opclasses");
        List<String> collations = row.list("collations");
        List<IndexElement> keyElements = new ArrayList<>();
        List<String> include = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                return null;
            }
            if (i >= keys) {
                include.add(elements.get(i));
                continue;
            }
            int option = i < options.size() ? Integer.parseInt(options.get(i)) : 0;
            boolean desc = (option & OPTION_DESC) != 0;
            boolean nullsFirst = (option & OPTION_NULLS_FIRST) != 0;
            NullsOrder nulls = desc == nullsFirst ? NullsOrder.DEFAULT : nullsFirst ? NullsOrder.FIRST : NullsOrder.LAST;
            boolean expression = "0".equals(keyColumns.get(i));
            keyElements.add(IndexElement.builder().column(expression ? null : elements.get(i))
                    .expression(expression ? elements.get(i) : null).order(desc ? SortOrder.DESC : SortOrder.ASC)
                    .nulls(nulls).opclass(i < opclasses.size() ? opclasses.get(i) : null)
                    .collation(i < collations.size() ? collations.get(i) : null).build());
        }
        if (row.bool("has_predicate") && row.str("predicate") == null) {
            return null;
        }
        Map<String, String> opts = new LinkedHashMap<>();
        opts.put(OptionKeys.READY, String.valueOf(row.bool("is_ready")));
        if (row.bool("is_primary")) {
            opts.put(OptionKeys.PRIMARY, "true");
        }
        if (row.str("parent_name") != null) {
            opts.put(OptionKeys.PARENT, Quoting.qualified(row.str("parent_schema"), row.str("parent_name")));
        }
        if (row.str("reloptions") != null) {
            opts.put(OptionKeys.RELOPTIONS, row.str("reloptions"));
        }
        if (row.bool("is_deferrable")) {
            // a deferrable primary key has no other place in the model
            opts.put(OptionKeys.DEFERRABLE, "true");
            opts.put(OptionKeys.INITIALLY_DEFERRED, String.valueOf(row.bool("is_deferred")));
        }
        return IndexInfo.builder(row.str("name"), table).unique(row.bool("is_unique")).method(method)
                .elements(keyElements).include(include).predicate(row.str("predicate"))
                .nullsNotDistinct(row.bool("nulls_not_distinct")).constraint(row.str("constraint_name"))
                .valid(row.bool("is_valid")).options(opts).build();
    }
}
