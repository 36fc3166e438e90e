package org.schemadiscovery.dialect.postgresql.render;

import java.util.Set;

/**
 * Identifier and literal quoting as PostgreSQL's {@code quote_ident} and {@code quote_literal} do it: identifiers
 * are left bare only when they are lower-case simple names and not keywords that need quoting.
 */
public final class Quoting {
    /**
     * Keywords {@code quote_ident} quotes (every category but unreserved), from PostgreSQL 12 to 17; quoting one too
     * many is harmless, one too few is not.
     */
    private static final Set<String> KEYWORDS = Set.of(("all analyse analyze and any array as asc asymmetric "
            + "authorization between bigint binary bit boolean both case cast char character check coalesce collate "
            + "collation column concurrently constraint create cross current_catalog current_date current_role "
            + "current_schema current_time current_timestamp current_user dec decimal default deferrable desc "
            + "distinct do else end except exists extract false fetch float for foreign freeze from full grant "
            + "greatest group grouping having ilike in initially inner inout int integer intersect interval into is "
            + "isnull join json json_array json_arrayagg json_exists json_object json_objectagg json_query "
            + "json_scalar json_serialize json_table json_value lateral leading least left like limit localtime "
            + "localtimestamp merge_action national natural nchar none normalize not notnull null nullif numeric "
            + "offset on only or order out outer overlaps overlay placing position precision primary real "
            + "references returning right row select session_user setof similar smallint some substring symmetric "
            + "system_user table tablesample then time timestamp to trailing treat trim true union unique user "
            + "using values varchar variadic verbose when where window with xmlattributes xmlconcat xmlelement "
            + "xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable").split(" "));

    private Quoting() {
    }

    /** The identifier, double-quoted when it needs to be. */
    public static String ident(String name) {
        if (isSimple(name) && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as needed; just the name when schema is null. */
    public static String qualified(String schema, String name) {
        return schema == null ? ident(name) : ident(schema) + "." + ident(name);
    }

    /** A string literal; backslashes are literal (standard_conforming_strings, the default since 9.1). */
    public static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    private static boolean isSimple(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_' && c != '$') {
                return false;
            }
        }
        return true;
    }
}
