package org.schemadiscovery.core.cache;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * What a cache miss needs when a stored entry exists: either only some tables and views read again and merged into
 * the stored snapshot ({@link Partial}), or a full discovery ({@link Full}, with the reason).
 *
 * <p>The reread set is the tables whose fingerprint digests moved, plus what the stored model names them from (see
 * {@link TableDependents}): a table whose digest did not move can still read differently when a table it names
 * changed.
 */
public sealed interface RereadPlan {

    /** Read these tables and views again (tables, views, indexes, constraints …) and merge. */
    record Partial(Set<TableRef> tables, int changed) implements RereadPlan {
        public Partial {
            tables = Set.copyOf(tables);
        }
    }

    /** Discover everything, because of {@code reason}. */
    record Full(String reason) implements RereadPlan {
        public Full {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * @param stored  the stored entry (fingerprint and snapshot)
     * @param current the fingerprint taken now
     * @param limit   largest share of the current tables and views a partial reread may read (0 disables it)
     */
    static RereadPlan of(CacheEntry stored, SchemaFingerprint current, double limit) {
        if (limit <= 0) {
            return new Full("partial rereads are disabled");
        }
        if (current.rest() == null || stored.fingerprint().rest() == null) {
            return new Full("the dialect's fingerprint does not locate changes (no rest digest)");
        }
        if (!current.confinedToTables(stored.fingerprint())) {
            return new Full("something besides tables and views changed (schemas, types, routines, sequences, "
                    + "extensions …)");
        }
        SchemaInfo snapshot = stored.snapshot();
        if (!snapshot.warnings().isEmpty()) {
            return new Full("the stored snapshot has warnings (it may be incomplete)");
        }
        Set<TableRef> changed = current.changedSince(stored.fingerprint());
        if (changed.isEmpty()) {
            return new Full("the fingerprint moved but no table digest did");
        }
        Set<TableRef> reread = new HashSet<>(changed);
        reread.addAll(TableDependents.of(snapshot, changed));
        // dropped tables are removed from the snapshot, not read: only those that exist now count against the limit
        long toRead = reread.stream().filter(current.tables()::containsKey).count();
        int total = Math.max(1, current.tables().size());
        if (toRead > limit * total) {
            return new Full(toRead + " of " + total + " tables and views to reread, more than "
                    + Math.round(limit * 100) + " %");
        }
        return new Partial(reread, changed.size());
    }
}
