package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A relationship derived from foreign keys. For one-to-one and one-to-many, {@code from} is the referenced (parent)
 * side and {@code to} the referencing side; for many-to-many both are the linked tables and {@code junction} holds
 * the link.
 *
 * @param kind        cardinality
 * @param from        parent table
 * @param fromColumns parent columns
 * @param to          child table (or the other side of a many-to-many)
 * @param toColumns   child columns
 * @param junction    junction table, or null
 * @param via         names of the foreign keys it comes from
 */
public record Relationship(RelationshipKind kind, TableRef from, List<String> fromColumns, TableRef to,
                           List<String> toColumns, TableRef junction, List<String> via) {
    public Relationship {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        fromColumns = Copies.list(fromColumns);
        toColumns = Copies.list(toColumns);
        via = Copies.list(via);
    }

    /**
     * A builder starting from {@code kind} and {@code from} and {@code to}; every other component starts empty (null,
     * false, 0 or an empty collection). Plugins build models this way, so that a component added later does not break
     * them.
     */
    public static Builder builder(RelationshipKind kind, TableRef from, TableRef to) {
        return new Builder().kind(kind).from(from).to(to);
    }

    /** A builder holding this Relationship's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().kind(kind).from(from).fromColumns(fromColumns).to(to).toColumns(toColumns)
                .junction(junction).via(via);
    }

    /** Builds a {@link Relationship}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private RelationshipKind kind;
        private TableRef from;
        private List<String> fromColumns;
        private TableRef to;
        private List<String> toColumns;
        private TableRef junction;
        private List<String> via;

        private Builder() {
        }

        /** Sets {@link Relationship#kind()}. */
        public Builder kind(RelationshipKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@link Relationship#from()}. */
        public Builder from(TableRef from) {
            this.from = from;
            return this;
        }

        /** Sets {@link Relationship#fromColumns()}. */
        public Builder fromColumns(List<String> fromColumns) {
            this.fromColumns = fromColumns;
            return this;
        }

        /** Sets {@link Relationship#to()}. */
        public Builder to(TableRef to) {
            this.to = to;
            return this;
        }

        /** Sets {@link Relationship#toColumns()}. */
        public Builder toColumns(List<String> toColumns) {
            this.toColumns = toColumns;
            return this;
        }

        /** Sets {@link Relationship#junction()}. */
        public Builder junction(TableRef junction) {
            this.junction = junction;
            return this;
        }

        /** Sets {@link Relationship#via()}. */
        public Builder via(List<String> via) {
            this.via = via;
            return this;
        }

        /** The Relationship; the canonical constructor validates and copies as usual. */
        public Relationship build() {
            return new Relationship(kind, from, fromColumns, to, toColumns, junction, via);
        }
    }
}
