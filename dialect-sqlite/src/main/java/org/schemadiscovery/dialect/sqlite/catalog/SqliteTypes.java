package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.Token;
import org.schemadiscovery.dialect.sqlite.parse.TokenType;
import org.schemadiscovery.dialect.sqlite.parse.Tokenizer;

/** Declared types, their affinity (SQLite's five rules) and a JDBC type code. */
public final class SqliteTypes {
    private SqliteTypes() {
    }

    /**
     * The column affinity of a declared type, by the rules of section 3.1 of SQLite's datatype documentation. In a
     * STRICT table {@code ANY} has none, reported as {@code BLOB} (SQLite's old name for it was NONE).
     */
    public static String affinity(String declared) {
        String t = Names.upperAscii(declared);
        if (t.contains("INT")) {
            return "INTEGER";
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return "TEXT";
        }
        if (t.contains("BLOB") || t.isBlank()) {
            return "BLOB";
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }

    /** Affinity of a column of a table, STRICT rules included. */
    public static String affinity(String declared, boolean strict) {
        if (strict && Names.same(declared.strip(), "ANY")) {
            return "BLOB";
        }
        return affinity(declared);
    }

    /** The declared type as a {@link DataType}: base name, numeric modifiers and a JDBC type. */
    public static DataType dataType(String declared, boolean strict) {
        List<Token> tokens = Tokenizer.tokenize(declared);
        StringBuilder base = new StringBuilder();
        List<Integer> modifiers = new ArrayList<>();
        boolean inParens = false;
        for (Token t : tokens) {
            if (t.is("(")) {
                inParens = true;
            } else if (t.is(")")) {
                inParens = false;
            } else if (inParens) {
                if (t.type() == TokenType.NUMBER) {
                    try {
                        modifiers.add(Integer.parseInt(t.text()));
                    } catch (NumberFormatException e) {
                        // Non-integer modifiers (SQLite accepts any number) are kept only in the declared text.
                    }
                }
            } else {
                if (base.length() > 0) {
                    base.append(' ');
                }
                base.append(t.value());
            }
        }
        String baseName = base.toString();
        return DataType.builder(declared, baseName).modifiers(modifiers).category(TypeCategory.BUILTIN)
                .jdbcType(jdbcType(baseName, affinity(declared, strict))).build();
    }

    private static int jdbcType(String baseName, String affinity) {
        String b = Names.upperAscii(baseName);
        return switch (b) {
            case "BOOLEAN", "BOOL" -> Types.BOOLEAN;
            case "DATE" -> Types.DATE;
            case "DATETIME", "TIMESTAMP" -> Types.TIMESTAMP;
            case "TIME" -> Types.TIME;
            case "BIGINT", "INT8", "UNSIGNED BIG INT" -> Types.BIGINT;
            case "SMALLINT", "INT2" -> Types.SMALLINT;
            case "TINYINT" -> Types.TINYINT;
            case "DOUBLE", "DOUBLE PRECISION" -> Types.DOUBLE;
            case "FLOAT" -> Types.FLOAT;
            case "DECIMAL" -> Types.DECIMAL;
            case "VARCHAR", "VARYING CHARACTER", "NVARCHAR", "NATIVE CHARACTER" -> Types.VARCHAR;
            case "CHAR", "CHARACTER", "NCHAR" -> Types.CHAR;
            case "CLOB" -> Types.CLOB;
            default -> switch (affinity) {
                case "INTEGER" -> Types.INTEGER;
                case "TEXT" -> Types.VARCHAR;
                case "REAL" -> Types.REAL;
                case "NUMERIC" -> Types.NUMERIC;
                default -> b.isEmpty() || b.equals("ANY") ? Types.OTHER : Types.BLOB;
            };
        };
    }
}
