package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * Builds the fingerprint from the stored definitions: each table's (or view's) digest covers its own definition and
 * those of its indexes and triggers; the rest covers the schemas in scope and the files behind them, so that two
 * files with the same DDL never share a fingerprint, and the settings the model reports (journal mode, page size,
 * encoding …), which no DDL changes.
 */
final class SqliteFingerprint {
    private SqliteFingerprint() {
    }

    /**
     * @param schemas     the schemas in scope
     * @param definitions rows of schema, type, name, table name and SQL
     * @param settings    the settings the probe reports and the model keeps
     */
    static SchemaFingerprint of(List<SchemaRow> schemas, List<String[]> definitions, Map<String, String> settings) {
        Map<TableRef, List<String[]>> byTable = new HashMap<>();
        for (String[] row : definitions) {
            byTable.computeIfAbsent(TableRef.of(row[0], row[3]), t -> new ArrayList<>()).add(row);
        }
        Map<TableRef, String> tables = new HashMap<>();
        Comparator<String[]> order = Comparator.comparing((String[] r) -> r[1]).thenComparing(r -> r[2]);
        byTable.forEach((table, rows) -> {
            rows.sort(order);
            List<String> parts = new ArrayList<>(rows.size() * 5);
            rows.forEach(r -> Collections.addAll(parts, r));
            tables.put(table, SchemaFingerprint.sha256(parts));
        });
        List<String> rest = new ArrayList<>();
        schemas.forEach(s -> {
            rest.add(s.name());
            rest.add(s.file());
        });
        new java.util.TreeMap<>(settings).forEach((name, value) -> {
            rest.add(name);
            rest.add(value);
        });
        return SchemaFingerprint.of(SchemaFingerprint.sha256(rest), tables);
    }
}
