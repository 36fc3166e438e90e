package org.schemadiscovery.api.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a server can do: features (see {@link Capability}) and settings read at run time.
 *
 * @param features supported feature names
 * @param settings runtime settings that matter (journal mode, track_counts, ...)
 */
public record DatabaseCapabilities(Set<String> features, Map<String, String> settings) {
    public DatabaseCapabilities {
        features = Copies.set(new TreeSet<>(features == null ? Set.of() : features));
        settings = Copies.map(settings == null ? Map.of() : new java.util.TreeMap<>(settings));
    }

    /** No features, no settings. */
    public static DatabaseCapabilities none() {
        return new DatabaseCapabilities(Set.of(), Map.of());
    }

    /** True when the feature is supported. */
    public boolean supports(String feature) {
        return features.contains(feature);
    }

    /** The union of both: features of either, settings of {@code other} win. */
    public DatabaseCapabilities merge(DatabaseCapabilities other) {
        Set<String> f = new HashSet<>(features);
        f.addAll(other.features);
        Map<String, String> s = new LinkedHashMap<>(settings);
        s.putAll(other.settings);
        return new DatabaseCapabilities(f, s);
    }
}
