package org.schemadiscovery.dialect.sqlite.parse;

import java.util.List;

/** A constraint as declared in a stored {@code CREATE TABLE}, column-level or table-level. */
public sealed interface ConstraintDefinition
        permits ConstraintDefinition.PrimaryKey, ConstraintDefinition.Unique, ConstraintDefinition.Check,
        ConstraintDefinition.ForeignKey {
    /** {@code CONSTRAINT} name, or null. */
    String name();

    /** Constrained columns as written (one for column-level constraints; empty for a table-level CHECK). */
    List<String> columns();

    /**
     * PRIMARY KEY.
     *
     * @param name          name or null
     * @param columns       key columns
     * @param autoincrement {@code AUTOINCREMENT} given
     */
    record PrimaryKey(String name, List<String> columns, boolean autoincrement) implements ConstraintDefinition {
        public PrimaryKey {
            columns = List.copyOf(columns);
        }
    }

    /**
     * UNIQUE.
     *
     * @param name    name or null
     * @param columns columns
     */
    record Unique(String name, List<String> columns) implements ConstraintDefinition {
        public Unique {
            columns = List.copyOf(columns);
        }
    }

    /**
     * CHECK.
     *
     * @param name       name or null
     * @param columns    the column it was declared on (column-level), else empty
     * @param expression expression as written, without the parentheses
     */
    record Check(String name, List<String> columns, String expression) implements ConstraintDefinition {
        public Check {
            columns = List.copyOf(columns);
        }
    }

    /**
     * FOREIGN KEY / REFERENCES.
     *
     * @param name              name or null
     * @param columns           referencing columns
     * @param table             referenced table as written
     * @param referencedColumns referenced columns, empty when omitted (the parent's primary key)
     * @param onDelete          action words, e.g. {@code SET NULL}, or null
     * @param onUpdate          action words, or null
     * @param match             {@code MATCH} name, or null
     * @param deferrable        {@code DEFERRABLE} (not {@code NOT DEFERRABLE})
     * @param initiallyDeferred {@code DEFERRABLE INITIALLY DEFERRED}
     */
    record ForeignKey(String name, List<String> columns, String table, List<String> referencedColumns,
                      String onDelete, String onUpdate, String match, boolean deferrable,
                      boolean initiallyDeferred) implements ConstraintDefinition {
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }
}
