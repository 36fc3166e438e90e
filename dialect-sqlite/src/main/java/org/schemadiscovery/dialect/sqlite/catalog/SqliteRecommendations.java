package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.dialect.sqlite.render.OptionKeys;

/** SQLite-only rules; the generic ones (FK without index, no primary key, ...) live in core. */
final class SqliteRecommendations {
    /** Foreign keys exist but this connection does not enforce them. */
    static final String FOREIGN_KEYS_OFF = "sqlite-foreign-keys-off";
    /** AUTOINCREMENT where the plain rowid alias would do. */
    static final String AUTOINCREMENT = "sqlite-autoincrement";
    /** Primary-key columns of a rowid table that accept NULL. */
    static final String NULLABLE_PRIMARY_KEY = "sqlite-nullable-primary-key";

    private SqliteRecommendations() {
    }

    /**
     * The rules applied to a discovered schema.
     *
     * @param schema      the discovered schema
     * @param foreignKeys {@code on}/{@code off}: the connection's {@code foreign_keys} pragma
     */
    static List<Recommendation> evaluate(SchemaInfo schema, String foreignKeys) {
        List<Recommendation> out = new ArrayList<>();
        foreignKeysOff(schema, foreignKeys, out);
        for (TableInfo t : schema.tables()) {
            ofTable(t, out);
        }
        return out;
    }

    /**
     * The rules applied to a model merged after a partial reread, equal to {@link #evaluate} of it: the per-table
     * rules run for the reread tables and their stored findings stand for the others (a model of 5000 tables has
     * thousands of AUTOINCREMENT findings to build); the per-schema rule counts the merged model.
     *
     * @param stored the snapshot before the reread, with its findings
     */
    static List<Recommendation> afterReread(SchemaInfo merged, SchemaInfo stored, Set<TableRef> reread,
                                            String foreignKeys) {
        List<Recommendation> out = new ArrayList<>();
        foreignKeysOff(merged, foreignKeys, out);
        Set<String> rereadNames = new HashSet<>();
        reread.forEach(t -> rereadNames.add(t.displayName()));
        for (Recommendation r : stored.recommendations()) {
            if ((r.ruleId().equals(AUTOINCREMENT) || r.ruleId().equals(NULLABLE_PRIMARY_KEY))
                    && !rereadNames.contains(r.object())) {
                out.add(r);
            }
        }
        for (TableInfo t : merged.tables()) {
            if (reread.contains(t.ref())) {
                ofTable(t, out);
            }
        }
        return out;
    }

    private static void foreignKeysOff(SchemaInfo schema, String foreignKeys, List<Recommendation> out) {
        if ("off".equals(foreignKeys)) {
            Map<String, Integer> perSchema = new LinkedHashMap<>();
            for (TableInfo t : schema.tables()) {
                if (!t.foreignKeys().isEmpty()) {
                    perSchema.merge(t.ref().schema(), t.foreignKeys().size(), Integer::sum);
                }
            }
            perSchema.forEach((s, count) -> out.add(Recommendation.builder(FOREIGN_KEYS_OFF, Severity.WARNING, s,
                    count + " foreign key" + (count == 1 ? " is" : "s are") + " declared in schema " + s
                            + " but PRAGMA foreign_keys is off, so SQLite does not enforce them; enable it on"
                            + " every connection that writes")
                    .suggestedDdl("PRAGMA foreign_keys = ON").build()));
        }
    }

    /** The per-table rules, each finding naming the table by its display name. */
    private static void ofTable(TableInfo t, List<Recommendation> out) {
        if (t.kind() != TableKind.TABLE) {
            return;
        }
        if ("true".equals(t.options().get(OptionKeys.AUTOINCREMENT))) {
            String column = t.columns().stream()
                    .filter(c -> "true".equals(c.options().get(OptionKeys.ROWID_ALIAS)))
                    .map(ColumnInfo::name).findFirst().orElse("rowid");
            out.add(Recommendation.builder(AUTOINCREMENT, Severity.INFO, t.ref().displayName(),
                    "AUTOINCREMENT on " + t.ref().displayName() + "." + column + " costs a sqlite_sequence"
                            + " update on every insert; the INTEGER PRIMARY KEY alone already assigns unique"
                            + " rowids, so drop AUTOINCREMENT unless ids of deleted rows must never be reused")
                    .build());
        }
        boolean rowidTable = !"true".equals(t.options().get(OptionKeys.WITHOUT_ROWID));
        Optional<PrimaryKey> pk = t.primaryKey();
        if (rowidTable && pk.isPresent()) {
            List<String> nullable = pk.get().columns().stream()
                    .filter(name -> t.column(name).map(ColumnInfo::nullable).orElse(false)).toList();
            if (!nullable.isEmpty()) {
                out.add(Recommendation.builder(NULLABLE_PRIMARY_KEY, Severity.WARNING, t.ref().displayName(),
                        "primary-key column" + (nullable.size() == 1 ? " " : "s ") + String.join(", ", nullable)
                                + " of rowid table " + t.ref().displayName() + " accept"
                                + (nullable.size() == 1 ? "s" : "") + " NULL (SQLite's legacy quirk);"
                                + " declare " + (nullable.size() == 1 ? "it" : "them") + " NOT NULL").build());
            }
        }
    }
}
