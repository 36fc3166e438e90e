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
 * @param schemaDetails   owner, comment and privileges of the schemas that have any, ordered by name; empty when the
 *                        database keeps none
 */
public record SchemaInfo(DatabaseIdentity identity, DatabaseCapabilities capabilities, List<String> schemas,
                         List<TableInfo> tables, List<ViewInfo> views, List<SequenceInfo> sequences,
                         List<TypeInfo> types, List<RoutineInfo> routines, List<ExtensionInfo> extensions,
                         List<Relationship> relationships, List<Recommendation> recommendations,
                         List<DiscoveryWarning> warnings, DiscoveryMetrics metrics,
                         List<SchemaDetails> schemaDetails) {
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
        schemaDetails = Copies.list(schemaDetails);
    }

    /**
     * The canonical constructor without schemaDetails; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public SchemaInfo(DatabaseIdentity identity, DatabaseCapabilities capabilities, List<String> schemas,
                      List<TableInfo> tables, List<ViewInfo> views, List<SequenceInfo> sequences,
                      List<TypeInfo> types, List<RoutineInfo> routines, List<ExtensionInfo> extensions,
                      List<Relationship> relationships, List<Recommendation> recommendations,
                      List<DiscoveryWarning> warnings, DiscoveryMetrics metrics) {
        this(identity, capabilities, schemas, tables, views, sequences, types, routines, extensions, relationships,
                recommendations, warnings, metrics, List.of());
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
                relationships, newRecommendations, warnings, metrics, schemaDetails);
    }

    /** A copy with other metrics. */
    public SchemaInfo withMetrics(DiscoveryMetrics newMetrics) {
        return new SchemaInfo(identity, capabilities, schemas, tables, views, sequences, types, routines, extensions,
                relationships, recommendations, warnings, newMetrics, schemaDetails);
    }

    /**
     * A builder starting from {@code identity}; every other component starts empty (null, false, 0 or an empty
     * collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(DatabaseIdentity identity) {
        return new Builder().identity(identity);
    }

    /** A builder holding this SchemaInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().identity(identity).capabilities(capabilities).schemas(schemas).tables(tables)
                .views(views).sequences(sequences).types(types).routines(routines).extensions(extensions)
                .relationships(relationships).recommendations(recommendations).warnings(warnings).metrics(metrics)
                .schemaDetails(schemaDetails);
    }

    /** Builds a {@link SchemaInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private DatabaseIdentity identity;
        private DatabaseCapabilities capabilities;
        private List<String> schemas;
        private List<TableInfo> tables;
        private List<ViewInfo> views;
        private List<SequenceInfo> sequences;
        private List<TypeInfo> types;
        private List<RoutineInfo> routines;
        private List<ExtensionInfo> extensions;
        private List<Relationship> relationships;
        private List<Recommendation> recommendations;
        private List<DiscoveryWarning> warnings;
        private DiscoveryMetrics metrics;
        private List<SchemaDetails> schemaDetails;

        private Builder() {
        }

        /** Sets {@link SchemaInfo#identity()}. */
        public Builder identity(DatabaseIdentity identity) {
            this.identity = identity;
            return this;
        }

        /** Sets {@link SchemaInfo#capabilities()}. */
        public Builder capabilities(DatabaseCapabilities capabilities) {
            this.capabilities = capabilities;
            return this;
        }

        /** Sets {@link SchemaInfo#schemas()}. */
        public Builder schemas(List<String> schemas) {
            this.schemas = schemas;
            return this;
        }

        /** Sets {@link SchemaInfo#tables()}. */
        public Builder tables(List<TableInfo> tables) {
            this.tables = tables;
            return this;
        }

        /** Sets {@link SchemaInfo#views()}. */
        public Builder views(List<ViewInfo> views) {
            this.views = views;
            return this;
        }

        /** Sets {@link SchemaInfo#sequences()}. */
        public Builder sequences(List<SequenceInfo> sequences) {
            this.sequences = sequences;
            return this;
        }

        /** Sets {@link SchemaInfo#types()}. */
        public Builder types(List<TypeInfo> types) {
            this.types = types;
            return this;
        }

        /** Sets {@link SchemaInfo#routines()}. */
        public Builder routines(List<RoutineInfo> routines) {
            this.routines = routines;
            return this;
        }

        /** Sets {@link SchemaInfo#extensions()}. */
        public Builder extensions(List<ExtensionInfo> extensions) {
            this.extensions = extensions;
            return this;
        }

        /** Sets {@link SchemaInfo#relationships()}. */
        public Builder relationships(List<Relationship> relationships) {
            this.relationships = relationships;
            return this;
        }

        /** Sets {@link SchemaInfo#recommendations()}. */
        public Builder recommendations(List<Recommendation> recommendations) {
            this.recommendations = recommendations;
            return this;
        }

        /** Sets {@link SchemaInfo#warnings()}. */
        public Builder warnings(List<DiscoveryWarning> warnings) {
            this.warnings = warnings;
            return this;
        }

        /** Sets {@link SchemaInfo#metrics()}. */
        public Builder metrics(DiscoveryMetrics metrics) {
            this.metrics = metrics;
            return this;
        }

        /** Sets {@link SchemaInfo#schemaDetails()}. */
        public Builder schemaDetails(List<SchemaDetails> schemaDetails) {
            this.schemaDetails = schemaDetails;
            return this;
        }

        /** The SchemaInfo; the canonical constructor validates and copies as usual. */
        public SchemaInfo build() {
            return new SchemaInfo(identity, capabilities, schemas, tables, views, sequences, types, routines,
                    extensions, relationships, recommendations, warnings, metrics, schemaDetails);
        }
    }
}
