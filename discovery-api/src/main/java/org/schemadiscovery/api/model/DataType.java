package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A column's data type: the text the database prints plus its structure.
 *
 * @param declared        the type as the database renders it, e.g. {@code character varying(40)[]}
 * @param baseName        the element type without modifiers or array brackets, e.g. {@code character varying}
 * @param modifiers       type modifiers in order (length, or precision and scale); empty when none
 * @param arrayDimensions 0 for a scalar, 1 or more for arrays
 * @param category        what the element type is
 * @param typeSchema      schema of a user-defined element type, or null for built-ins
 * @param jdbcType        {@link java.sql.Types} code, or {@link java.sql.Types#OTHER}
 */
public record DataType(String declared, String baseName, List<Integer> modifiers, int arrayDimensions,
                       TypeCategory category, String typeSchema, int jdbcType) {
    public DataType {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(baseName, "baseName");
        modifiers = Copies.list(modifiers);
        category = category == null ? TypeCategory.BUILTIN : category;
        if (arrayDimensions < 0) {
            throw new IllegalArgumentException("arrayDimensions must be >= 0: " + arrayDimensions);
        }
    }

    /** A built-in scalar type whose declared text is also its base name. */
    public static DataType of(String declared, int jdbcType) {
        return new DataType(declared, declared, List.of(), 0, TypeCategory.BUILTIN, null, jdbcType);
    }

    /** True for array types. */
    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /**
     * A builder starting from {@code declared} and {@code baseName}; every other component starts empty (null, false,
     * 0 or an empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String declared, String baseName) {
        return new Builder().declared(declared).baseName(baseName);
    }

    /** A builder holding this DataType's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().declared(declared).baseName(baseName).modifiers(modifiers)
                .arrayDimensions(arrayDimensions).category(category).typeSchema(typeSchema).jdbcType(jdbcType);
    }

    /** Builds a {@link DataType}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String declared;
        private String baseName;
        private List<Integer> modifiers;
        private int arrayDimensions;
        private TypeCategory category;
        private String typeSchema;
        private int jdbcType;

        private Builder() {
        }

        /** Sets {@link DataType#declared()}. */
        public Builder declared(String declared) {
            this.declared = declared;
            return this;
        }

        /** Sets {@link DataType#baseName()}. */
        public Builder baseName(String baseName) {
            this.baseName = baseName;
            return this;
        }

        /** Sets {@link DataType#modifiers()}. */
        public Builder modifiers(List<Integer> modifiers) {
            this.modifiers = modifiers;
            return this;
        }

        /** Sets {@link DataType#arrayDimensions()}. */
        public Builder arrayDimensions(int arrayDimensions) {
            this.arrayDimensions = arrayDimensions;
            return this;
        }

        /** Sets {@link DataType#category()}. */
        public Builder category(TypeCategory category) {
            this.category = category;
            return this;
        }

        /** Sets {@link DataType#typeSchema()}. */
        public Builder typeSchema(String typeSchema) {
            this.typeSchema = typeSchema;
            return this;
        }

        /** Sets {@link DataType#jdbcType()}. */
        public Builder jdbcType(int jdbcType) {
            this.jdbcType = jdbcType;
            return this;
        }

        /** The DataType; the canonical constructor validates and copies as usual. */
        public DataType build() {
            return new DataType(declared, baseName, modifiers, arrayDimensions, category, typeSchema, jdbcType);
        }
    }
}
