package org.schemadiscovery.dialect.sqlite.parse;

/**
 * A column as declared in a stored {@code CREATE TABLE}: what the pragmas do not expose.
 *
 * @param name                column name
 * @param type                declared type text, "" when none
 * @param collation           {@code COLLATE} name as written, or null
 * @param generatedExpression generation expression as written, or null
 * @param generatedStored     STORED (true) or VIRTUAL (false)
 * @param primaryKey          declared {@code PRIMARY KEY} as a column constraint
 * @param primaryKeyDesc      that constraint said {@code DESC} (which stops an INTEGER column from aliasing the rowid)
 * @param autoincrement       {@code AUTOINCREMENT}
 * @param notNull             {@code NOT NULL}
 * @param defaultText         {@code DEFAULT} text as written, or null
 */
public record ColumnDefinition(String name, String type, String collation, String generatedExpression,
                               boolean generatedStored, boolean primaryKey, boolean primaryKeyDesc,
                               boolean autoincrement, boolean notNull, String defaultText) {
}
