package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.TypeCategory;

/** Builds the structured {@link DataType} of a column from the catalog's type facts. */
public final class PgTypes {
    private static final Map<Long, Integer> JDBC = Map.ofEntries(
            Map.entry(16L, Types.BOOLEAN), Map.entry(17L, Types.BINARY), Map.entry(18L, Types.CHAR),
            Map.entry(19L, Types.VARCHAR), Map.entry(20L, Types.BIGINT), Map.entry(21L, Types.SMALLINT),
            Map.entry(23L, Types.INTEGER), Map.entry(25L, Types.VARCHAR), Map.entry(26L, Types.BIGINT),
            Map.entry(142L, Types.SQLXML), Map.entry(700L, Types.REAL), Map.entry(701L, Types.DOUBLE),
            Map.entry(1042L, Types.CHAR), Map.entry(1043L, Types.VARCHAR), Map.entry(1082L, Types.DATE),
            Map.entry(1083L, Types.TIME), Map.entry(1114L, Types.TIMESTAMP),
            Map.entry(1184L, Types.TIMESTAMP_WITH_TIMEZONE), Map.entry(1266L, Types.TIME_WITH_TIMEZONE),
            Map.entry(1560L, Types.BIT), Map.entry(1700L, Types.NUMERIC));

    private PgTypes() {
    }

    /**
     * The structured type.
     *
     * @param declared      {@code format_type(atttypid, atttypmod)}
     * @param typmod        {@code atttypmod}
     * @param isArray       whether the column type is an array
     * @param dims          {@code attndims}
     * @param elementOid    oid of the element type (the type itself for scalars)
     * @param elementName   {@code typname} of the element type
     * @param elementSchema schema of the element type
     * @param elementKind   {@code typtype} of the element type
     * @param formatted     {@code format_type(element, NULL)}
     * @param domainBaseOid base type of a domain element type, or null
     */
    public static DataType dataType(String declared, int typmod, boolean isArray, int dims, long elementOid,
                                    String elementName, String elementSchema, String elementKind, String formatted,
                                    Long domainBaseOid) {
        boolean builtin = "pg_catalog".equals(elementSchema);
        TypeCategory category = switch (elementKind) {
            case "e" -> TypeCategory.ENUM;
            case "d" -> TypeCategory.DOMAIN;
            case "c" -> TypeCategory.COMPOSITE;
            case "r", "m" -> TypeCategory.RANGE;
            case "b" -> builtin ? TypeCategory.BUILTIN : TypeCategory.OTHER;
            default -> TypeCategory.OTHER;
        };
        String baseName = builtin ? formatted : elementName;
        int jdbc;
        if (isArray) {
            jdbc = Types.ARRAY;
        } else if (category == TypeCategory.ENUM) {
            jdbc = Types.VARCHAR;
        } else if (category == TypeCategory.COMPOSITE) {
            jdbc = Types.STRUCT;
        } else if (category == TypeCategory.DOMAIN && domainBaseOid != null) {
            jdbc = JDBC.getOrDefault(domainBaseOid, Types.OTHER);
        } else {
            jdbc = JDBC.getOrDefault(elementOid, Types.OTHER);
        }
        return DataType.builder(declared, baseName).modifiers(modifiers(elementOid, typmod, declared, isArray))
                .arrayDimensions(isArray ? Math.max(1, dims) : 0).category(category)
                .typeSchema(builtin ? null : elementSchema).jdbcType(jdbc).build();
    }

    /** Type modifiers decoded from {@code atttypmod} for the built-in types that have them. */
    static List<Integer> modifiers(long elementOid, int typmod, String declared, boolean isArray) {
        if (typmod < 0) {
            return List.of();
        }
        int oid = (int) elementOid;
        switch (oid) {
            case 1042, 1043 -> {
                return List.of(typmod - 4);
            }
            case 1700 -> {
                int v = typmod - 4;
                int precision = (v >> 16) & 0xffff;
                int scale = ((v & 0x7ff) ^ 1024) - 1024;
                return List.of(precision, scale);
            }
            case 1083, 1114, 1184, 1266, 1560, 1562 -> {
                return List.of(typmod);
            }
            case 1186 -> {
                int precision = typmod & 0xffff;
                return precision == 0xffff ? List.of() : List.of(precision);
            }
            default -> {
                return parsedModifiers(declared, isArray);
            }
        }
    }

    /** Integer modifiers printed at the end of an extension type's name, e.g. {@code vector(3)}. */
    private static List<Integer> parsedModifiers(String declared, boolean isArray) {
        String s = declared;
        if (isArray && s.endsWith("[]")) {
            s = s.substring(0, s.length() - 2);
        }
        if (!s.endsWith(")")) {
            return List.of();
        }
        int open = s.lastIndexOf('(');
        if (open < 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : s.substring(open + 1, s.length() - 1).split(",")) {
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }
}
