package org.schemadiscovery.dialect.postgresql.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeCategory;

/**
 * Names of schema objects as graph keys. Tables, views and sequences share one namespace in PostgreSQL (relations),
 * as do their keys.
 */
final class Keys {
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')*)'");

    private Keys() {
    }

    /** Released by every dropped table, column and index; an extension's drop waits for them (opclasses, types). */
    static final String EXTENSION_USERS = "extension-users";

    /** A column's membership of a primary key: DROP NOT NULL on it waits for the key's drop. */
    static String primaryKeyColumn(TableRef table, String column) {
        return "pkcol:" + table.schema() + "." + table.name() + "." + column;
    }

    static String schema(String name) {
        return "schema:" + name;
    }

    static String relation(TableRef ref) {
        return "rel:" + ref.schema() + "." + ref.name();
    }

    static String column(TableRef table, String column) {
        return "col:" + table.schema() + "." + table.name() + "." + column;
    }

    /** Unique keys and primary keys of a table, which foreign keys referencing it need. */
    static String keysOf(TableRef table) {
        return "keys:" + table.schema() + "." + table.name();
    }

    static String index(String schema, String name) {
        return "index:" + schema + "." + name;
    }

    static String constraint(TableRef table, String name) {
        return "con:" + table.schema() + "." + table.name() + "." + name;
    }

    static String type(String schema, String name) {
        return "type:" + schema + "." + name;
    }

    static String routine(String schema, String name) {
        return "fn:" + schema + "." + name;
    }

    static String extension(String name) {
        return "ext:" + name;
    }

    static String trigger(TableRef table, String name) {
        return "trg:" + table.schema() + "." + table.name() + "." + name;
    }

    static String policy(TableRef table, String name) {
        return "pol:" + table.schema() + "." + table.name() + "." + name;
    }

    /** The user-defined type a column's type names, or null for a built-in one. */
    static String typeOf(DataType type) {
        if (type.category() == TypeCategory.BUILTIN || type.category() == TypeCategory.OTHER
                || type.typeSchema() == null || "pg_catalog".equals(type.typeSchema())) {
            return null;
        }
        return type(type.typeSchema(), type.baseName());
    }

    /**
     * Sequences a default's {@code nextval('…')} calls name, as relation keys. Discovery reads defaults with an empty
     * search path and the comparison's normaliser drops the table's own schema, so an unqualified name is in
     * {@code schema}, the table's.
     */
    static List<String> sequencesIn(String expression, String schema) {
        List<String> out = new ArrayList<>();
        if (expression == null) {
            return out;
        }
        Matcher m = NEXTVAL.matcher(expression);
        while (m.find()) {
            String name = m.group(1).replace("''", "'");
            List<String> parts = splitQualified(name);
            String in = parts.size() > 1 ? parts.get(0) : schema == null ? "public" : schema;
            out.add("rel:" + in + "." + parts.get(parts.size() - 1));
        }
        return out;
    }

    /** A default with the table's schema put back on an unqualified {@code nextval('seq')} (none for public). */
    static String qualifySequences(String expression, String schema) {
        if (expression == null || schema == null || "public".equals(schema) || !expression.contains("nextval('")) {
            return expression;
        }
        Matcher m = NEXTVAL.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = splitQualified(name.replace("''", "'")).size() > 1 ? m.group()
                    : "nextval('" + org.schemadiscovery.dialect.postgresql.render.Quoting.ident(schema)
                    .replace("'", "''") + "." + name + "'";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The table with its columns' sequence defaults qualified as {@link #qualifySequences(String, String)} does. */
    static org.schemadiscovery.api.model.TableInfo qualifySequences(org.schemadiscovery.api.model.TableInfo t) {
        List<org.schemadiscovery.api.model.ColumnInfo> columns = new ArrayList<>(t.columns().size());
        boolean changed = false;
        for (org.schemadiscovery.api.model.ColumnInfo c : t.columns()) {
            String d = qualifySequences(c.defaultValue(), t.ref().schema());
            boolean qualified = !java.util.Objects.equals(d, c.defaultValue());
            changed |= qualified;
            columns.add(qualified ? c.toBuilder().defaultValue(d).build() : c);
        }
        return changed ? t.toBuilder().columns(columns).build() : t;
    }

    private static List<String> splitQualified(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(quoted ? c : Character.toLowerCase(c));
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
