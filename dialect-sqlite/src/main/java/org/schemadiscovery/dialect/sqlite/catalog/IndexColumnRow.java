package org.schemadiscovery.dialect.sqlite.catalog;

/**
 * A key column of an index: {@code pragma_index_list} joined with {@code pragma_index_xinfo}.
 *
 * @param schema    schema
 * @param table     table
 * @param index     index name
 * @param unique    unique index
 * @param origin    {@code c} (CREATE INDEX), {@code u} (UNIQUE constraint) or {@code pk} (PRIMARY KEY)
 * @param partial   partial index
 * @param seqno     position in the key
 * @param cid       column index, -1 rowid, -2 expression
 * @param column    column name, null for expressions
 * @param desc      descending
 * @param collation collating sequence in effect
 */
public record IndexColumnRow(String schema, String table, String index, boolean unique, String origin,
                             boolean partial, int seqno, int cid, String column, boolean desc, String collation) {
}
