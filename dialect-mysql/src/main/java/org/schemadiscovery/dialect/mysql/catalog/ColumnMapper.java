package org.schemadiscovery.dialect.mysql.catalog;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.dialect.mysql.render.OptionKeys;

/**
 * Turns a row of {@code columns.sql} into a {@link ColumnInfo}: the type as {@code COLUMN_TYPE} prints it, the
 * default as an SQL expression (MariaDB's own format; MySQL's raw values are quoted to match), AUTO_INCREMENT as a
 * BY DEFAULT identity, VIRTUAL/STORED generation, INVISIBLE as hidden, and a collation only where it differs from the
 * table's default.
 */
final class ColumnMapper {
    private static final Pattern MODIFIERS = Pattern.compile("^[^(]*\\((\\d+(?:\\s*,\\s*\\d+)*)\\)");
    private static final Pattern ON_UPDATE_CLAUSE = Pattern.compile("(?i)\\bon update (\\S+)");
    private static final Pattern CURRENT_TIME = Pattern.compile(
            "(?i)(current_timestamp|now|localtime|localtimestamp)(\\(\\d*\\))?");
    private static final Set<String> NUMERIC = Set.of("tinyint", "smallint", "mediumint", "int", "integer",
            "bigint", "decimal", "numeric", "float", "double", "real", "year", "bit");
    private static final Map<String, Integer> JDBC_TYPES = jdbcTypes();

    private final ServerVersion server;

    ColumnMapper(ServerVersion server) {
        this.server = server;
    }

    /**
     * The column of a table or view.
     *
     * @param r              the row
     * @param tableCharset   the table's default character set, or null for a view
     * @param tableCollation the table's default collation, or null for a view
     */
    ColumnInfo column(Row r, String tableCharset, String tableCollation) {
        String extra = r.text("extra") == null ? "" : r.text("extra");
        String lowerExtra = extra.toLowerCase(Locale.ROOT);
        GeneratedColumn generated = null;
        if (lowerExtra.contains("generated") || lowerExtra.contains("persistent")
                || (lowerExtra.contains("virtual") && r.nonEmpty("generation_expression") != null)) {
            String expression = r.text("generation_expression");
            generated = new GeneratedColumn(expression == null ? "" : expression,
                    lowerExtra.contains("stored") || lowerExtra.contains("persistent"));
        }
        ColumnIdentity identity = lowerExtra.contains("auto_increment")
                ? new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null) : null;
        String defaultValue = generated == null ? defaultExpression(r.text("column_default"), lowerExtra,
                r.text("data_type")) : null;
        String collation = r.text("collation_name");
        if (tableCollation == null || collation == null || collation.equals(tableCollation)) {
            collation = null;
        }
        Map<String, String> options = new LinkedHashMap<>();
        String charset = r.text("charset");
        if (tableCharset != null && charset != null && !charset.equals(tableCharset)) {
            options.put(OptionKeys.CHARSET, charset);
        }
        Matcher onUpdate = ON_UPDATE_CLAUSE.matcher(extra);
        if (onUpdate.find()) {
            options.put(OptionKeys.ON_UPDATE, onUpdate.group(1));
        }
        if (r.text("srs_id") != null) {
            options.put(OptionKeys.SRS_ID, r.text("srs_id"));
        }
        return ColumnInfo.builder(r.text("column_name"), type(r.text("data_type"), r.text("column_type")))
                .ordinal(r.integer("ordinal_position", 0)).nullable(r.yes("is_nullable")).defaultValue(defaultValue)
                .identity(identity).generated(generated).collation(collation).comment(r.nonEmpty("column_comment"))
                .hidden(lowerExtra.contains("invisible")).options(options).build();
    }

    /** The type: {@code COLUMN_TYPE} as declared text, {@code DATA_TYPE} as base name, numbers in parentheses. */
    static DataType type(String dataType, String columnType) {
        String base = dataType == null ? columnType : dataType.toLowerCase(Locale.ROOT);
        List<Integer> modifiers = new ArrayList<>();
        Matcher m = MODIFIERS.matcher(columnType);
        if (m.find()) {
            for (String n : m.group(1).split(",")) {
                modifiers.add(Integer.valueOf(n.strip()));
            }
        }
        int jdbc = JDBC_TYPES.getOrDefault(base, Types.OTHER);
        if (base.equals("tinyint") && columnType.toLowerCase(Locale.ROOT).startsWith("tinyint(1)")) {
            jdbc = Types.BOOLEAN;
        }
        return DataType.builder(columnType, base).modifiers(modifiers).category(TypeCategory.BUILTIN).jdbcType(jdbc)
                .build();
    }

    /**
     * The default as an SQL expression, or null for none. MariaDB prints it that way already (quoted literals,
     * {@code NULL} for a nullable column without default); MySQL prints raw values and marks expressions with
     * DEFAULT_GENERATED.
     */
    String defaultExpression(String value, String lowerExtra, String dataType) {
        if (value == null) {
            return null;
        }
        if (server.mariaDb()) {
            return value.equals("NULL") ? null : value;
        }
        if (lowerExtra.contains("default_generated")) {
            return CURRENT_TIME.matcher(value).matches() ? value : "(" + value + ")";
        }
        String base = dataType == null ? "" : dataType.toLowerCase(Locale.ROOT);
        if (NUMERIC.contains(base) && !base.equals("bit")) {
            return value;
        }
        if (base.equals("bit") && value.startsWith("b'")) {
            return value;
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static Map<String, Integer> jdbcTypes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("tinyint", Types.TINYINT);
        m.put("smallint", Types.SMALLINT);
        m.put("mediumint", Types.INTEGER);
        m.put("int", Types.INTEGER);
        m.put("integer", Types.INTEGER);
        m.put("bigint", Types.BIGINT);
        m.put("decimal", Types.DECIMAL);
        m.put("numeric", Types.DECIMAL);
        m.put("float", Types.REAL);
        m.put("double", Types.DOUBLE);
        m.put("real", Types.DOUBLE);
        m.put("bit", Types.BIT);
        m.put("year", Types.SMALLINT);
        m.put("date", Types.DATE);
        m.put("time", Types.TIME);
        m.put("datetime", Types.TIMESTAMP);
        m.put("timestamp", Types.TIMESTAMP);
        m.put("char", Types.CHAR);
        m.put("varchar", Types.VARCHAR);
        m.put("tinytext", Types.VARCHAR);
        m.put("text", Types.LONGVARCHAR);
        m.put("mediumtext", Types.LONGVARCHAR);
        m.put("longtext", Types.LONGVARCHAR);
        m.put("json", Types.LONGVARCHAR);
        m.put("enum", Types.CHAR);
        m.put("set", Types.CHAR);
        m.put("binary", Types.BINARY);
        m.put("varbinary", Types.VARBINARY);
        m.put("tinyblob", Types.VARBINARY);
        m.put("blob", Types.LONGVARBINARY);
        m.put("mediumblob", Types.LONGVARBINARY);
        m.put("longblob", Types.LONGVARBINARY);
        return Map.copyOf(m);
    }
}
