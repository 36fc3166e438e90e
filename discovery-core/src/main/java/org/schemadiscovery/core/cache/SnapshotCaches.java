package org.schemadiscovery.core.cache;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        return open(spec, null, loader);
    }

    /**
     * The store for the spec, with providers looked up in a module layer first (plugins loaded into a child layer,
     * which {@code ServiceLoader.load(service, loader)} does not see), then through the class loader.
     *
     * @param layer  a layer holding provider modules, or null
     * @param loader the class loader to search, or null for the system class loader
     * @throws IllegalArgumentException for a malformed URI (the message never quotes it: it may hold a password) or
     *                                  a URI scheme no provider supports
     */
    public static SnapshotCache open(String spec, ModuleLayer layer, ClassLoader loader) {
        Objects.requireNonNull(spec, "spec");
        int colon = spec.indexOf("://");
        if (colon > 0 && spec.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")
                && !spec.regionMatches(true, 0, "file://", 0, 7)) {
            URI uri;
            try {
                uri = new URI(spec);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a valid cache URI: " + e.getReason() + " at index "
                        + e.getIndex());
            }
            List<ServiceLoader<SnapshotCacheProvider>> loaders = new ArrayList<>();
            if (layer != null) {
                loaders.add(ServiceLoader.load(layer, SnapshotCacheProvider.class));
            }
            loaders.add(ServiceLoader.load(SnapshotCacheProvider.class, loader));
            for (ServiceLoader<SnapshotCacheProvider> providers : loaders) {
                for (SnapshotCacheProvider provider : providers) {
                    if (provider.supports(uri)) {
                        return provider.open(uri);
                    }
                }
            }
            throw new IllegalArgumentException("no cache store for " + uri.getScheme().toLowerCase(Locale.ROOT)
                    + ":// URIs (is the cache plugin on the class path?)");
        }
        return new DirectorySnapshotCache(spec.regionMatches(true, 0, "file://", 0, 7) ? Path.of(URI.create(spec))
                : Path.of(spec));
    }
}
