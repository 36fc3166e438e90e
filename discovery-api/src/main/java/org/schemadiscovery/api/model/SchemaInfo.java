package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything discovered about one database: the result of a discovery run.
 *
 * @param identity        what the database is
 * @param capabilities    what it can do (static and probed)
 * @param schemas         schema names in scope
 * @param tables          tables ordered by reference
 * @param views           views ordered by reference
 * @param sequences       sequences
 * @param types           user-defined types
 * @param routines        routines
 * @param extensions      installed extensions
 * @param relationships   relationships derived from foreign keys
 * @param recommendations suggested fixes
 * @param warnings        what could not be read
 * @param metrics         what the run cost
 */
public record SchemaInfo(DatabaseIdentity identity, DatabaseCapabilities capabilities, List<String> schemas,
                         List<TableInfo> tables, List<ViewInfo> views, List<SequenceInfo> sequences,
                         List<TypeInfo> types, List<RoutineInfo> routines, List<ExtensionInfo> extensions,
                         List<Relationship> relationships, List<Recommendation> recommendations,
                         List<DiscoveryWarning> warnings, DiscoveryMetrics metrics) {
    public SchemaInfo {
        Objects.requireNonNull(identity, "identity");
        capabilities = capabilities == null ? DatabaseCapabilities.none() : capabilities;
        schemas = Copies.list(schemas);
        tables = Copies.list(tables);
        views = Copies.list(views);
        sequences = Copies.list(sequences);
        types = Copies.list(types);
        routines = Copies.list(routines);
        extensions = Copies.list(extensions);
        relationships = Copies.list(relationships);
        recommendations = Copies.list(recommendations);
        warnings = Copies.list(warnings);
        metrics = metrics == null ? DiscoveryMetrics.empty() : metrics;
    }

    /** The table with this reference, if discovered. */
    public Optional<TableInfo> table(TableRef ref) {
        return tables.stream().filter(t -> t.ref().equals(ref)).findFirst();
    }

    /** The first table with this name in any schema, if discovered. */
    public Optional<TableInfo> table(String name) {
        return tables.stream().filter(t -> t.ref().name().equals(name)).findFirst();
    }

    /** A copy with other recommendations. */
    public SchemaInfo withRecommendations(List<Recommendation> newRecommendations) {
        return new SchemaInfo(identity, capabilities, schemas, tables, views, sequences, types, routines, extensions,
                relationships, newRecommendations, warnings, metrics);
    }

    /** A copy with other metrics. */
    public SchemaInfo withMetrics(DiscoveryMetrics newMetrics) {
        return new SchemaInfo(identity, capabilities, schemas, tables, views, sequences, types, routines, extensions,
                relationships, recommendations, warnings, newMetrics);
    }
}
