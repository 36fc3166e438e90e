package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.dialect.sqlite.parse.ColumnDefinition;
import org.schemadiscovery.dialect.sqlite.parse.ConstraintDefinition;
import org.schemadiscovery.dialect.sqlite.parse.IndexDefinition;
import org.schemadiscovery.dialect.sqlite.parse.IndexedColumn;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.TableDefinition;
import org.schemadiscovery.dialect.sqlite.render.OptionKeys;

/** Builds indexes from {@code pragma_index_list}/{@code pragma_index_xinfo} rows and the stored CREATE INDEX. */
public final class IndexAssembler {
    private IndexAssembler() {
    }

    /** Indexes of every table, ordered by table then index name. */
    public static Discovered<IndexInfo> indexes(Snapshot snapshot) throws SQLException {
        Definitions defs = snapshot.definitions();
        Map<List<String>, List<IndexColumnRow>> grouped = new LinkedHashMap<>();
        for (IndexColumnRow row : snapshot.indexColumns()) {
            grouped.computeIfAbsent(List.of(row.schema(), row.table(), row.index()), k -> new ArrayList<>()).add(row);
        }
        List<IndexInfo> out = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        for (List<IndexColumnRow> rows : grouped.values()) {
            IndexColumnRow first = rows.get(0);
            TableRef table = TableRef.of(first.schema(), first.table());
            if (!snapshot.wants(table)) {
                continue;
            }
            ObjectRow tableRow = defs.tableOrView(first.schema(), first.table()).orElse(null);
            TableDefinition tableDef = tableRow == null || tableRow.isVirtual() ? null
                    : defs.table(tableRow).value();
            IndexDefinition indexDef = null;
            if ("c".equals(first.origin())) {
                Optional<ObjectRow> indexRow = defs.index(first.schema(), first.index());
                if (indexRow.isPresent()) {
                    Parsed<IndexDefinition> p = defs.index(indexRow.get());
                    indexDef = p.value();
                    if (!p.ok()) {
                        warnings.add(TableAssembler.parseWarning(TableRef.of(first.schema(), first.index()),
                                "indexes", p.error(), "expression keys and the predicate are unknown"));
                    }
                }
            }
            List<IndexElement> elements = new ArrayList<>();
            for (IndexColumnRow r : rows) {
                IndexedColumn declared = indexDef != null && r.seqno() < indexDef.elements().size()
                        ? indexDef.elements().get(r.seqno()) : null;
                SortOrder order = r.desc() ? SortOrder.DESC : SortOrder.ASC;
                if (r.cid() == -2) {
                    String expression = declared != null && declared.expression() != null ? declared.expression()
                            : "?";
                    elements.add(IndexElement.builder().expression(expression).order(order).nulls(NullsOrder.DEFAULT)
                            .collation(explicitCollation(r.collation(), "BINARY")).build());
                } else {
                    String column = r.cid() == -1 ? "rowid" : r.column();
                    elements.add(IndexElement.builder().column(column).order(order).nulls(NullsOrder.DEFAULT)
                            .collation(explicitCollation(r.collation(), columnCollation(tableDef, column))).build());
                }
            }
            String predicate = first.partial() && indexDef != null ? indexDef.predicate() : null;
            String constraint = switch (first.origin()) {
                case "pk" -> constraintName(tableDef, ConstraintDefinition.PrimaryKey.class, elements)
                        .orElse(first.index());
                case "u" -> constraintName(tableDef, ConstraintDefinition.Unique.class, elements)
                        .orElse(first.index());
                default -> null;
            };
            out.add(IndexInfo.builder(first.index(), table).unique(first.unique()).elements(elements)
                    .predicate(predicate).constraint(constraint).valid(true)
                    .options(Map.of(OptionKeys.ORIGIN, first.origin())).build());
        }
        out.sort(Comparator.comparing(IndexInfo::table).thenComparing(IndexInfo::name));
        return new Discovered<>(out, warnings);
    }

    /** The collation when it differs from what the key would get anyway, else null. */
    private static String explicitCollation(String actual, String implied) {
        if (actual == null || Names.same(actual, implied)) {
            return null;
        }
        return actual;
    }

    private static String columnCollation(TableDefinition table, String column) {
        if (table == null) {
            return "BINARY";
        }
        return table.column(column).map(ColumnDefinition::collation).orElse("BINARY");
    }

    /** The declared name of the PRIMARY KEY or UNIQUE constraint on exactly these columns, if it has one. */
    private static <T extends ConstraintDefinition> Optional<String> constraintName(TableDefinition table,
                                                                                   Class<T> kind,
                                                                                   List<IndexElement> elements) {
        if (table == null) {
            return Optional.empty();
        }
        List<String> columns = elements.stream().map(IndexElement::column).toList();
        return table.constraints(kind).stream()
                .filter(c -> c.name() != null && sameColumns(c.columns(), columns))
                .map(ConstraintDefinition::name)
                .findFirst();
    }

    static boolean sameColumns(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Names.same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
