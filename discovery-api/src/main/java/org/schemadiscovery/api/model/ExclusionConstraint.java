package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * An EXCLUDE constraint (PostgreSQL).
 *
 * @param name              constraint name
 * @param table             table
 * @param method            index method, e.g. {@code gist}
 * @param elements          elements in order
 * @param predicate         WHERE predicate, or null
 * @param deferrable        DEFERRABLE
 * @param initiallyDeferred INITIALLY DEFERRED
 * @param comment           comment, or null
 */
public record ExclusionConstraint(String name, TableRef table, String method, List<ExclusionElement> elements,
                                  String predicate, boolean deferrable, boolean initiallyDeferred, String comment)
        implements ConstraintInfo {
    public ExclusionConstraint {
        Objects.requireNonNull(table, "table");
        elements = Copies.list(elements);
    }

    /**
     * The canonical constructor without comment; kept so that plugins compiled against it keep working. The comment
     * is null.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public ExclusionConstraint(String name, TableRef table, String method, List<ExclusionElement> elements,
                               String predicate, boolean deferrable, boolean initiallyDeferred) {
        this(name, table, method, elements, predicate, deferrable, initiallyDeferred, null);
    }

    @Override
    public List<String> columns() {
        return elements.stream().map(ExclusionElement::expression).toList();
    }

    /**
     * A builder starting from {@code table}; every other component starts empty (null, false, 0 or an empty
     * collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef table) {
        return new Builder().table(table);
    }

    /** A builder holding this ExclusionConstraint's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).table(table).method(method).elements(elements).predicate(predicate)
                .deferrable(deferrable).initiallyDeferred(initiallyDeferred).comment(comment);
    }

    /** Builds an {@link ExclusionConstraint}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private TableRef table;
        private String method;
        private List<ExclusionElement> elements;
        private String predicate;
        private boolean deferrable;
        private boolean initiallyDeferred;
        private String comment;

        private Builder() {
        }

        /** Sets {@link ExclusionConstraint#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link ExclusionConstraint#table()}. */
        public Builder table(TableRef table) {
            this.table = table;
            return this;
        }

        /** Sets {@link ExclusionConstraint#method()}. */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /** Sets {@link ExclusionConstraint#elements()}. */
        public Builder elements(List<ExclusionElement> elements) {
            this.elements = elements;
            return this;
        }

        /** Sets {@link ExclusionConstraint#predicate()}. */
        public Builder predicate(String predicate) {
            this.predicate = predicate;
            return this;
        }

        /** Sets {@link ExclusionConstraint#deferrable()}. */
        public Builder deferrable(boolean deferrable) {
            this.deferrable = deferrable;
            return this;
        }

        /** Sets {@link ExclusionConstraint#initiallyDeferred()}. */
        public Builder initiallyDeferred(boolean initiallyDeferred) {
            this.initiallyDeferred = initiallyDeferred;
            return this;
        }

        /** Sets {@link ExclusionConstraint#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The ExclusionConstraint; the canonical constructor validates and copies as usual. */
        public ExclusionConstraint build() {
            return new ExclusionConstraint(name, table, method, elements, predicate, deferrable, initiallyDeferred,
                    comment);
        }
    }
}
