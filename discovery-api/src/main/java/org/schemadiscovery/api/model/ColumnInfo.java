package org.schemadiscovery.api.model;

import java.util.Map;
import java.util.Objects;

/**
 * A column of a table or view.
 *
 * @param name         column name
 * @param ordinal      1-based position among visible columns
 * @param type         data type
 * @param nullable     whether NULL is allowed
 * @param defaultValue default expression as the database prints it, or null
 * @param identity     identity details, or null
 * @param generated    generation expression, or null
 * @param collation    explicit collation, or null for the default
 * @param comment      comment, or null
 * @param hidden       true for hidden/invisible columns
 * @param options      dialect details (e.g. SQLite affinity), never null
 */
public record ColumnInfo(String name, int ordinal, DataType type, boolean nullable, String defaultValue,
                         ColumnIdentity identity, GeneratedColumn generated, String collation, String comment,
                         boolean hidden, Map<String, String> options) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        options = Copies.map(options);
    }

    /** A plain column with no default, identity, generation, collation or comment. */
    public static ColumnInfo simple(String name, int ordinal, DataType type, boolean nullable) {
        return new ColumnInfo(name, ordinal, type, nullable, null, null, null, null, null, false, Map.of());
    }
}
