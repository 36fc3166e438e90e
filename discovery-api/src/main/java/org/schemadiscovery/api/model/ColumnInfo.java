package org.schemadiscovery.api.model;

import java.util.Map;
import java.util.Objects;

/**
 * A column of a table or view.
 *
 * @param name         column name
 * @param ordinal      1-based position among visible columns
 * @param type         data type
 * @param nullable     whether NULL is allowed
 * @param defaultValue default expression as the database prints it, or null
 * @param identity     identity details, or null
 * @param generated    generation expression, or null
 * @param collation    explicit collation, or null for the default
 * @param comment      comment, or null
 * @param hidden       true for hidden/invisible columns
 * @param options      dialect details (e.g. SQLite affinity), never null
 */
public record ColumnInfo(String name, int ordinal, DataType type, boolean nullable, String defaultValue,
                         ColumnIdentity identity, GeneratedColumn generated, String collation, String comment,
                         boolean hidden, Map<String, String> options) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        options = Copies.map(options);
    }

    /** A plain column with no default, identity, generation, collation or comment. */
    public static ColumnInfo simple(String name, int ordinal, DataType type, boolean nullable) {
        return new ColumnInfo(name, ordinal, type, nullable, null, null, null, null, null, false, Map.of());
    }

    /**
     * A builder starting from {@code name} and {@code type}; every other component starts empty (null, false, 0 or an
     * empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String name, DataType type) {
        return new Builder().name(name).type(type);
    }

    /** A builder holding this ColumnInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).ordinal(ordinal).type(type).nullable(nullable).defaultValue(defaultValue)
                .identity(identity).generated(generated).collation(collation).comment(comment).hidden(hidden)
                .options(options);
    }

    /** Builds a {@link ColumnInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private int ordinal;
        private DataType type;
        private boolean nullable;
        private String defaultValue;
        private ColumnIdentity identity;
        private GeneratedColumn generated;
        private String collation;
        private String comment;
        private boolean hidden;
        private Map<String, String> options;

        private Builder() {
        }

        /** Sets {@link ColumnInfo#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link ColumnInfo#ordinal()}. */
        public Builder ordinal(int ordinal) {
            this.ordinal = ordinal;
            return this;
        }

        /** Sets {@link ColumnInfo#type()}. */
        public Builder type(DataType type) {
            this.type = type;
            return this;
        }

        /** Sets {@link ColumnInfo#nullable()}. */
        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        /** Sets {@link ColumnInfo#defaultValue()}. */
        public Builder defaultValue(String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        /** Sets {@link ColumnInfo#identity()}. */
        public Builder identity(ColumnIdentity identity) {
            this.identity = identity;
            return this;
        }

        /** Sets {@link ColumnInfo#generated()}. */
        public Builder generated(GeneratedColumn generated) {
            this.generated = generated;
            return this;
        }

        /** Sets {@link ColumnInfo#collation()}. */
        public Builder collation(String collation) {
            this.collation = collation;
            return this;
        }

        /** Sets {@link ColumnInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Sets {@link ColumnInfo#hidden()}. */
        public Builder hidden(boolean hidden) {
            this.hidden = hidden;
            return this;
        }

        /** Sets {@link ColumnInfo#options()}. */
        public Builder options(Map<String, String> options) {
            this.options = options;
            return this;
        }

        /** The ColumnInfo; the canonical constructor validates and copies as usual. */
        public ColumnInfo build() {
            return new ColumnInfo(name, ordinal, type, nullable, defaultValue, identity, generated, collation,
                    comment, hidden, options);
        }
    }
}
