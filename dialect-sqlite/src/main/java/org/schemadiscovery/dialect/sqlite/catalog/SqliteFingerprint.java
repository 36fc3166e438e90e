package org.schemadiscovery.dialect.sqlite.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * @param definitions every stored definition of those schemas, as {@code fingerprint.sql} reads it
     * @param settings    the settings the probe reports and the model keeps
     */
    static SchemaFingerprint of(List<SchemaRow> schemas, List<DefinitionRow> definitions,
                                Map<String, String> settings) {
        Map<TableRef, List<byte[]>> byTable = new HashMap<>();
        for (DefinitionRow row : definitions) {
            byTable.computeIfAbsent(TableRef.of(row.schema(), row.table()), t -> new ArrayList<>(4))
                    .add(row.definition());
        }
        Map<TableRef, String> tables = new TreeMap<>();
        MessageDigest sha = sha256();
        HexFormat hex = HexFormat.of();
        byTable.forEach((table, rows) -> {
            // sorted, so that the digest does not depend on the order sqlite_schema lists them in
            rows.sort(Arrays::compareUnsigned);
            rows.forEach(sha::update);
            tables.put(table, hex.formatHex(sha.digest()));
        });
        List<String> rest = new ArrayList<>();
        schemas.forEach(s -> {
            rest.add(s.name());
            rest.add(s.file());
        });
        new TreeMap<>(settings).forEach((name, value) -> {
            rest.add(name);
            rest.add(value);
        });
        return SchemaFingerprint.of(SchemaFingerprint.sha256(rest), tables);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
