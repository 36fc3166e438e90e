package org.schemadiscovery.core.cache;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;

/**
 * A discovery through a cache: the model, how the lookup ended, and on a hit from a store that keeps bytes the
 * stored JSON, so that a caller that only writes the snapshot out again can copy it without the model ever being
 * parsed ({@link #stored()}). Thread-safe; a hit's model is parsed at most once, on the first {@link #schema()}.
 */
public final class CachedDiscovery {
    private final CacheOutcome outcome;
    private final List<String> warnings;
    private final int tablesReread;
    private final String fullReason;
    private final DiscoveryMetrics metrics;
    private final CacheEntry hit;
    private volatile SchemaInfo schema;

    /**
     * @param schema       the model: the stored one with the changed tables read again on a partial reread (with
     *                     that run's metrics), else a fresh discovery's
     * @param outcome      hit, partial, miss, refresh or uncacheable
     * @param warnings     problems with the store (unreachable, unreadable or corrupt entry), each of which made a miss
     * @param tablesReread on {@link CacheOutcome#PARTIAL}, how many tables and views were read again; else 0
     * @param fullReason   on a miss although an entry was stored, why it was not updated by a partial reread; else null
     */
    public CachedDiscovery(SchemaInfo schema, CacheOutcome outcome, List<String> warnings, int tablesReread,
                           String fullReason) {
        this(Objects.requireNonNull(schema, "schema"), null, schema.metrics(), outcome, warnings, tablesReread,
                fullReason);
    }

    /** A discovery that read no table again selectively (hit, miss, refresh, uncacheable). */
    public CachedDiscovery(SchemaInfo schema, CacheOutcome outcome, List<String> warnings) {
        this(schema, outcome, warnings, 0, null);
    }

    private CachedDiscovery(SchemaInfo schema, CacheEntry hit, DiscoveryMetrics metrics, CacheOutcome outcome,
                            List<String> warnings, int tablesReread, String fullReason) {
        this.schema = schema;
        this.hit = hit;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.warnings = List.copyOf(warnings);
        this.tablesReread = tablesReread;
        this.fullReason = fullReason;
    }

    /** A hit: the stored entry's model with the fingerprint run's metrics, parsed when first asked for. */
    public static CachedDiscovery hit(CacheEntry stored, DiscoveryMetrics metrics, List<String> warnings) {
        return new CachedDiscovery(null, Objects.requireNonNull(stored, "stored"), metrics, CacheOutcome.HIT,
                warnings, 0, null);
    }

    /**
     * The model: the stored one on a hit (with the fingerprint run's metrics), the stored one with the changed tables
     * read again on a partial reread (with that run's metrics), else a fresh discovery's.
     */
    public SchemaInfo schema() {
        SchemaInfo s = schema;
        if (s == null) {
            synchronized (this) {
                s = schema;
                if (s == null) {
                    s = hit.snapshot().withMetrics(metrics);
                    schema = s;
                }
            }
        }
        return s;
    }

    /** The run's metrics, as {@code schema().metrics()} (known without parsing a hit's model). */
    public DiscoveryMetrics metrics() {
        return metrics;
    }

    /**
     * On a hit from a store that keeps bytes, the stored snapshot's JSON: the document {@link #schema()} is parsed
     * from, without the run's metrics (see {@link org.schemadiscovery.core.json.JsonCodec#rewrite}).
     */
    public Optional<StoredSnapshot> stored() {
        return hit == null ? Optional.empty() : hit.stored();
    }

    /** Hit, partial, miss, refresh or uncacheable. */
    public CacheOutcome outcome() {
        return outcome;
    }

    /** Problems with the store, each of which made a miss. */
    public List<String> warnings() {
        return warnings;
    }

    /** On {@link CacheOutcome#PARTIAL}, how many tables and views were read again; else 0. */
    public int tablesReread() {
        return tablesReread;
    }

    /** On a miss although an entry was stored, why it was not updated by a partial reread; else null. */
    public String fullReason() {
        return fullReason;
    }

    @Override
    public String toString() {
        return "CachedDiscovery[outcome=" + outcome + ", tablesReread=" + tablesReread + ", warnings=" + warnings
                + (fullReason == null ? "" : ", fullReason=" + fullReason) + "]";
    }
}
