package org.schemadiscovery.infoschema;

/**
 * One row of {@code INFORMATION_SCHEMA.COLUMNS}, as {@link InformationSchemaReader#type} and
 * {@link InformationSchemaReader#column} see it.
 *
 * @param table        {@code TABLE_NAME}
 * @param name         {@code COLUMN_NAME}
 * @param ordinal      {@code ORDINAL_POSITION}, 1-based
 * @param dataType     {@code DATA_TYPE}, e.g. {@code CHARACTER VARYING}
 * @param length       {@code CHARACTER_MAXIMUM_LENGTH}, or null
 * @param precision    {@code NUMERIC_PRECISION}, or null
 * @param scale        {@code NUMERIC_SCALE}, or null
 * @param nullable     {@code IS_NULLABLE = 'YES'}
 * @param defaultValue {@code COLUMN_DEFAULT} as the database prints it, or null
 */
public record ColumnRow(String table, String name, int ordinal, String dataType, Long length, Long precision,
                        Long scale, boolean nullable, String defaultValue) {
}
