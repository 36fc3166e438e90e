package org.schemadiscovery.core.cache;

import java.net.URI;

/**
 * A plugin's cache store, found with {@link java.util.ServiceLoader} from the URI scheme it serves (the
 * {@code cache-redis} module serves {@code redis://} and {@code rediss://}). Stateless; thread-safe.
 */
public interface SnapshotCacheProvider {

    /** Whether this provider opens stores for the URI's scheme. */
    boolean supports(URI uri);

    /** A store for the URI; connecting may be deferred to the first use. */
    SnapshotCache open(URI uri);
}
