package org.schemadiscovery.infoschema;

import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.support.SqlResources;

/**
 * Tables with their columns, and primary keys, unique, foreign-key and CHECK constraints, read from the SQL
 * standard's {@code INFORMATION_SCHEMA} views and assembled into the model: a fixed number of statements per schema,
 * whatever the number of tables. A dialect keeps the assembly and overrides what its catalog does its own way: a
 * query ({@link #query}, same result columns), the type rendering ({@link #type}), the reference ({@link #ref}),
 * the table or column built ({@link #table}, {@link #column}). Stateless; subclasses should stay so.
 *
 * <pre>{@code
 * final class H2Catalog extends InformationSchemaReader {
 *     @Override protected DataType type(ColumnRow c) { ... }   // e.g. H2's CHARACTER VARYING(12)
 * }
 * Discovered<TableInfo> tables = new H2Catalog().tables(session.connection(), schemas);
 * }</pre>
 */
public class InformationSchemaReader {
    /** The queries, in the order {@link #tables} and {@link #constraints} run them for each schema. */
    public static final List<String> QUERIES = List.of("columns", "tables", "constraints", "key-columns",
            "referential", "checks", "check-columns");
    private static final SqlResources SQL = SqlResources.load(
            name -> InformationSchemaReader.class.getResourceAsStream(name), QUERIES);
    private static final Comparator<ConstraintInfo> ORDER = Comparator.comparing(ConstraintInfo::table)
            .thenComparingInt(InformationSchemaReader::rank)
            .thenComparing(ConstraintInfo::name, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The text of one of {@link #QUERIES}; one {@code ?}, the schema name. Override to adapt it to a catalog. */
    protected String query(String name) {
        return SQL.text(name);
    }

    /** Base tables of the schemas with their columns, in reference order (two statements per schema). */
    public Discovered<TableInfo> tables(Connection connection, List<String> schemas) throws SQLException {
        List<TableInfo> out = new ArrayList<>();
        for (String schema : schemas) {
            Map<String, List<ColumnInfo>> columns = new HashMap<>();
            for (Object[] r : rows(connection, "columns", schema, 9)) {
                ColumnRow row = new ColumnRow((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        (String) r[3], number(r[4]), number(r[5]), number(r[6]), "YES".equals(r[7]), (String) r[8]);
                columns.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(column(row));
            }
            for (Object[] r : rows(connection, "tables", schema, 1)) {
                String name = (String) r[0];
                out.add(table(ref(schema, name), columns.getOrDefault(name, List.of())).build());
            }
        }
        out.sort(Comparator.comparing(TableInfo::ref));
        return Discovered.of(out);
    }

    /**
     * Primary keys, unique, foreign-key and CHECK constraints of the schemas' tables, by table, then kind, then name
     * (five statements per schema). A foreign key whose referenced key is in no schema read is left out with a
     * warning naming it.
     */
    public Discovered<ConstraintInfo> constraints(Connection connection, List<String> schemas) throws SQLException {
        Map<List<String>, Object[]> declared = new LinkedHashMap<>();
        Map<List<String>, List<String>> keyColumns = new HashMap<>();
        Map<List<String>, Object[]> references = new HashMap<>();
        Map<List<String>, String> checks = new HashMap<>();
        Map<List<String>, List<String>> checkColumns = new HashMap<>();
        for (String schema : schemas) {
            rows(connection, "constraints", schema, 5).forEach(r -> declared.put(List.of(schema, (String) r[1]), r));
            rows(connection, "key-columns", schema, 3).forEach(r -> keyColumns
                    .computeIfAbsent(List.of(schema, (String) r[0]), k -> new ArrayList<>()).add((String) r[1]));
            rows(connection, "referential", schema, 6).forEach(r -> references.put(List.of(schema, (String) r[0]), r));
            rows(connection, "checks", schema, 2).forEach(r -> checks.put(List.of(schema, (String) r[0]),
                    (String) r[1]));
            rows(connection, "check-columns", schema, 2).forEach(r -> checkColumns
                    .computeIfAbsent(List.of(schema, (String) r[0]), k -> new ArrayList<>()).add((String) r[1]));
        }
        List<ConstraintInfo> out = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        declared.forEach((key, r) -> {
            TableRef table = ref(key.get(0), (String) r[0]);
            String name = key.get(1);
            List<String> columns = keyColumns.getOrDefault(key, List.of());
            boolean deferrable = "YES".equals(r[3]);
            boolean deferred = "YES".equals(r[4]);
            switch (String.valueOf(r[2]).toUpperCase(Locale.ROOT)) {
                case "PRIMARY KEY" -> out.add(new PrimaryKey(name, table, columns));
                case "UNIQUE" -> out.add(new UniqueConstraint(name, table, columns, false, deferrable, deferred));
                case "CHECK" -> out.add(new CheckConstraint(name, table, checkColumns.getOrDefault(key, List.of()),
                        checks.getOrDefault(key, ""), true));
                case "FOREIGN KEY" -> {
                    Object[] f = references.get(key);
                    List<String> target = f == null ? null : List.of((String) f[1], (String) f[2]);
                    Object[] unique = target == null ? null : declared.get(target);
                    if (unique == null) {
                        warnings.add(new DiscoveryWarning(table.displayName() + "." + name, "constraints",
                                ErrorClass.PERMISSION, "the key foreign key " + name + " references is not readable"));
                    } else {
                        out.add(new ForeignKey(name, table, columns, ref(target.get(0), (String) unique[0]),
                                keyColumns.getOrDefault(target, List.of()), match((String) f[3]),
                                action((String) f[4]), action((String) f[5]), deferrable, deferred, true));
                    }
                }
                default -> {
                    // another kind (e.g. a NOT NULL the catalog lists as a constraint) is not a constraint here
                }
            }
        });
        out.sort(ORDER);
        return new Discovered<>(out, warnings);
    }

    /** The model reference of a table; by default without catalog. */
    protected TableRef ref(String schema, String table) {
        return new TableRef(null, schema, table);
    }

    /** The table built from its reference and columns; override to add what the dialect reads besides. */
    protected TableInfo.Builder table(TableRef ref, List<ColumnInfo> columns) {
        return TableInfo.builder(ref, TableKind.TABLE).columns(columns);
    }

    /** The column built from its row. */
    protected ColumnInfo column(ColumnRow row) {
        return ColumnInfo.builder(row.name(), type(row)).ordinal(row.ordinal()).nullable(row.nullable())
                .defaultValue(row.defaultValue()).build();
    }

    /**
     * The column's type: {@code DATA_TYPE} with the character length or the numeric precision and scale the
     * standard declares with it, e.g. {@code CHARACTER VARYING(12)}, {@code NUMERIC(10,2)}.
     */
    protected DataType type(ColumnRow c) {
        String base = c.dataType().toUpperCase(Locale.ROOT);
        List<Integer> modifiers = switch (base) {
            case "CHARACTER", "CHARACTER VARYING", "CHAR", "VARCHAR", "BINARY", "BINARY VARYING", "VARBINARY" ->
                    c.length() == null ? List.of() : List.of(c.length().intValue());
            case "NUMERIC", "DECIMAL" -> c.precision() == null ? List.of() : c.scale() == null
                    ? List.of(c.precision().intValue()) : List.of(c.precision().intValue(), c.scale().intValue());
            default -> List.of();
        };
        String declared = modifiers.isEmpty() ? base : base + modifiers.stream().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).map(m -> "(" + m + ")").orElse("");
        return new DataType(declared, base, modifiers, 0, TypeCategory.BUILTIN, null, jdbcType(base));
    }

    /** The {@link Types} constant of a standard type name; {@link Types#OTHER} for any other. */
    protected int jdbcType(String base) {
        try {
            return JDBCType.valueOf(base.replace(' ', '_').replace("CHARACTER_VARYING", "VARCHAR")
                    .replace("CHARACTER", "CHAR").replace("DOUBLE_PRECISION", "DOUBLE")
                    .replace("TIMESTAMP_WITH_TIME_ZONE", "TIMESTAMP_WITH_TIMEZONE")).getVendorTypeNumber();
        } catch (IllegalArgumentException e) {
            return Types.OTHER;
        }
    }

    /** {@code UPDATE_RULE} / {@code DELETE_RULE} as the model's action. */
    protected ReferentialAction action(String rule) {
        return ReferentialAction.valueOf(rule.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }

    /** {@code MATCH_OPTION} as the model's match type; {@code NONE} is the standard's name for SIMPLE. */
    protected MatchType match(String option) {
        return option == null || "NONE".equalsIgnoreCase(option) ? MatchType.SIMPLE
                : MatchType.valueOf(option.strip().toUpperCase(Locale.ROOT));
    }

    private List<Object[]> rows(Connection connection, String query, String schema, int width) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(query(query))) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static int rank(ConstraintInfo c) {
        return c instanceof PrimaryKey ? 0 : c instanceof UniqueConstraint ? 1 : c instanceof ForeignKey ? 2 : 3;
    }
}
