package org.schemadiscovery.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An index.
 *
 * @param name             index name
 * @param table            indexed table (or materialized view)
 * @param unique           unique index
 * @param method           access method (btree, gin, ...), or null where the database has one kind
 * @param elements         key elements in order
 * @param include          INCLUDE (covering, non-key) columns
 * @param predicate        partial-index predicate, or null
 * @param nullsNotDistinct NULLS NOT DISTINCT
 * @param constraint       name of the constraint this index backs (PK, UNIQUE, EXCLUDE), or null
 * @param valid            false when the index is invalid (e.g. a failed concurrent build)
 * @param options          dialect details (origin, parent index, definition), never null
 * @param comment          comment, or null
 */
public record IndexInfo(String name, TableRef table, boolean unique, String method, List<IndexElement> elements,
                        List<String> include, String predicate, boolean nullsNotDistinct, String constraint,
                        boolean valid, Map<String, String> options, String comment) {
    public IndexInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        elements = Copies.list(elements);
        include = Copies.list(include);
        options = Copies.map(options);
    }

    /**
     * The canonical constructor without comment; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public IndexInfo(String name, TableRef table, boolean unique, String method, List<IndexElement> elements,
                     List<String> include, String predicate, boolean nullsNotDistinct, String constraint,
                     boolean valid, Map<String, String> options) {
        this(name, table, unique, method, elements, include, predicate, nullsNotDistinct, constraint, valid,
                options, null);
    }

    /** True when the index exists to enforce a constraint. */
    public boolean constraintBacked() {
        return constraint != null;
    }

    /** Key columns in order; null entries stand for expression keys. */
    public List<String> keyColumns() {
        List<String> out = new ArrayList<>(elements.size());
        for (IndexElement e : elements) {
            out.add(e.column());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * A builder starting from {@code name} and {@code table}; every other component starts empty (null, false, 0 or an
     * empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String name, TableRef table) {
        return new Builder().name(name).table(table);
    }

    /** A builder holding this IndexInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).table(table).unique(unique).method(method).elements(elements)
                .include(include).predicate(predicate).nullsNotDistinct(nullsNotDistinct).constraint(constraint)
                .valid(valid).options(options).comment(comment);
    }

    /** Builds an {@link IndexInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private TableRef table;
        private boolean unique;
        private String method;
        private List<IndexElement> elements;
        private List<String> include;
        private String predicate;
        private boolean nullsNotDistinct;
        private String constraint;
        private boolean valid;
        private Map<String, String> options;
        private String comment;

        private Builder() {
        }

        /** Sets {@link IndexInfo#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link IndexInfo#table()}. */
        public Builder table(TableRef table) {
            this.table = table;
            return this;
        }

        /** Sets {@link IndexInfo#unique()}. */
        public Builder unique(boolean unique) {
            this.unique = unique;
            return this;
        }

        /** Sets {@link IndexInfo#method()}. */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /** Sets {@link IndexInfo#elements()}. */
        public Builder elements(List<IndexElement> elements) {
            this.elements = elements;
            return this;
        }

        /** Sets {@link IndexInfo#include()}. */
        public Builder include(List<String> include) {
            this.include = include;
            return this;
        }

        /** Sets {@link IndexInfo#predicate()}. */
        public Builder predicate(String predicate) {
            this.predicate = predicate;
            return this;
        }

        /** Sets {@link IndexInfo#nullsNotDistinct()}. */
        public Builder nullsNotDistinct(boolean nullsNotDistinct) {
            this.nullsNotDistinct = nullsNotDistinct;
            return this;
        }

        /** Sets {@link IndexInfo#constraint()}. */
        public Builder constraint(String constraint) {
            this.constraint = constraint;
            return this;
        }

        /** Sets {@link IndexInfo#valid()}. */
        public Builder valid(boolean valid) {
            this.valid = valid;
            return this;
        }

        /** Sets {@link IndexInfo#options()}. */
        public Builder options(Map<String, String> options) {
            this.options = options;
            return this;
        }

        /** Sets {@link IndexInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The IndexInfo; the canonical constructor validates and copies as usual. */
        public IndexInfo build() {
            return new IndexInfo(name, table, unique, method, elements, include, predicate, nullsNotDistinct,
                    constraint, valid, options, comment);
        }
    }
}
