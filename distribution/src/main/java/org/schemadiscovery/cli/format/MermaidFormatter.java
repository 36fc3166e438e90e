package org.schemadiscovery.cli.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;

/**
 * A mermaid {@code erDiagram} of the tables (columns with PK/FK/UK markers) and one relationship line per foreign
 * key. Names that are not plain identifiers, or that mermaid reads as keywords, get a safe entity id with the real
 * name as an alias ({@code id["real name"]}); attribute types and names are reduced to the characters mermaid's
 * grammar accepts.
 *
 * <p>Cardinality: the parent side is {@code ||} when every FK column is NOT NULL, else {@code |o}; the child side is
 * {@code o|} when the FK columns are unique in the child, else {@code o{}. The line is solid ({@code --}) when the FK
 * columns are part of the child's primary key (an identifying relationship), dashed ({@code ..}) otherwise.
 */
public final class MermaidFormatter implements SchemaFormatter {
    /** Words the erDiagram lexer takes as keywords or cardinalities before it takes them as entity names. */
    private static final Set<String> RESERVED_ENTITY = Set.of("erdiagram", "style", "classdef", "class", "subgraph",
            "end", "one", "many", "only", "zero", "to", "optionally", "u", "title", "acctitle", "accdescr",
            "direction");
    /** Attribute names the lexer takes as key markers. */
    private static final Set<String> RESERVED_ATTRIBUTE = Set.of("pk", "fk", "uk");

    @Override
    public String format(SchemaInfo schema) {
        Set<String> schemas = ModelText.schemasOf(schema);
        Entities entities = new Entities();
        for (TableInfo t : schema.tables()) {
            entities.add(t.ref(), ModelText.name(t.ref(), schemas));
        }
        // Referenced tables outside the discovered scope still appear as bare entities.
        Map<TableRef, String> outside = new LinkedHashMap<>();
        for (TableInfo t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (!entities.contains(fk.referencedTable()) && !outside.containsKey(fk.referencedTable())) {
                    outside.put(fk.referencedTable(), entities.add(fk.referencedTable(),
                            ModelText.name(fk.referencedTable(), schemas)));
                }
            }
        }
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (TableInfo t : schema.tables()) {
            out.append("    ").append(entities.declaration(t.ref())).append(" {\n");
            for (ColumnInfo c : t.columns()) {
                out.append("        ").append(type(c.type().declared())).append(' ').append(attributeName(c.name()));
                List<String> keys = ModelText.keyMarkers(t, c);
                if (!keys.isEmpty()) {
                    out.append(' ').append(String.join(", ", keys));
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (TableRef ref : outside.keySet()) {
            String declaration = entities.declaration(ref);
            if (!declaration.equals(entities.id(ref))) {
                out.append("    ").append(declaration).append('\n');
            }
        }
        for (TableInfo t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                out.append("    ").append(entities.id(fk.referencedTable())).append(' ')
                        .append(parentSide(t, fk)).append(identifying(t, fk) ? "--" : "..").append(childSide(t, fk))
                        .append(' ').append(entities.id(t.ref())).append(" : \"")
                        .append(String.join(", ", fk.columns()).replace('"', '\'')).append("\"\n");
            }
        }
        return out.toString();
    }

    private static String parentSide(TableInfo child, ForeignKey fk) {
        boolean required = fk.columns().stream()
                .allMatch(name -> child.column(name).map(c -> !c.nullable()).orElse(false));
        return required ? "||" : "|o";
    }

    private static String childSide(TableInfo child, ForeignKey fk) {
        boolean unique = ModelText.uniqueSets(child).stream()
                .anyMatch(set -> !set.isEmpty() && fk.columns().containsAll(set));
        return unique ? "o|" : "o{";
    }

    private static boolean identifying(TableInfo child, ForeignKey fk) {
        return child.primaryKey().map(pk -> pk.columns().containsAll(fk.columns())).orElse(false);
    }

    /** A type as an attribute word: {@code character varying(40)} becomes {@code character_varying(40)}. */
    static String type(String declared) {
        String word = word(declared, true);
        return word.isEmpty() ? "ANY" : word;
    }

    /** A column name as an attribute word; the key-marker words get a trailing underscore. */
    static String attributeName(String name) {
        String word = word(name, true);
        if (word.isEmpty()) {
            return "_";
        }
        return RESERVED_ATTRIBUTE.contains(word.toLowerCase(Locale.ROOT)) ? word + "_" : word;
    }

    /**
     * Keeps letters, digits, underscore, non-ASCII letters and (for attributes) {@code -()[]}; anything else becomes
     * {@code _}; a leading digit or hyphen gets an underscore in front.
     */
    private static String word(String text, boolean attribute) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || (c >= '\u00C0' && Character.isLetterOrDigit(c))
                    || (attribute && (c == '-' || c == '(' || c == ')' || c == '[' || c == ']'));
            sb.append(ok ? c : '_');
        }
        if (sb.length() > 0 && !(Character.isLetter(sb.charAt(0)) || sb.charAt(0) == '_')) {
            sb.insert(0, '_');
        }
        return sb.toString();
    }

    /** Unique, lexer-safe entity ids for the tables of one diagram. */
    private static final class Entities {
        private final Map<TableRef, String> ids = new HashMap<>();
        private final Map<TableRef, String> labels = new HashMap<>();
        private final Set<String> used = new HashSet<>();

        String add(TableRef ref, String label) {
            String base = word(label, false);
            if (base.isEmpty()) {
                base = "_";
            }
            String id = RESERVED_ENTITY.contains(base.toLowerCase(Locale.ROOT)) ? base + "_" : base;
            for (int n = 2; used.contains(id.toLowerCase(Locale.ROOT)); n++) {
                id = base + "_" + n;
            }
            used.add(id.toLowerCase(Locale.ROOT));
            ids.put(ref, id);
            labels.put(ref, label);
            return id;
        }

        boolean contains(TableRef ref) {
            return ids.containsKey(ref);
        }

        String id(TableRef ref) {
            return ids.get(ref);
        }

        /** The id, with the real name as an alias when the id had to differ from it. */
        String declaration(TableRef ref) {
            String id = ids.get(ref);
            String label = labels.get(ref);
            if (id.equals(label)) {
                return id;
            }
            StringBuilder alias = new StringBuilder();
            for (char c : label.toCharArray()) {
                // The quoted-name token of the erDiagram lexer excludes these.
                alias.append(c == '"' || c == '%' || c == '\\' || Character.isISOControl(c) ? '_' : c);
            }
            return id + "[\"" + alias + "\"]";
        }
    }
}
