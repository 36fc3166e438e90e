package org.schemadiscovery.api.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a changed object lives: its schema (null when the model has none), the table or view it belongs to (for
 * columns, indexes, constraints, triggers and policies; null for top-level objects) and its own name. A schema's
 * own name is {@code ObjectName.of(null, null, "app")}; a routine's name carries its argument list,
 * {@code "total(integer, text)"}, since overloads share a name; a constraint the database left unnamed is named
 * by its definition, e.g. {@code "FOREIGN KEY (a) REFERENCES main.t (id)"}.
 *
 * @param schema schema, or null
 * @param parent owning table or view, or null
 * @param name   the object's name, never null
 */
public record ObjectName(String schema, String parent, String name) implements Comparable<ObjectName> {
    public ObjectName {
        Objects.requireNonNull(name, "name");
    }

    public static ObjectName of(String schema, String parent, String name) {
        return new ObjectName(schema, parent, name);
    }

    /**
     * Parses a dotted name the way a command line writes it; a part in double quotes may hold dots ({@code ""} is a
     * quote inside quotes). For objects that belong to a table (columns, indexes, constraints, triggers, policies)
     * {@code schema.table.name} or {@code table.name}; for others {@code schema.name} or {@code name}. A missing
     * schema is null: it matches the object in whichever schema it is.
     *
     * @throws IllegalArgumentException for an empty part, an unclosed quote, or too many or too few parts
     */
    public static ObjectName parse(ObjectType type, String dotted) {
        Objects.requireNonNull(type, "type");
        List<String> parts = split(Objects.requireNonNull(dotted, "dotted"));
        boolean child = type.compareTo(ObjectType.COLUMN) >= 0 && type != ObjectType.VIEW
                && type != ObjectType.MATERIALIZED_VIEW;
        int max = child ? 3 : 2;
        int min = child ? 2 : 1;
        if (type == ObjectType.SCHEMA) {
            max = 1;
        }
        if (parts.size() < min || parts.size() > max) {
            throw new IllegalArgumentException("a " + type.label() + " name has " + (min == max ? min : min + " to "
                    + max) + " dotted parts" + (child ? " (schema.table.name or table.name)" : "") + ": " + dotted);
        }
        int n = parts.size();
        String name = parts.get(n - 1);
        String parent = child ? parts.get(n - 2) : null;
        String schema = n > (child ? 2 : 1) ? parts.get(0) : null;
        return new ObjectName(schema, parent, name);
    }

    private static List<String> split(String dotted) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < dotted.length() && dotted.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == '.') {
                add(parts, current, wasQuoted, dotted);
                current.setLength(0);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed double quote in name: " + dotted);
        }
        add(parts, current, wasQuoted, dotted);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder part, boolean quoted, String dotted) {
        if (part.length() == 0 && !quoted) {
            throw new IllegalArgumentException("empty part in name: " + dotted);
        }
        parts.add(part.toString());
    }

    /** {@code schema.parent.name}, leaving out what is null. */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        if (schema != null) {
            sb.append(schema).append('.');
        }
        if (parent != null) {
            sb.append(parent).append('.');
        }
        return sb.append(name).toString();
    }

    /** Same schema (or either is null), parent and name. */
    public boolean matches(ObjectName other) {
        return (schema == null || other.schema == null || schema.equals(other.schema))
                && Objects.equals(parent, other.parent) && name.equals(other.name);
    }

    @Override
    public int compareTo(ObjectName o) {
        int c = compareNullsFirst(schema, o.schema);
        if (c == 0) {
            c = compareNullsFirst(parent, o.parent);
        }
        return c != 0 ? c : name.compareTo(o.name);
    }

    private static int compareNullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
