package org.schemadiscovery.dialect.mysql.render;

/**
 * Keys of the dialect options this plugin puts into the model ({@code TableInfo.options()},
 * {@code ColumnInfo.options()}, {@code IndexInfo.options()}) and reads back when rendering DDL.
 */
public final class OptionKeys {
    /** Table: storage engine, e.g. {@code InnoDB}. */
    public static final String ENGINE = "engine";
    /** Table: default character set, e.g. {@code utf8mb4}; column: its character set where it differs. */
    public static final String CHARSET = "charset";
    /** Table: default collation. */
    public static final String COLLATION = "collation";
    /** Table: the next AUTO_INCREMENT value. */
    public static final String AUTO_INCREMENT = "auto_increment";
    /** Table: further CREATE TABLE options as information_schema prints them, e.g. {@code row_format=COMPRESSED}. */
    public static final String CREATE_OPTIONS = "create_options";
    /** Table: {@code true} for a MariaDB system-versioned table. */
    public static final String SYSTEM_VERSIONING = "system_versioning";
    /** Table: the partition definitions, e.g. {@code PARTITION `p0` VALUES LESS THAN (10),PARTITION ...}. */
    public static final String PARTITIONS = "partitions";
    /** Table: the subpartitioning, e.g. {@code HASH (`id`)}. */
    public static final String SUBPARTITION_BY = "subpartition_by";
    /** Column: the ON UPDATE expression, e.g. {@code current_timestamp()}. */
    public static final String ON_UPDATE = "on_update";
    /** Column: the spatial reference system id of a geometry column (MySQL 8). */
    public static final String SRS_ID = "srs_id";
    /** Index: its comment. */
    public static final String COMMENT = "comment";
    /** Index: {@code true} when the optimizer ignores it (MySQL INVISIBLE, MariaDB IGNORED). */
    public static final String INVISIBLE = "invisible";
    /** Index: prefix of key part n (1-based), e.g. {@code sub_part.1} = {@code 10} for {@code (name(10))}. */
    public static final String SUB_PART = "sub_part.";

    private OptionKeys() {
    }
}
