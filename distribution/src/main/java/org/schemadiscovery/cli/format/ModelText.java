package org.schemadiscovery.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;

/** Short, SQL-like descriptions of model parts, shared by the text and markdown formats. */
final class ModelText {
    private ModelText() {
    }

    /** {@code PRIMARY KEY}, {@code UNIQUE}, {@code CHECK}, {@code FOREIGN KEY} or {@code EXCLUDE}. */
    static String kind(ConstraintInfo constraint) {
        if (constraint instanceof PrimaryKey) {
            return "PRIMARY KEY";
        } else if (constraint instanceof UniqueConstraint) {
            return "UNIQUE";
        } else if (constraint instanceof CheckConstraint) {
            return "CHECK";
        } else if (constraint instanceof ForeignKey) {
            return "FOREIGN KEY";
        }
        return "EXCLUDE";
    }

    /** The constraint's definition without its name, e.g. {@code (customer_id) -> customers (id) ON DELETE CASCADE}. */
    static String definition(ConstraintInfo constraint, Set<String> schemas) {
        if (constraint instanceof UniqueConstraint u) {
            return columnList(u.columns()) + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                    + deferral(u.deferrable(), u.initiallyDeferred());
        } else if (constraint instanceof CheckConstraint c) {
            return "(" + c.expression() + ")" + (c.validated() ? "" : " NOT VALID");
        } else if (constraint instanceof ForeignKey f) {
            return foreignKey(f, schemas);
        } else if (constraint instanceof ExclusionConstraint e) {
            return exclusion(e);
        }
        return columnList(constraint.columns());
    }

    static String foreignKey(ForeignKey fk, Set<String> schemas) {
        StringBuilder sb = new StringBuilder(columnList(fk.columns())).append(" -> ")
                .append(name(fk.referencedTable(), schemas));
        if (!fk.referencedColumns().isEmpty()) {
            sb.append(' ').append(columnList(fk.referencedColumns()));
        }
        if (fk.match() != MatchType.SIMPLE) {
            sb.append(" MATCH ").append(fk.match());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sb.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        sb.append(deferral(fk.deferrable(), fk.initiallyDeferred()));
        if (!fk.validated()) {
            sb.append(" NOT VALID");
        }
        return sb.toString();
    }

    private static String exclusion(ExclusionConstraint e) {
        String elements = e.elements().stream().map(x -> x.expression() + " WITH " + x.operator())
                .collect(Collectors.joining(", ", "(", ")"));
        return (e.method() == null ? "" : "USING " + e.method() + " ") + elements
                + (e.predicate() == null ? "" : " WHERE (" + e.predicate() + ")")
                + deferral(e.deferrable(), e.initiallyDeferred());
    }

    private static String deferral(boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) {
            return "";
        }
        return initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    /** An index without its name, e.g. {@code UNIQUE (lower(email)) WHERE (deleted_at IS NULL)}. */
    static String index(IndexInfo index) {
        List<String> parts = new ArrayList<>();
        if (index.unique()) {
            parts.add("UNIQUE");
        }
        if (index.method() != null && !index.method().equalsIgnoreCase("btree")) {
            parts.add("USING " + index.method());
        }
        parts.add(index.elements().stream().map(ModelText::element).collect(Collectors.joining(", ", "(", ")")));
        if (!index.include().isEmpty()) {
            parts.add("INCLUDE " + columnList(index.include()));
        }
        if (index.nullsNotDistinct()) {
            parts.add("NULLS NOT DISTINCT");
        }
        if (index.predicate() != null) {
            parts.add("WHERE (" + index.predicate() + ")");
        }
        if (!index.valid()) {
            parts.add("INVALID");
        }
        return String.join(" ", parts);
    }

    private static String element(IndexElement e) {
        StringBuilder sb = new StringBuilder(e.isExpression() ? e.expression() : e.column());
        if (e.collation() != null) {
            sb.append(" COLLATE ").append(e.collation());
        }
        if (e.opclass() != null) {
            sb.append(' ').append(e.opclass());
        }
        if (e.order() == SortOrder.DESC) {
            sb.append(" DESC");
        }
        if (e.nulls() != NullsOrder.DEFAULT) {
            sb.append(" NULLS ").append(e.nulls());
        }
        return sb.toString();
    }

    /** Identity, generation, collation and visibility of a column, e.g. {@code generated (a + b) stored}. */
    static String columnExtra(ColumnInfo column) {
        List<String> parts = new ArrayList<>();
        if (column.identity() != null) {
            parts.add("identity " + column.identity().generation().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (column.generated() != null) {
            parts.add("generated (" + column.generated().expression() + ") "
                    + (column.generated().stored() ? "stored" : "virtual"));
        }
        if (column.collation() != null) {
            parts.add("collate " + column.collation());
        }
        if (column.hidden()) {
            parts.add("hidden");
        }
        return String.join(", ", parts);
    }

    /** {@code PK}, {@code FK}, {@code UK} markers of a column, comma separated. */
    static List<String> keyMarkers(TableInfo table, ColumnInfo column) {
        List<String> keys = new ArrayList<>();
        if (table.primaryKey().map(pk -> pk.columns().contains(column.name())).orElse(false)) {
            keys.add("PK");
        }
        if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()))) {
            keys.add("FK");
        }
        if (isUniqueAlone(table, column.name())) {
            keys.add("UK");
        }
        return keys;
    }

    /**
     * True when the column alone is unique through a UNIQUE constraint or a unique, non-partial column index; a
     * single-column primary key (and the index backing it) is marked PK only.
     */
    static boolean isUniqueAlone(TableInfo table, String column) {
        List<String> alone = List.of(column);
        if (table.primaryKey().map(pk -> pk.columns().equals(alone)).orElse(false)) {
            return false;
        }
        return table.constraints().stream().anyMatch(c -> c instanceof UniqueConstraint && c.columns().equals(alone))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.predicate() == null
                && i.elements().stream().noneMatch(IndexElement::isExpression) && i.keyColumns().equals(alone));
    }

    /** Column lists that are unique in the table: primary key, unique constraints, plain unique indexes. */
    static List<List<String>> uniqueSets(TableInfo table) {
        List<List<String>> sets = new ArrayList<>();
        for (ConstraintInfo c : table.constraints()) {
            if (c instanceof PrimaryKey || c instanceof UniqueConstraint) {
                sets.add(c.columns());
            }
        }
        for (IndexInfo i : table.indexes()) {
            if (i.unique() && i.predicate() == null && i.elements().stream().noneMatch(IndexElement::isExpression)) {
                sets.add(i.keyColumns());
            }
        }
        return sets;
    }

    /** {@code (a, b)}. */
    static String columnList(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    /** The schemas the tables and views live in; one schema means names can be shown without it. */
    static Set<String> schemasOf(SchemaInfo schema) {
        Set<String> schemas = new java.util.TreeSet<>();
        schema.tables().forEach(t -> schemas.add(String.valueOf(t.ref().schema())));
        schema.views().forEach(v -> schemas.add(String.valueOf(v.ref().schema())));
        return schemas;
    }

    /** The name to show: qualified only when the output spans several schemas (or catalogs). */
    static String name(TableRef ref, Set<String> schemas) {
        if (schemas.size() <= 1 && ref.catalog() == null && schemas.contains(String.valueOf(ref.schema()))) {
            return ref.name();
        }
        return ref.displayName();
    }

    /** {@code 1:1}, {@code 1:N} or {@code N:M}. */
    static String cardinality(RelationshipKind kind) {
        return switch (kind) {
            case ONE_TO_ONE -> "1:1";
            case ONE_TO_MANY -> "1:N";
            case MANY_TO_MANY -> "N:M";
        };
    }

    /** {@code SQLite 3.45.1} style product line. */
    static String product(DatabaseIdentity identity) {
        return identity.product() + " " + identity.version();
    }

    /**
     * A readable database name from its URL: the file name of a SQLite database, the database of a server URL, or
     * the product name when the URL says nothing.
     */
    static String databaseName(DatabaseIdentity identity) {
        String url = identity.url();
        if (url == null || url.isBlank()) {
            return identity.product();
        }
        String rest = url.startsWith("jdbc:") ? url.substring(5) : url;
        int colon = rest.indexOf(':');
        rest = colon >= 0 ? rest.substring(colon + 1) : rest;
        for (char stop : new char[] {'?', ';'}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                rest = rest.substring(0, at);
            }
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring(5);
        }
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        int slash = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf('\\'));
        String name = slash >= 0 ? rest.substring(slash + 1) : rest;
        return name.isBlank() || name.contains("//") ? identity.product() : name;
    }
}
