package org.schemadiscovery.it.corpus;

import java.util.Locale;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;

/**
 * Seed values on PostgreSQL: a literal per type family, cast to the column's declared type; an enum's first label;
 * an empty array for an array; a domain gets its base type's value.
 */
final class PostgresSeedValues implements SeedValues {
    @Override
    public String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String value(ColumnInfo column, SchemaInfo schema) {
        DataType type = column.type();
        String cast = type.declared();
        if (type.arrayDimensions() > 0) {
            return "'{}'::" + cast;
        }
        String literal = literal(type.baseName(), type.typeSchema(), schema, 0);
        return literal == null ? null : literal + "::" + cast;
    }

    private static String literal(String base, String typeSchema, SchemaInfo schema, int depth) {
        if (base == null || depth > 3) {
            return null;
        }
        String b = base.toLowerCase(Locale.ROOT);
        if (typeSchema != null && !"pg_catalog".equals(typeSchema)) {
            TypeInfo t = schema.types().stream().filter(x -> x.ref().equals(TableRef.of(typeSchema, base)))
                    .findFirst().orElse(null);
            if (t == null) {
                return null;
            }
            if (t.kind() == TypeKind.ENUM) {
                return t.enumLabels().isEmpty() ? null : quote(t.enumLabels().get(0));
            }
            if (t.kind() == TypeKind.DOMAIN && t.baseType() != null) {
                String inner = t.baseType().replaceAll("\\(.*$", "").strip();
                return literal(inner, null, schema, depth + 1);
            }
            return null;
        }
        return switch (b) {
            case "int2", "int4", "int8", "smallint", "integer", "bigint", "numeric", "decimal", "float4",
                 "float8", "real", "double precision", "money", "oid" -> "'1'";
            case "bool", "boolean" -> "'true'";
            case "text", "varchar", "bpchar", "char", "character varying", "character", "name", "citext" -> "'a'";
            case "date" -> "'2020-01-02'";
            case "timestamp", "timestamptz", "timestamp without time zone", "timestamp with time zone" ->
                    "'2020-01-02 03:04:05'";
            case "time", "timetz", "time without time zone", "time with time zone" -> "'03:04:05'";
            case "interval" -> "'1 day'";
            case "uuid" -> "'00000000-0000-0000-0000-000000000001'";
            case "json", "jsonb" -> "'{}'";
            case "bytea" -> "'\\x00'";
            case "inet", "cidr" -> "'127.0.0.1'";
            case "macaddr" -> "'08:00:2b:01:02:03'";
            case "bit", "varbit", "bit varying" -> "'1'";
            case "xml" -> "'<a/>'";
            case "tsvector" -> "'a'";
            case "point" -> "'(0,0)'";
            case "int4range", "int8range", "numrange" -> "'[1,2)'";
            case "daterange" -> "'[2020-01-01,2020-01-02)'";
            case "tsrange", "tstzrange" -> "'[2020-01-01,2020-01-02)'";
            default -> null;
        };
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
