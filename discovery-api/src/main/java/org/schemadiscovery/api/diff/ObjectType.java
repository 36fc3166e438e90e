package org.schemadiscovery.api.diff;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of schema objects a comparison reports, in the order changes are listed within one schema: an object
 * comes after what it may depend on (types before the tables using them, keys before the foreign keys referencing
 * them, tables before the views reading them).
 */
public enum ObjectType {
    /** A schema (PostgreSQL), database (MySQL/MariaDB) or attached database (SQLite). */
    SCHEMA("schema"),
    /** An extension. */
    EXTENSION("extension"),
    /** A user-defined type: enum, domain, composite, range. */
    TYPE("type"),
    /** A sequence (identity sequences are compared as part of their column). */
    SEQUENCE("sequence"),
    /** A function or procedure, named with its argument list. */
    ROUTINE("routine"),
    /** A table, partitioned table, partition, foreign or virtual table. */
    TABLE("table"),
    /** A column of a table. */
    COLUMN("column"),
    /** The primary key of a table. */
    PRIMARY_KEY("primary key"),
    /** A unique constraint. */
    UNIQUE_CONSTRAINT("unique constraint"),
    /** A check constraint. */
    CHECK_CONSTRAINT("check constraint"),
    /** An exclusion constraint. */
    EXCLUSION_CONSTRAINT("exclusion constraint"),
    /** An index of a table or materialized view (not one that only backs a constraint). */
    INDEX("index"),
    /** A foreign key. */
    FOREIGN_KEY("foreign key"),
    /** A view. */
    VIEW("view"),
    /** A materialized view. */
    MATERIALIZED_VIEW("materialized view"),
    /** A trigger of a table or view. */
    TRIGGER("trigger"),
    /** A row-level security policy. */
    POLICY("policy");

    private final String label;

    ObjectType(String label) {
        this.label = label;
    }

    /** Lower-case words for people: {@code "foreign key"}. */
    public String label() {
        return label;
    }

    /** The name used on command lines and in JSON: {@code "foreign-key"}. */
    public String id() {
        return label.replace(' ', '-');
    }

    /**
     * The type with this {@link #id()}, label or enum name, ignoring case ({@code "table"}, {@code "foreign key"},
     * {@code "FOREIGN_KEY"}).
     */
    public static Optional<ObjectType> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (ObjectType t : values()) {
            if (t.id().equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
