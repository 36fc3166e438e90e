package org.schemadiscovery.core.cache;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * The stored tables and views whose model can change when other tables change although their own catalog rows do
 * not, so that a fingerprint does not see them move:
 * <ul>
 *   <li>a table with a foreign key to a changed table (the referenced name and columns are the other table's: a
 *       rename, or SQLite resolving {@code REFERENCES t} to t's primary key);</li>
 *   <li>a partition of a changed parent (its parent's name, its indexes' parent index names);</li>
 *   <li>a table whose policy or trigger text names a changed table or view (PostgreSQL prints such text from object
 *       ids, so a rename elsewhere changes it);</li>
 *   <li>a table with a column whose type or default names a changed table or view (PostgreSQL: a column of a
 *       table's row type, or a {@code 't'::regclass} default, shows today's name; the column's rows do not
 *       change);</li>
 *   <li>a view whose definition names a changed table or view, transitively (SQLite resolves {@code SELECT *} when
 *       read; PostgreSQL prints the definition with today's names); a view without a definition always.</li>
 * </ul>
 * The model does not list a view's dependencies, so "names" means: one of the identifiers in the text (bare or quoted,
 * case-insensitive) is the table's name. That may reread a view that only shares a name with a changed table — never
 * miss one that depends on it.
 */
final class TableDependents {
    private TableDependents() {
    }

    /** Tables and views of {@code snapshot}, not in {@code changed}, that must be read again with it. */
    static Set<TableRef> of(SchemaInfo snapshot, Set<TableRef> changed) {
        Set<TableRef> out = new HashSet<>();
        Names changedNames = new Names(names(changed));
        for (TableInfo t : snapshot.tables()) {
            if (changed.contains(t.ref())) {
                continue;
            }
            // a partitioned parent has partition info without a parent
            TableRef parent = t.partition() == null ? null : t.partition().parent();
            boolean partitionOfChanged = parent != null && changed.contains(parent);
            if (referencesChanged(t, changed) || partitionOfChanged || textNames(t, changedNames)) {
                out.add(t.ref());
            }
        }
        // views on views: repeat until no view is added
        Set<String> viewNames = new HashSet<>(changedNames.all());
        Names names = changedNames;
        boolean added = true;
        while (added) {
            added = false;
            for (ViewInfo v : snapshot.views()) {
                if (changed.contains(v.ref()) || out.contains(v.ref())) {
                    continue;
                }
                Names current = names;
                if (v.definition() == null || mentions(v.definition(), current)
                        || v.triggers().stream().anyMatch(tr -> mentions(tr.definition(), current))) {
                    out.add(v.ref());
                    viewNames.add(v.ref().name().toLowerCase(Locale.ROOT));
                    names = new Names(viewNames);
                    added = true;
                }
            }
        }
        return Set.copyOf(out);
    }

    private static boolean referencesChanged(TableInfo t, Set<TableRef> changed) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.referencedTable() != null && changed.contains(fk.referencedTable())) {
                return true;
            }
        }
        return false;
    }

    private static boolean textNames(TableInfo t, Names names) {
        for (ColumnInfo c : t.columns()) {
            if (mentions(c.type() == null ? null : c.type().declared(), names) || mentions(c.defaultValue(), names)) {
                return true;
            }
        }
        for (PolicyInfo p : t.policies()) {
            if (mentions(p.using(), names) || mentions(p.withCheck(), names)) {
                return true;
            }
        }
        for (TriggerInfo tr : t.triggers()) {
            if (mentions(tr.definition(), names)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-cased names looked for, and whether each is plain (ASCII without quotes), told once per search rather
     * than once per text (every column type and default of every stored table is searched, 70,000 texts for 5000
     * tables).
     */
    private record Names(Set<String> all, boolean allPlain, int shortest) {
        Names(Set<String> all) {
            this(all, all.stream().allMatch(TableDependents::plain),
                    all.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE));
        }
    }

    /**
     * True when no identifier of the text can be one of the names, told without tokenizing it: an ASCII text does
     * not contain a name of ASCII characters and no quote, ignoring case (nor any name longer than itself). Any other
     * text or name is tokenized.
     */
    private static boolean cannotMention(String sql, Names names) {
        if (!names.allPlain()) {
            return false;
        }
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) >= 0x80) {
                return false;
            }
        }
        if (sql.length() < names.shortest()) {
            return true;
        }
        for (String name : names.all()) {
            if (containsIgnoringCase(sql, name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || c == '"' || c == '`' || c == '\'' || c == '[' || c == ']') {
                return false;
            }
        }
        return !name.isEmpty();
    }

    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(Set<TableRef> refs) {
        Set<String> out = new HashSet<>();
        refs.forEach(r -> out.add(r.name().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** True when one identifier of the SQL text, lower-cased, is in {@code names}. */
    static boolean mentions(String sql, Set<String> names) {
        return mentions(sql, new Names(names));
    }

    private static boolean mentions(String sql, Names names) {
        if (sql == null || sql.isEmpty() || cannotMention(sql, names)) {
            return false;
        }
        for (String token : SqlTokens.identifiers(sql)) {
            if (names.all().contains(token)) {
                return true;
            }
        }
        return false;
    }
}
