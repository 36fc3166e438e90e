package org.schemadiscovery.dialect.postgresql.render;

/**
 * Keys of the dialect options this plugin puts into the model ({@code TableInfo.options()},
 * {@code IndexInfo.options()}) and reads back when rendering DDL: the catalog readers write them, the renderer and the
 * recommendations read them. Values are as PostgreSQL prints them.
 */
public final class OptionKeys {
    /** Table: {@code unlogged} for an UNLOGGED table (absent for a permanent one). */
    public static final String PERSISTENCE = "persistence";
    /** Table and index: storage parameters as {@code reloptions} prints them, e.g. {@code fillfactor=70}. */
    public static final String RELOPTIONS = "reloptions";
    /** Table: {@code true} with FORCE ROW LEVEL SECURITY. */
    public static final String FORCE_ROW_LEVEL_SECURITY = "force_row_level_security";
    /** Table: the parents it inherits from, qualified and quoted, comma-separated. */
    public static final String INHERITS = "inherits";
    /** Foreign table: its server. */
    public static final String FOREIGN_SERVER = "foreign_server";
    /** Foreign table: the server's foreign-data wrapper. */
    public static final String FOREIGN_DATA_WRAPPER = "foreign_data_wrapper";
    /** Foreign table: the server's OPTIONS clause content. */
    public static final String FOREIGN_SERVER_OPTIONS = "foreign_server_options";
    /** Foreign table: the table's OPTIONS clause content. */
    public static final String FOREIGN_TABLE_OPTIONS = "foreign_table_options";
    /** Index: {@code false} while a concurrent build has not finished ({@code indisready}). */
    public static final String READY = "ready";
    /** Index: {@code true} for the index of a primary key. */
    public static final String PRIMARY = "primary";
    /** Index: the partitioned table's index this partition's index is attached to, qualified and quoted. */
    public static final String PARENT = "parent";
    /** Index of a deferrable key: {@code true}. */
    public static final String DEFERRABLE = "deferrable";
    /** Index of a deferrable key: {@code true} when INITIALLY DEFERRED. */
    public static final String INITIALLY_DEFERRED = "initially_deferred";

    private OptionKeys() {
    }
}
