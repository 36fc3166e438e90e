package org.schemadiscovery.core.registry;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemadiscovery.api.exception.PluginException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.api.diff.SchemaNormalizer;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.core.generic.GenericConstraintDiscovery;
import org.schemadiscovery.core.generic.GenericIndexDiscovery;
import org.schemadiscovery.core.generic.GenericStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialects available to a {@code SchemaDiscovery}: explicitly registered providers, then providers found with
 * {@link ServiceLoader} in the given module layers and on the class path, plus the built-in {@code generic} one.
 *
 * <p>Rules: loaded providers are de-duplicated by class name (the first one seen wins: layers, then class path), so
 * one instance is kept per provider; registered instances are kept as given (the same instance once). A provider that fails to load is logged and skipped. A strategy built for
 * another {@link ApiVersion}, a dialect missing its {@link IndexDiscovery} or {@link ConstraintDiscovery}, and a
 * dialect id claimed by two different loaded providers are rejected. Registered providers win over loaded ones of the
 * same dialect id, and join them when they supply only some of the services. Every rejection is one line in
 * {@link #problems()}.
 *
 * <pre>{@code
 * PluginRegistry registry = PluginRegistry.builder().layer(pluginLayer).build();
 * registry.dialects().forEach(d -> System.out.println(d.id() + " from " + d.origin()));
 * registry.problems().forEach(System.err::println);
 * }</pre>
 *
 * Immutable and thread-safe once built.
 */
public final class PluginRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    private static final String BUILT_IN = "built-in";
    private static final String REGISTERED = "registered";
    private static final int MAX_LOAD_ERRORS = 100;

    private final Map<String, DialectPlugin> dialects;
    private final Map<String, DdlRenderer> renderers;
    private final Map<String, SchemaNormalizer> normalizers;
    private final Map<String, MigrationPlanner> planners;
    private final Map<String, String> rejected;
    private final List<String> problems;

    private PluginRegistry(Map<String, DialectPlugin> dialects, Map<String, DdlRenderer> renderers,
                           Map<String, SchemaNormalizer> normalizers, Map<String, MigrationPlanner> planners,
                           Map<String, String> rejected, List<String> problems) {
        this.dialects = Collections.unmodifiableMap(new TreeMap<>(dialects));
        this.renderers = Collections.unmodifiableMap(new TreeMap<>(renderers));
        this.normalizers = Collections.unmodifiableMap(new TreeMap<>(normalizers));
        this.planners = Collections.unmodifiableMap(new TreeMap<>(planners));
        this.rejected = Collections.unmodifiableMap(new TreeMap<>(rejected));
        this.problems = List.copyOf(problems);
    }

    /** A builder: ServiceLoader on the context class loader by default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Usable dialects sorted by id, {@code generic} included. */
    public List<DialectPlugin> dialects() {
        return List.copyOf(dialects.values());
    }

    /** The dialect with this id, if usable. */
    public Optional<DialectPlugin> dialect(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(dialects.get(id));
    }

    /** One line per rejected or broken provider, in the order found. */
    public List<String> problems() {
        return problems;
    }

    /** The built-in (or explicitly replaced) generic dialect. */
    public DialectPlugin generic() {
        return dialects.get(GenericStrategy.ID);
    }

    /** The strategy of a dialect. */
    public Optional<DiscoveryStrategy> strategy(String id) {
        return dialect(id).map(DialectPlugin::strategy);
    }

    /** The index discovery of a dialect. */
    public Optional<IndexDiscovery> indexDiscovery(String id) {
        return dialect(id).map(DialectPlugin::indexDiscovery);
    }

    /** The constraint discovery of a dialect. */
    public Optional<ConstraintDiscovery> constraintDiscovery(String id) {
        return dialect(id).map(DialectPlugin::constraintDiscovery);
    }

    /** The DDL renderer for a dialect id (also one whose jar has no discovery services). */
    public Optional<DdlRenderer> renderer(String id) {
        Objects.requireNonNull(id, "id");
        DialectPlugin plugin = dialects.get(id);
        if (plugin != null && plugin.renderer().isPresent()) {
            return plugin.renderer();
        }
        return Optional.ofNullable(renderers.get(id));
    }

    /**
     * The schema-comparison normaliser of a dialect id, if its plugin supplies one (it is optional: without one, a
     * comparison takes the models as discovered).
     */
    public Optional<SchemaNormalizer> normalizer(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(normalizers.get(id));
    }

    /**
     * The migration planner of a dialect id, if its plugin supplies one (it is optional: a dialect without one still
     * discovers, compares and renders DDL).
     */
    public Optional<MigrationPlanner> planner(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(planners.get(id));
    }

    /**
     * The dialect with this id.
     *
     * @throws PluginException naming the known ids (and why the id was rejected, if it was)
     */
    public DialectPlugin require(String id) {
        Objects.requireNonNull(id, "id");
        DialectPlugin plugin = dialects.get(id);
        if (plugin != null) {
            return plugin;
        }
        String reason = rejected.get(id);
        throw new PluginException("unknown dialect '" + id + "'; known dialects: " + String.join(", ",
                dialects.keySet()) + (reason == null ? "" : "; '" + id + "' was rejected: " + reason));
    }

    /** Each non-generic dialect's score for this database, by id. A strategy whose score throws scores 0. */
    public Map<String, Integer> scores(DatabaseIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        Map<String, Integer> scores = new TreeMap<>();
        for (DialectPlugin plugin : dialects.values()) {
            if (GenericStrategy.ID.equals(plugin.id())) {
                continue;
            }
            int score;
            try {
                score = plugin.strategy().score(identity);
            } catch (RuntimeException | LinkageError e) {
                LOG.atWarn().addKeyValue("dialect", plugin.id()).addKeyValue("error", e.toString())
                        .log("dialect score failed; treating it as 0");
                score = 0;
            }
            scores.put(plugin.id(), score);
        }
        return scores;
    }

    /** The highest-scoring dialect with a score above 0 (ties: the smallest id), else {@code generic}. */
    public DialectPlugin select(DatabaseIdentity identity) {
        Map<String, Integer> scores = scores(identity);
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        LOG.atDebug().addKeyValue("product", identity.product()).addKeyValue("scores", scores)
                .addKeyValue("dialect", best == null ? GenericStrategy.ID : best).log("dialect selected");
        return best == null ? generic() : dialects.get(best);
    }

    @Override
    public String toString() {
        return "PluginRegistry" + dialects.keySet() + (problems.isEmpty() ? "" : " problems=" + problems.size());
    }

    /** Builds a {@link PluginRegistry}. Not thread-safe. */
    public static final class Builder {
        private boolean loadServices = true;
        private final List<ModuleLayer> layers = new ArrayList<>();
        private ClassLoader classLoader;
        private final List<Object> explicit = new ArrayList<>();

        private Builder() {
        }

        /** Whether to use ServiceLoader at all (default true). */
        public Builder loadServices(boolean load) {
            this.loadServices = load;
            return this;
        }

        /** Also loads providers from this layer (and its parents). */
        public Builder layer(ModuleLayer layer) {
            layers.add(Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /** Class-path loading uses this loader (default: the thread's context loader, else core's). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            return this;
        }

        /** Registers a strategy explicitly. */
        public Builder register(DiscoveryStrategy strategy) {
            explicit.add(Objects.requireNonNull(strategy, "strategy"));
            return this;
        }

        /** Registers an index discovery explicitly. */
        public Builder register(IndexDiscovery indexDiscovery) {
            explicit.add(Objects.requireNonNull(indexDiscovery, "indexDiscovery"));
            return this;
        }

        /** Registers a constraint discovery explicitly. */
        public Builder register(ConstraintDiscovery constraintDiscovery) {
            explicit.add(Objects.requireNonNull(constraintDiscovery, "constraintDiscovery"));
            return this;
        }

        /** Registers a DDL renderer explicitly. */
        public Builder register(DdlRenderer renderer) {
            explicit.add(Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /** Registers a schema-comparison normaliser explicitly. */
        public Builder register(SchemaNormalizer normalizer) {
            explicit.add(Objects.requireNonNull(normalizer, "normalizer"));
            return this;
        }

        /** Registers a migration planner explicitly. */
        public Builder register(MigrationPlanner planner) {
            explicit.add(Objects.requireNonNull(planner, "planner"));
            return this;
        }

        /** Loads, validates and assembles the dialects. Never throws for a bad plugin: see {@link #problems()}. */
        public PluginRegistry build() {
            return new Assembly(this).assemble();
        }

        private ClassLoader effectiveLoader() {
            if (classLoader != null) {
                return classLoader;
            }
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : PluginRegistry.class.getClassLoader();
        }
    }

    /** A provider instance and where it came from. */
    private record Candidate<T>(T instance, String origin, int tier) {
        static final int REGISTERED_TIER = 0;
        static final int LOADED_TIER = 1;
        static final int BUILT_IN_TIER = 2;

        String type() {
            return instance.getClass().getName();
        }

        String describe() {
            return type() + " (" + origin + ")";
        }
    }

    /** One build: collects candidates, validates them and groups them by dialect id. */
    private static final class Assembly {
        private final Builder builder;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> rejected = new LinkedHashMap<>();
        private final Map<String, String> versionRejected = new LinkedHashMap<>();

        Assembly(Builder builder) {
            this.builder = builder;
        }

        PluginRegistry assemble() {
            List<Candidate<DiscoveryStrategy>> strategies = collect(DiscoveryStrategy.class,
                    new GenericStrategy());
            List<Candidate<IndexDiscovery>> indexes = collect(IndexDiscovery.class, new GenericIndexDiscovery());
            List<Candidate<ConstraintDiscovery>> constraints = collect(ConstraintDiscovery.class,
                    new GenericConstraintDiscovery());
            List<Candidate<DdlRenderer>> renderers = collect(DdlRenderer.class, null);
            List<Candidate<SchemaNormalizer>> normalizers = collect(SchemaNormalizer.class, null);
            List<Candidate<MigrationPlanner>> planners = collect(MigrationPlanner.class, null);

            strategies = strategies.stream().filter(this::apiVersionMatches).toList();
            Map<String, Candidate<DiscoveryStrategy>> strategyById =
                    pick(DiscoveryStrategy.class, strategies, DiscoveryStrategy::dialect);
            Map<String, Candidate<IndexDiscovery>> indexById =
                    pick(IndexDiscovery.class, indexes, IndexDiscovery::dialect);
            Map<String, Candidate<ConstraintDiscovery>> constraintById =
                    pick(ConstraintDiscovery.class, constraints, ConstraintDiscovery::dialect);
            Map<String, Candidate<DdlRenderer>> rendererById = pick(DdlRenderer.class, renderers, DdlRenderer::dialect);
            Map<String, Candidate<SchemaNormalizer>> normalizerById =
                    pick(SchemaNormalizer.class, normalizers, SchemaNormalizer::dialect);
            Map<String, Candidate<MigrationPlanner>> plannerById =
                    pick(MigrationPlanner.class, planners, MigrationPlanner::dialect);

            Map<String, DialectPlugin> dialects = new TreeMap<>();
            for (Map.Entry<String, Candidate<DiscoveryStrategy>> e : strategyById.entrySet()) {
                String id = e.getKey();
                if (rejected.containsKey(id)) {
                    continue;
                }
                Candidate<IndexDiscovery> index = indexById.get(id);
                Candidate<ConstraintDiscovery> constraint = constraintById.get(id);
                List<String> missing = new ArrayList<>();
                if (index == null) {
                    missing.add("no IndexDiscovery provider");
                }
                if (constraint == null) {
                    missing.add("no ConstraintDiscovery provider");
                }
                if (!missing.isEmpty()) {
                    reject(id, "dialect '" + id + "' is incomplete: " + String.join(" and ", missing)
                            + " (strategy " + e.getValue().describe() + ")");
                    continue;
                }
                Candidate<DdlRenderer> renderer = rendererById.get(id);
                dialects.put(id, new DialectPlugin(id, e.getValue().instance(), index.instance(),
                        constraint.instance(), Optional.ofNullable(renderer).map(Candidate::instance),
                        e.getValue().origin()));
            }
            versionRejected.forEach((id, message) -> {
                if (!strategyById.containsKey(id)) {
                    rejected.putIfAbsent(id, message);
                }
            });
            for (String id : union(indexById.keySet(), constraintById.keySet())) {
                if (!strategyById.containsKey(id) && !rejected.containsKey(id)) {
                    reject(id, "dialect '" + id + "' is incomplete: no DiscoveryStrategy provider");
                }
            }
            Map<String, DdlRenderer> standaloneRenderers = new TreeMap<>();
            rendererById.forEach((id, c) -> standaloneRenderers.put(id, c.instance()));
            Map<String, SchemaNormalizer> normalizerInstances = new TreeMap<>();
            normalizerById.forEach((id, c) -> normalizerInstances.put(id, c.instance()));
            Map<String, MigrationPlanner> plannerInstances = new TreeMap<>();
            plannerById.forEach((id, c) -> plannerInstances.put(id, c.instance()));
            LOG.atDebug().addKeyValue("dialects", dialects.keySet()).addKeyValue("problems", problems.size())
                    .log("plugin registry built");
            return new PluginRegistry(dialects, standaloneRenderers, normalizerInstances, plannerInstances,
                    rejected, problems);
        }

        private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
            java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }

        private void problem(String message) {
            problems.add(message);
            LOG.atWarn().addKeyValue("problem", message).log("plugin rejected: {}", message);
        }

        private void reject(String id, String message) {
            rejected.putIfAbsent(id, message);
            problem(message);
        }

        private boolean apiVersionMatches(Candidate<DiscoveryStrategy> c) {
            int version;
            String id;
            try {
                version = c.instance().apiVersion();
                id = c.instance().dialect();
            } catch (RuntimeException | LinkageError e) {
                problem("provider " + c.describe() + " failed to report its API version: " + e);
                return false;
            }
            if (version != ApiVersion.CURRENT) {
                String message = "dialect '" + id + "' from " + c.describe() + " was built for SPI version "
                        + version + " but this core supports version " + ApiVersion.CURRENT;
                problem(message);
                versionRejected.putIfAbsent(String.valueOf(id), message);
                return false;
            }
            return true;
        }

        /** Registered, then layer, then class-path, then built-in providers of one service; de-duplicated by class. */
        private <T> List<Candidate<T>> collect(Class<T> service, T builtIn) {
            Map<String, Candidate<T>> byType = new LinkedHashMap<>();
            int registered = 0;
            for (Object o : builder.explicit) {
                // registered instances are distinct by identity: one class may serve several dialect ids
                if (service.isInstance(o) && byType.values().stream().noneMatch(c -> c.instance() == o)) {
                    byType.put("registered#" + registered++,
                            new Candidate<>(service.cast(o), REGISTERED, Candidate.REGISTERED_TIER));
                }
            }
            if (builder.loadServices) {
                for (ModuleLayer layer : builder.layers) {
                    load(service, ServiceLoader.load(layer, service), byType);
                }
                load(service, ServiceLoader.load(service, builder.effectiveLoader()), byType);
            }
            if (builtIn != null) {
                add(byType, new Candidate<>(builtIn, BUILT_IN, Candidate.BUILT_IN_TIER));
            }
            return List.copyOf(byType.values());
        }

        private static <T> void add(Map<String, Candidate<T>> byType, Candidate<T> c) {
            byType.putIfAbsent(c.type(), c);
        }

        private <T> void load(Class<T> service, ServiceLoader<T> loader, Map<String, Candidate<T>> byType) {
            Iterator<T> it = loader.iterator();
            int errors = 0;
            while (errors < MAX_LOAD_ERRORS) {
                try {
                    if (!it.hasNext()) {
                        return;
                    }
                    T instance = it.next();
                    add(byType, new Candidate<>(instance, origin(instance.getClass()), Candidate.LOADED_TIER));
                } catch (ServiceConfigurationError | LinkageError e) {
                    errors++;
                    String cause = e.getCause() == null ? "" : "; cause: " + e.getCause();
                    problem("a " + service.getSimpleName() + " provider could not be loaded and was skipped: "
                            + oneLine(e.getMessage()) + oneLine(cause));
                }
            }
        }

        /**
         * One provider per dialect id: registered beat loaded beat built-in; two different providers in the winning
         * tier make the id ambiguous, so it is rejected.
         */
        private <T> Map<String, Candidate<T>> pick(Class<T> service, List<Candidate<T>> candidates,
                                                   Function<T, String> idOf) {
            Map<String, List<Candidate<T>>> byId = new TreeMap<>();
            for (Candidate<T> c : candidates) {
                String id;
                try {
                    id = idOf.apply(c.instance());
                } catch (RuntimeException | LinkageError e) {
                    problem("provider " + c.describe() + " failed to report its dialect id: " + e);
                    continue;
                }
                if (id == null || id.isBlank()) {
                    problem("provider " + c.describe() + " reports no dialect id");
                    continue;
                }
                if (GenericStrategy.ID.equals(id) && c.tier() == Candidate.LOADED_TIER) {
                    problem("provider " + c.describe() + " claims the reserved dialect id 'generic' and was ignored");
                    continue;
                }
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
            Map<String, Candidate<T>> chosen = new TreeMap<>();
            byId.forEach((id, list) -> {
                int best = list.stream().mapToInt(Candidate::tier).min().orElseThrow();
                List<Candidate<T>> top = list.stream().filter(c -> c.tier() == best)
                        .sorted(Comparator.comparing(Candidate::type)).toList();
                if (top.size() > 1) {
                    String message = "dialect '" + id + "' has " + top.size() + " " + service.getSimpleName()
                            + " providers: " + top.stream().map(Candidate::describe).collect(Collectors.joining(", "))
                            + "; none is used";
                    if (service == DdlRenderer.class || service == SchemaNormalizer.class
                            || service == MigrationPlanner.class) {
                        problem(message);
                    } else {
                        reject(id, message);
                    }
                    return;
                }
                chosen.put(id, top.get(0));
            });
            return chosen;
        }

        private static String origin(Class<?> type) {
            Module module = type.getModule();
            if (module.isNamed()) {
                return "module " + module.getName();
            }
            try {
                CodeSource cs = type.getProtectionDomain().getCodeSource();
                URL location = cs == null ? null : cs.getLocation();
                return location == null ? "class path" : "class path " + location;
            } catch (SecurityException e) {
                return "class path";
            }
        }

        private static String oneLine(String s) {
            if (s == null) {
                return "";
            }
            return s.replace('\n', ' ').replace('\r', ' ').strip();
        }
    }
}
