package org.schemadiscovery.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;

/**
 * Puts the sequences a partial reread read into the stored list. A sequence a table owns (serial, identity, OWNED BY)
 * counts for that table's fingerprint digest, so a reread table may have gained, lost or changed one; the others did
 * not move (the rest digest stood). The stored sequences owned by a reread table are replaced by what was read, and
 * every sequence read replaces the stored one of the same name (a dialect may read more than the restriction asks).
 * A stored sequence's owner is found by matching its {@code ownedBy} ({@code schema.table.column}) against the stored
 * tables' columns; when that is not exactly one column (names with dots, an owner outside the scope), the owners
 * cannot be told apart and nothing is merged: the caller reads every sequence instead.
 */
final class RereadSequences {
    private RereadSequences() {
    }

    /**
     * @param stored       the stored sequences
     * @param storedTables the stored tables, to find the owners by
     * @param reread       the tables and views read again
     * @param read         the sequences read under the restriction
     * @return the merged list in reference order, or empty when an owner could not be told
     */
    static Optional<List<SequenceInfo>> merge(List<SequenceInfo> stored, List<TableInfo> storedTables,
                                              Set<TableRef> reread, List<SequenceInfo> read) {
        Map<String, List<TableRef>> owners = owners(stored, storedTables);
        Set<TableRef> readRefs = read.stream().map(SequenceInfo::ref).collect(Collectors.toSet());
        List<SequenceInfo> out = new ArrayList<>(stored.size() + read.size());
        for (SequenceInfo sequence : stored) {
            if (readRefs.contains(sequence.ref())) {
                continue;
            }
            if (sequence.ownedBy() != null) {
                List<TableRef> owner = owners.getOrDefault(sequence.ownedBy(), List.of());
                if (owner.size() != 1) {
                    return Optional.empty();
                }
                if (reread.contains(owner.get(0))) {
                    continue;
                }
            }
            out.add(sequence);
        }
        out.addAll(read);
        out.sort(Comparator.comparing(SequenceInfo::ref));
        return Optional.of(List.copyOf(out));
    }

    /**
     * The stored tables owning each column named by a stored sequence's {@code ownedBy}: empty without owned
     * sequences, so that a schema without them (SQLite) is not walked column by column (35,000 for 5000 tables).
     */
    private static Map<String, List<TableRef>> owners(List<SequenceInfo> stored, List<TableInfo> storedTables) {
        Set<String> named = new HashSet<>();
        stored.forEach(s -> {
            if (s.ownedBy() != null) {
                named.add(s.ownedBy());
            }
        });
        Map<String, List<TableRef>> owners = new HashMap<>();
        if (named.isEmpty()) {
            return owners;
        }
        for (TableInfo table : storedTables) {
            for (ColumnInfo column : table.columns()) {
                String key = table.ref().schema() + "." + table.ref().name() + "." + column.name();
                if (named.contains(key)) {
                    owners.computeIfAbsent(key, k -> new ArrayList<>()).add(table.ref());
                }
            }
        }
        return owners;
    }
}
