package org.schemadiscovery.dialect.sqlite.migrate;

import java.util.List;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.Token;
import org.schemadiscovery.dialect.sqlite.parse.TokenType;
import org.schemadiscovery.dialect.sqlite.parse.Tokenizer;
import org.schemadiscovery.dialect.sqlite.render.OptionKeys;

/**
 * When SQLite's {@code ALTER TABLE} can add or drop a column, as its documentation lists the restrictions; otherwise
 * the table is rebuilt.
 */
final class ColumnRules {
    private ColumnRules() {
    }

    /**
     * ADD COLUMN: no key column, a constant default (no CURRENT_TIME… and nothing in parentheses), a non-NULL default
     * when NOT NULL, and not a stored generated column.
     */
    static boolean addable(TableInfo table, ColumnInfo c) {
        if (c.hidden() || table.kind() == TableKind.VIRTUAL || "true".equals(c.options().get(OptionKeys.ROWID_ALIAS))
                || table.primaryKey().map(pk -> contains(pk.columns(), c.name())).orElse(false)) {
            return false;
        }
        for (ConstraintInfo k : table.constraints()) {
            if (!(k instanceof CheckConstraint) && contains(k.columns(), c.name())) {
                return false;
            }
        }
        if (c.generated() != null) {
            return !c.generated().stored();
        }
        String d = c.defaultValue();
        boolean noDefault = d == null || Names.same(d.strip(), "NULL");
        return noDefault ? c.nullable() : constant(d);
    }

    /**
     * DROP COLUMN: not in a key, a foreign key, an index (its columns, expressions or WHERE), a CHECK or a generated
     * column's expression. Views and triggers reading it are dropped and recreated around the statement.
     */
    static boolean droppable(TableInfo table, String column) {
        if (table.kind() == TableKind.VIRTUAL || table.column(column).map(c -> "true".equals(
                c.options().get(OptionKeys.ROWID_ALIAS))).orElse(false)) {
            return false;
        }
        if (table.primaryKey().map(pk -> contains(pk.columns(), column)).orElse(false)) {
            return false;
        }
        for (ConstraintInfo k : table.constraints()) {
            if (contains(k.columns(), column)
                    || k instanceof CheckConstraint check && Mentions.of(check.expression()).name(column)) {
                return false;
            }
        }
        for (IndexInfo i : table.indexes()) {
            for (IndexElement e : i.elements()) {
                if (Names.same(e.column(), column) || e.isExpression() && Mentions.of(e.expression()).name(column)) {
                    return false;
                }
            }
            if (i.predicate() != null && Mentions.of(i.predicate()).name(column)) {
                return false;
            }
        }
        for (ColumnInfo other : table.columns()) {
            if (other.generated() != null && Mentions.of(other.generated().expression()).name(column)) {
                return false;
            }
        }
        return true;
    }

    /** A literal, a signed number, NULL, TRUE or FALSE: what ADD COLUMN accepts as a default. */
    static boolean constant(String text) {
        List<Token> tokens;
        try {
            tokens = Tokenizer.tokenize(text);
        } catch (RuntimeException e) {
            return false;
        }
        if (tokens.size() == 2 && (tokens.get(0).is("-") || tokens.get(0).is("+"))) {
            return tokens.get(1).type() == TokenType.NUMBER;
        }
        if (tokens.size() != 1) {
            return false;
        }
        Token t = tokens.get(0);
        return t.type() == TokenType.NUMBER || t.type() == TokenType.STRING || t.type() == TokenType.BLOB
                || t.isKeyword("NULL") || t.isKeyword("TRUE") || t.isKeyword("FALSE");
    }

    static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> Names.same(n, name));
    }
}
