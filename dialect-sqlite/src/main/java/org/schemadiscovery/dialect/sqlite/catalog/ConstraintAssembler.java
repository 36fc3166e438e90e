package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.dialect.sqlite.parse.ConstraintDefinition;
import org.schemadiscovery.dialect.sqlite.parse.DdlParser;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.TableDefinition;

/**
 * Builds constraints: keys and foreign keys from the pragmas (authoritative for columns and actions), names, CHECKs,
 * MATCH and DEFERRABLE from the parsed CREATE TABLE.
 */
public final class ConstraintAssembler {
    /** Order of constraint kinds in a table's list. */
    public static final Comparator<ConstraintInfo> ORDER = Comparator
            .comparingInt(ConstraintAssembler::kindRank)
            .thenComparing(ConstraintInfo::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> String.join("\u0000", c.columns()))
            .thenComparing(ConstraintAssembler::detail);

    private ConstraintAssembler() {
    }

    /** Constraints of every table, ordered by table, then kind, then name. */
    public static Discovered<ConstraintInfo> constraints(Snapshot snapshot) throws SQLException {
        Definitions defs = snapshot.definitions();
        Snapshot.Columns columns = snapshot.columns();
        Map<TableRef, List<IndexColumnRow>> uniqueRows = new HashMap<>();
        for (IndexColumnRow r : snapshot.indexColumns()) {
            if ("u".equals(r.origin())) {
                uniqueRows.computeIfAbsent(TableRef.of(r.schema(), r.table()), k -> new ArrayList<>()).add(r);
            }
        }
        Map<TableRef, List<ForeignKeyRow>> fkRows = new HashMap<>();
        for (ForeignKeyRow r : snapshot.foreignKeys()) {
            fkRows.computeIfAbsent(TableRef.of(r.schema(), r.table()), k -> new ArrayList<>()).add(r);
        }
        List<ConstraintInfo> out = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        List<ObjectRow> tables = new ArrayList<>(defs.tables());
        tables.sort(Comparator.comparing(Definitions::ref));
        Map<String, Map<String, ObjectRow>> tablesBySchema = new HashMap<>();
        for (ObjectRow o : tables) {
            TableRef ref = Definitions.ref(o);
            if (o.isVirtual() || !snapshot.wants(ref)) {
                // a table outside the restriction was read only as the parent of a wanted one's foreign key
                continue;
            }
            Parsed<TableDefinition> parsed = defs.table(o);
            if (!parsed.ok()) {
                warnings.add(TableAssembler.parseWarning(ref, "constraints", parsed.error(),
                        "constraint names, CHECK constraints, MATCH and DEFERRABLE are unknown"));
            }
            TableDefinition def = parsed.value();
            List<ColumnRow> cols = columns.of(ref);
            List<String> columnNames = cols.stream().map(ColumnRow::name).toList();
            List<ConstraintInfo> mine = new ArrayList<>();
            primaryKey(ref, def, cols).ifPresent(mine::add);
            mine.addAll(uniques(ref, def, uniqueRows.getOrDefault(ref, List.of())));
            if (def != null) {
                for (ConstraintDefinition.Check check : def.constraints(ConstraintDefinition.Check.class)) {
                    mine.add(CheckConstraint.builder(ref, check.expression()).name(check.name())
                            .columns(DdlParser.mentionedColumns(check.expression(), columnNames)).validated(true)
                            .build());
                }
            }
            mine.addAll(foreignKeys(ref, def, fkRows.getOrDefault(ref, List.of()),
                    tablesBySchema.computeIfAbsent(ref.schema(), defs::tablesOf), columns));
            mine.sort(ORDER);
            out.addAll(mine);
        }
        return new Discovered<>(out, warnings);
    }

    private static Optional<ConstraintInfo> primaryKey(TableRef ref, TableDefinition def, List<ColumnRow> cols) {
        List<String> key = cols.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(ColumnRow::pk))
                .map(ColumnRow::name).toList();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String name = def == null ? null : def.constraints(ConstraintDefinition.PrimaryKey.class).stream()
                .map(ConstraintDefinition::name).filter(n -> n != null).findFirst().orElse(null);
        return Optional.of(new PrimaryKey(name, ref, key));
    }

    private static List<ConstraintInfo> uniques(TableRef ref, TableDefinition def, List<IndexColumnRow> rows) {
        Map<String, List<String>> byIndex = new LinkedHashMap<>();
        for (IndexColumnRow r : rows) {
            byIndex.computeIfAbsent(r.index(), k -> new ArrayList<>()).add(r.column());
        }
        List<ConstraintDefinition.Unique> declared = def == null ? new ArrayList<>()
                : new ArrayList<>(def.constraints(ConstraintDefinition.Unique.class));
        List<ConstraintInfo> out = new ArrayList<>();
        for (List<String> columns : byIndex.values()) {
            String name = null;
            for (ConstraintDefinition.Unique u : declared) {
                if (u.name() != null && IndexAssembler.sameColumns(u.columns(), columns)) {
                    name = u.name();
                    declared.remove(u);
                    break;
                }
            }
            out.add(UniqueConstraint.builder(ref).name(name).columns(columns).build());
        }
        return out;
    }

    private static List<ConstraintInfo> foreignKeys(TableRef ref, TableDefinition def, List<ForeignKeyRow> rows,
                                                    Map<String, ObjectRow> tablesOfSchema,
                                                    Snapshot.Columns columns) {
        Map<Integer, List<ForeignKeyRow>> byId = new LinkedHashMap<>();
        for (ForeignKeyRow r : rows) {
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        List<ConstraintDefinition.ForeignKey> declared = def == null ? List.of()
                : def.constraints(ConstraintDefinition.ForeignKey.class);
        boolean[] used = new boolean[declared.size()];
        List<ConstraintInfo> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ForeignKeyRow>> e : byId.entrySet()) {
            List<ForeignKeyRow> key = e.getValue();
            key.sort(Comparator.comparingInt(ForeignKeyRow::seq));
            ForeignKeyRow first = key.get(0);
            List<String> from = key.stream().map(ForeignKeyRow::column).toList();
            boolean implicit = key.stream().anyMatch(r -> r.referencedColumn() == null);
            List<String> to = implicit ? List.of() : key.stream().map(ForeignKeyRow::referencedColumn).toList();
            ConstraintDefinition.ForeignKey match = matchDeclared(declared, used, e.getKey(), first.referencedTable(),
                    from, to);

            ObjectRow parent = tablesOfSchema.get(Names.key(first.referencedTable()));
            TableRef parentRef = parent == null ? TableRef.of(ref.schema(), first.referencedTable())
                    : Definitions.ref(parent);
            List<ColumnRow> parentColumns = parent == null ? List.of() : columns.of(parentRef);
            List<String> referenced = implicit
                    ? parentColumns.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(ColumnRow::pk))
                    .map(ColumnRow::name).toList()
                    : to.stream().map(c -> canonical(c, parentColumns)).toList();
            if (referenced.size() != from.size()) {
                referenced = List.of();
            }
            out.add(ForeignKey.builder(ref, parentRef).name(match == null ? null : match.name()).columns(from)
                    .referencedColumns(referenced).match(matchType(match)).onUpdate(action(first.onUpdate()))
                    .onDelete(action(first.onDelete())).deferrable(match != null && match.deferrable())
                    .initiallyDeferred(match != null && match.initiallyDeferred()).validated(true).build());
        }
        return out;
    }

    /**
     * The declared clause a pragma foreign key came from: the first unused one with the same columns and parent,
     * else the one at its position (SQLite numbers foreign keys from the last declared).
     */
    private static ConstraintDefinition.ForeignKey matchDeclared(List<ConstraintDefinition.ForeignKey> declared,
                                                                 boolean[] used, int id, String table,
                                                                 List<String> from, List<String> to) {
        for (int i = declared.size() - 1; i >= 0; i--) {
            ConstraintDefinition.ForeignKey d = declared.get(i);
            if (!used[i] && Names.same(d.table(), table) && IndexAssembler.sameColumns(d.columns(), from)
                    && IndexAssembler.sameColumns(d.referencedColumns(), to)) {
                used[i] = true;
                return d;
            }
        }
        int position = declared.size() - 1 - id;
        if (position >= 0 && position < declared.size() && !used[position]) {
            used[position] = true;
            return declared.get(position);
        }
        return null;
    }

    private static String canonical(String column, List<ColumnRow> columns) {
        return columns.stream().map(ColumnRow::name).filter(n -> Names.same(n, column)).findFirst().orElse(column);
    }

    private static MatchType matchType(ConstraintDefinition.ForeignKey declared) {
        if (declared == null || declared.match() == null) {
            return MatchType.SIMPLE;
        }
        return switch (declared.match().toUpperCase(Locale.ROOT)) {
            case "FULL" -> MatchType.FULL;
            case "PARTIAL" -> MatchType.PARTIAL;
            default -> MatchType.SIMPLE;
        };
    }

    private static ReferentialAction action(String words) {
        if (words == null) {
            return ReferentialAction.NO_ACTION;
        }
        try {
            return ReferentialAction.valueOf(words.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return ReferentialAction.NO_ACTION;
        }
    }

    private static int kindRank(ConstraintInfo c) {
        if (c instanceof PrimaryKey) {
            return 0;
        }
        if (c instanceof UniqueConstraint) {
            return 1;
        }
        if (c instanceof CheckConstraint) {
            return 2;
        }
        return c instanceof ForeignKey ? 3 : 4;
    }

    private static String detail(ConstraintInfo c) {
        if (c instanceof CheckConstraint k) {
            return k.expression();
        }
        if (c instanceof ForeignKey f) {
            return f.referencedTable().displayName() + '\u0000' + String.join("\u0000", f.referencedColumns());
        }
        return "";
    }
}
