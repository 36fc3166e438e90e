package org.schemadiscovery.dialect.sqlite.render;

/**
 * Keys of the dialect options this plugin puts into the model ({@code TableInfo.options()},
 * {@code ColumnInfo.options()}, {@code IndexInfo.options()}) and reads back when rendering DDL: the catalog
 * assemblers write them, the renderer and the recommendations read them.
 */
public final class OptionKeys {
    /** Table: {@code WITHOUT ROWID}. */
    public static final String WITHOUT_ROWID = "without_rowid";
    /** Table: {@code STRICT}. */
    public static final String STRICT = "strict";
    /** Table: {@code AUTOINCREMENT} on the rowid alias. */
    public static final String AUTOINCREMENT = "autoincrement";
    /** Table: the virtual table's module. */
    public static final String MODULE = "module";
    /** Table: the virtual table's module arguments as written. */
    public static final String MODULE_ARGUMENTS = "module_args";
    /** Table: a shadow table storing a virtual table's data. */
    public static final String SHADOW = "shadow";
    /** Column: affinity. */
    public static final String AFFINITY = "affinity";
    /** Column: 1-based position in the primary key. */
    public static final String PK_POSITION = "pk_position";
    /** Column: the column is an alias of the rowid ({@code INTEGER PRIMARY KEY}). */
    public static final String ROWID_ALIAS = "rowid_alias";
    /** Index: where the index comes from: {@code c} (CREATE INDEX), {@code u} (UNIQUE) or {@code pk}. */
    public static final String ORIGIN = "origin";

    private OptionKeys() {
    }
}
