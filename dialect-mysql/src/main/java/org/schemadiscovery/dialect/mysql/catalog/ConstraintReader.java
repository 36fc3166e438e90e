package org.schemadiscovery.dialect.mysql.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.spi.Discovered;

/**
 * Primary keys, unique constraints, foreign keys and CHECK constraints of every table in scope, from the rows of
 * table-constraints.sql, key-columns.sql, referential.sql and checks.sql. MySQL names every primary key
 * {@code PRIMARY}; that is the name reported. On MariaDB an ON UPDATE / ON DELETE clause left out reads back as
 * RESTRICT, which InnoDB treats exactly as NO ACTION: it is reported as NO ACTION.
 */
final class ConstraintReader {
    private ConstraintReader() {
    }

    /**
     * @param keys        constraint and key column rows
     * @param referential rows of referential.sql
     * @param checks      rows of checks.sql (empty where the server has no CHECK constraints)
     * @param relations   the session's relations: visible tables and their columns
     * @param scope       the databases in scope
     * @param mariaDb     true on MariaDB
     */
    static Discovered<ConstraintInfo> read(KeyRows keys, List<Row> referential, List<Row> checks,
                                           Relations relations, SchemaScope scope, boolean mariaDb) {
        Map<String, Row> rules = new LinkedHashMap<>();
        for (Row r : referential) {
            rules.put(key(r.text("table_schema"), r.text("table_name"), r.text("constraint_name")), r);
        }
        Map<String, Row> checkRows = new LinkedHashMap<>();
        for (Row r : checks) {
            checkRows.put(key(r.text("table_schema"), r.text("table_name"), r.text("constraint_name")), r);
        }
        List<ConstraintInfo> out = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        for (Map.Entry<TableRef, List<KeyRows.Key>> e : keys.constraints().entrySet()) {
            TableRef table = e.getKey();
            if (!relations.columnNames().containsKey(table)) {
                continue;
            }
            if (keys.derived().contains(table)) {
                warnings.add(new DiscoveryWarning(table.displayName(), "constraints", ErrorClass.PERMISSION,
                        "information_schema hides the constraints of " + table.displayName() + " from this account"
                                + " (it has no privilege beyond SELECT there): its keys were read from"
                                + " KEY_COLUMN_USAGE; foreign key actions and CHECK constraints are unknown"));
            }
            for (KeyRows.Key c : e.getValue()) {
                String name = c.name();
                String type = c.type();
                List<String> columns = keys.columns(table, name);
                switch (type) {
                    case "PRIMARY KEY" -> {
                        if (!columns.isEmpty()) {
                            out.add(new PrimaryKey(name, table, columns));
                        }
                    }
                    case "UNIQUE" -> out.add(UniqueConstraint.builder(table).name(name).columns(columns).build());
                    case "FOREIGN KEY" -> {
                        ForeignKey fk = foreignKey(table, name, keys,
                                rules.get(key(table.schema(), table.name(), name)), mariaDb);
                        if (fk != null) {
                            out.add(fk);
                            if (scope.contains(fk.referencedTable().schema()) && scope.wants(fk.referencedTable())
                                    && !relations.knows(fk.referencedTable())) {
                                warnings.add(new DiscoveryWarning(table.displayName() + "." + name, "constraints",
                                        ErrorClass.PERMISSION, "foreign key " + name + " of " + table.displayName()
                                        + " references " + fk.referencedTable().displayName() + ", which"
                                        + " information_schema does not show (no privilege on it, or it was dropped"
                                        + " with foreign_key_checks off)"));
                            }
                        }
                    }
                    case "CHECK" -> {
                        Row check = checkRows.get(key(table.schema(), mariaDb ? table.name() : null, name));
                        if (check != null) {
                            String clause = check.text("check_clause");
                            Set<String> visible = relations.columnNames().get(table);
                            List<String> mentioned = SqlText.quotedNames(clause).stream()
                                    .filter(visible::contains).toList();
                            out.add(CheckConstraint.builder(table, clause).name(name).columns(mentioned)
                                    .validated(c.enforced()).build());
                        }
                    }
                    default -> {
                        // other kinds (none today) are not part of the model
                    }
                }
            }
        }
        return new Discovered<>(out, warnings);
    }

    private static ForeignKey foreignKey(TableRef table, String name, KeyRows keys, Row rule, boolean mariaDb) {
        List<Row> parts = keys.columnRows(table, name);
        if (parts.isEmpty()) {
            return null;
        }
        Row first = parts.get(0);
        String refSchema = first.text("referenced_schema") != null ? first.text("referenced_schema")
                : rule == null ? table.schema() : rule.text("referenced_schema");
        String refTable = first.text("referenced_table") != null ? first.text("referenced_table")
                : rule == null ? null : rule.text("referenced_table");
        if (refTable == null) {
            return null;
        }
        List<String> columns = parts.stream().map(r -> r.text("column_name")).toList();
        List<String> referenced = parts.stream().map(r -> r.text("referenced_column")).toList();
        if (referenced.contains(null)) {
            referenced = List.of();
        }
        ReferentialAction onUpdate = rule == null ? ReferentialAction.NO_ACTION : action(rule.text("update_rule"),
                mariaDb);
        ReferentialAction onDelete = rule == null ? ReferentialAction.NO_ACTION : action(rule.text("delete_rule"),
                mariaDb);
        return ForeignKey.builder(table, new TableRef(null, refSchema, refTable)).name(name).columns(columns)
                .referencedColumns(referenced).match(MatchType.SIMPLE).onUpdate(onUpdate).onDelete(onDelete)
                .validated(true).build();
    }

    static ReferentialAction action(String rule, boolean mariaDb) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> mariaDb ? ReferentialAction.NO_ACTION : ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String key(String schema, String table, String name) {
        return schema + "\u0000" + table + "\u0000" + name;
    }
}
