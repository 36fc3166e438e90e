package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A trigger.
 *
 * @param name       trigger name
 * @param table      table or view it fires on
 * @param timing     BEFORE, AFTER or INSTEAD OF
 * @param events     INSERT, UPDATE, DELETE, TRUNCATE
 * @param columns    UPDATE OF columns, empty when none
 * @param forEachRow FOR EACH ROW (false: FOR EACH STATEMENT)
 * @param function   function called, or null where the body is inline (SQLite)
 * @param definition full definition as the database prints it
 * @param comment    comment, or null
 */
public record TriggerInfo(String name, TableRef table, String timing, List<String> events, List<String> columns,
                          boolean forEachRow, String function, String definition, String comment) {
    public TriggerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        events = Copies.list(events);
        columns = Copies.list(columns);
    }

    /**
     * The canonical constructor without comment; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public TriggerInfo(String name, TableRef table, String timing, List<String> events, List<String> columns,
                       boolean forEachRow, String function, String definition) {
        this(name, table, timing, events, columns, forEachRow, function, definition, null);
    }

    /**
     * A builder starting from {@code name} and {@code table}; every other component starts empty (null, false, 0 or an
     * empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String name, TableRef table) {
        return new Builder().name(name).table(table);
    }

    /** A builder holding this TriggerInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).table(table).timing(timing).events(events).columns(columns)
                .forEachRow(forEachRow).function(function).definition(definition).comment(comment);
    }

    /** Builds a {@link TriggerInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private TableRef table;
        private String timing;
        private List<String> events;
        private List<String> columns;
        private boolean forEachRow;
        private String function;
        private String definition;
        private String comment;

        private Builder() {
        }

        /** Sets {@link TriggerInfo#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link TriggerInfo#table()}. */
        public Builder table(TableRef table) {
            this.table = table;
            return this;
        }

        /** Sets {@link TriggerInfo#timing()}. */
        public Builder timing(String timing) {
            this.timing = timing;
            return this;
        }

        /** Sets {@link TriggerInfo#events()}. */
        public Builder events(List<String> events) {
            this.events = events;
            return this;
        }

        /** Sets {@link TriggerInfo#columns()}. */
        public Builder columns(List<String> columns) {
            this.columns = columns;
            return this;
        }

        /** Sets {@link TriggerInfo#forEachRow()}. */
        public Builder forEachRow(boolean forEachRow) {
            this.forEachRow = forEachRow;
            return this;
        }

        /** Sets {@link TriggerInfo#function()}. */
        public Builder function(String function) {
            this.function = function;
            return this;
        }

        /** Sets {@link TriggerInfo#definition()}. */
        public Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        /** Sets {@link TriggerInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The TriggerInfo; the canonical constructor validates and copies as usual. */
        public TriggerInfo build() {
            return new TriggerInfo(name, table, timing, events, columns, forEachRow, function, definition,
                    comment);
        }
    }
}
