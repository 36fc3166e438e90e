package org.schemadiscovery.core.cache;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;

/** Opens a store from a spec: a URI a {@link SnapshotCacheProvider} supports, else a directory path. */
public final class SnapshotCaches {
    private SnapshotCaches() {
    }

    /**
     * The store for the spec: {@code redis://host:port} (with the cache-redis plugin on the path), or a directory.
     *
     * @throws IllegalArgumentException for a URI scheme no provider on the path supports
     */
    public static SnapshotCache open(String spec, ClassLoader loader) {
        Objects.requireNonNull(spec, "spec");
        int colon = spec.indexOf("://");
        if (colon > 0 && spec.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")
                && !spec.regionMatches(true, 0, "file://", 0, 7)) {
            URI uri = URI.create(spec);
            for (SnapshotCacheProvider provider : ServiceLoader.load(SnapshotCacheProvider.class, loader)) {
                if (provider.supports(uri)) {
                    return provider.open(uri);
                }
            }
            throw new IllegalArgumentException("no cache store for " + uri.getScheme().toLowerCase(Locale.ROOT)
                    + ":// URIs (is the cache plugin on the class path?)");
        }
        return new DirectorySnapshotCache(spec.regionMatches(true, 0, "file://", 0, 7) ? Path.of(URI.create(spec))
                : Path.of(spec));
    }
}
