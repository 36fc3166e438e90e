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
}
