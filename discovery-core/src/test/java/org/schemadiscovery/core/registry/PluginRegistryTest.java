package org.schemadiscovery.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.exception.PluginException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.generic.GenericStrategy;
import org.schemadiscovery.core.testing.FakeDialect;

class PluginRegistryTest {
    private static final String P = TestProviders.class.getName() + "$";

    @TempDir
    Path dir;

    private static DatabaseIdentity product(String name) {
        return new DatabaseIdentity(name, "1.0", 1, 0, "test driver", "jdbc:test:x", null);
    }

    /** A class loader whose META-INF/services list the given providers (simple names in TestProviders). */
    private ClassLoader servicesLoader(Map<Class<?>, List<String>> providers) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        for (Map.Entry<Class<?>, List<String>> e : providers.entrySet()) {
            Files.write(services.resolve(e.getKey().getName()), e.getValue().stream().map(s -> P + s).toList());
        }
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    private PluginRegistry load(Map<Class<?>, List<String>> providers) throws IOException {
        return PluginRegistry.builder().classLoader(servicesLoader(providers)).build();
    }

    @Nested
    @DisplayName("built-in generic dialect")
    class Generic {
        @Test
        @DisplayName("is always present with id 'generic' and origin 'built-in'")
        void alwaysPresent() {
            PluginRegistry r = PluginRegistry.builder().loadServices(false).build();
            assertThat(r.dialects()).extracting(DialectPlugin::id).containsExactly("generic");
            assertThat(r.generic().origin()).isEqualTo("built-in");
            assertThat(r.generic().strategy()).isInstanceOf(GenericStrategy.class);
            assertThat(r.problems()).isEmpty();
            assertThat(r.generic().renderer()).isEmpty();
        }

        @Test
        @DisplayName("a loaded provider claiming 'generic' is ignored with a problem")
        void reservedId() throws IOException {
            PluginRegistry r = load(Map.of(DiscoveryStrategy.class, List.of("ImpostorGeneric")));
            assertThat(r.generic().strategy()).isInstanceOf(GenericStrategy.class);
            assertThat(r.problems()).containsExactly("provider " + P + "ImpostorGeneric (class path "
                    + getClass().getProtectionDomain().getCodeSource().getLocation()
                    + ") claims the reserved dialect id 'generic' and was ignored");
        }

        @Test
        @DisplayName("an explicit registration replaces the generic strategy but joins the built-in services")
        void explicitGeneric() {
            FakeDialect fake = new FakeDialect("generic");
            PluginRegistry r = PluginRegistry.builder().loadServices(false).register(fake.strategy()).build();
            assertThat(r.generic().strategy()).isSameAs(fake.strategy());
            assertThat(r.generic().origin()).isEqualTo("registered");
            assertThat(r.generic().indexDiscovery().getClass().getSimpleName()).isEqualTo("GenericIndexDiscovery");
            assertThat(r.problems()).isEmpty();
        }
    }

    @Nested
    @DisplayName("ServiceLoader on the class path")
    class ClassPath {
        @Test
        @DisplayName("loads a complete dialect with its renderer and origin")
        void loadsComplete() throws IOException {
            PluginRegistry r = load(Map.of(
                    DiscoveryStrategy.class, List.of("LoadedStrategy"),
                    IndexDiscovery.class, List.of("LoadedIndexes"),
                    ConstraintDiscovery.class, List.of("LoadedConstraints"),
                    DdlRenderer.class, List.of("LoadedRenderer")));
            assertThat(r.dialects()).extracting(DialectPlugin::id).containsExactly("generic", "loaded");
            DialectPlugin loaded = r.dialect("loaded").orElseThrow();
            assertThat(loaded.strategy()).isInstanceOf(TestProviders.LoadedStrategy.class);
            assertThat(loaded.indexDiscovery()).isInstanceOf(TestProviders.LoadedIndexes.class);
            assertThat(loaded.constraintDiscovery()).isInstanceOf(TestProviders.LoadedConstraints.class);
            assertThat(loaded.renderer()).get().isInstanceOf(TestProviders.LoadedRenderer.class);
            assertThat(loaded.origin()).startsWith("class path ").endsWith("/test-classes/");
            assertThat(r.renderer("loaded")).containsSame(loaded.renderer().orElseThrow());
            assertThat(r.strategy("loaded")).containsSame(loaded.strategy());
            assertThat(r.indexDiscovery("loaded")).containsSame(loaded.indexDiscovery());
            assertThat(r.constraintDiscovery("loaded")).containsSame(loaded.constraintDiscovery());
            assertThat(r.problems()).isEmpty();
        }

        @Test
        @DisplayName("a provider whose constructor throws is reported and skipped; the others load")
        void brokenProvider() throws IOException {
            PluginRegistry r = load(Map.of(
                    DiscoveryStrategy.class, List.of("BrokenStrategy", "LoadedStrategy"),
                    IndexDiscovery.class, List.of("LoadedIndexes"),
                    ConstraintDiscovery.class, List.of("LoadedConstraints")));
            assertThat(r.dialects()).extracting(DialectPlugin::id).containsExactly("generic", "loaded");
            assertThat(r.problems()).hasSize(1);
            assertThat(r.problems().get(0))
                    .startsWith("a DiscoveryStrategy provider could not be loaded and was skipped: ")
                    .contains(P + "BrokenStrategy", "cannot start: missing native library")
                    .doesNotContain("\n");
        }

        @Test
        @DisplayName("an API version mismatch is rejected with both versions named")
        void apiMismatch() throws IOException {
            PluginRegistry r = load(Map.of(
                    DiscoveryStrategy.class, List.of("FutureStrategy"),
                    IndexDiscovery.class, List.of("FutureIndexes"),
                    ConstraintDiscovery.class, List.of("FutureConstraints")));
            assertThat(r.dialect("future")).isEmpty();
            assertThat(r.problems()).singleElement().asString()
                    .startsWith("dialect 'future' from " + P + "FutureStrategy (class path ")
                    .endsWith(" was built for SPI version 2 but this core supports version 1");
            assertThatThrownBy(() -> r.require("future")).isInstanceOf(PluginException.class)
                    .hasMessageStartingWith("unknown dialect 'future'; known dialects: generic; 'future' was rejected:"
                            + " dialect 'future' from ");
        }

        @Test
        @DisplayName("a dialect without an IndexDiscovery is rejected as incomplete")
        void incomplete() throws IOException {
            PluginRegistry r = load(Map.of(
                    DiscoveryStrategy.class, List.of("HalfStrategy"),
                    ConstraintDiscovery.class, List.of("HalfConstraints")));
            assertThat(r.dialect("half")).isEmpty();
            assertThat(r.problems()).singleElement().asString()
                    .startsWith("dialect 'half' is incomplete: no IndexDiscovery provider (strategy " + P
                            + "HalfStrategy (class path ");
        }

        @Test
        @DisplayName("discovery services without a strategy are reported")
        void orphan() throws IOException {
            PluginRegistry r = load(Map.of(IndexDiscovery.class, List.of("OrphanIndexes")));
            assertThat(r.problems()).containsExactly("dialect 'orphan' is incomplete: no DiscoveryStrategy provider");
        }

        @Test
        @DisplayName("two different strategies for one dialect id are reported and neither is used")
        void duplicateId() throws IOException {
            PluginRegistry r = load(Map.of(
                    DiscoveryStrategy.class, List.of("DupStrategyA", "DupStrategyB"),
                    IndexDiscovery.class, List.of("DupIndexes"),
                    ConstraintDiscovery.class, List.of("DupConstraints")));
            assertThat(r.dialect("dup")).isEmpty();
            assertThat(r.problems()).singleElement().asString()
                    .startsWith("dialect 'dup' has 2 DiscoveryStrategy providers: " + P + "DupStrategyA (class path ")
                    .contains(P + "DupStrategyB (class path ")
                    .endsWith("; none is used");
            assertThat(r.select(product("DupDB")).id()).isEqualTo("generic");
        }

        @Test
        @DisplayName("the same provider class listed twice is loaded once")
        void deduplicates() throws IOException {
            Path second = Files.createDirectories(dir.resolve("second/META-INF/services"));
            Files.write(second.resolve(DiscoveryStrategy.class.getName()), List.of(P + "LoadedStrategy"));
            ClassLoader first = servicesLoader(Map.of(
                    DiscoveryStrategy.class, List.of("LoadedStrategy"),
                    IndexDiscovery.class, List.of("LoadedIndexes"),
                    ConstraintDiscovery.class, List.of("LoadedConstraints")));
            ClassLoader both = new URLClassLoader(new URL[] {dir.resolve("second").toUri().toURL()}, first);
            PluginRegistry r = PluginRegistry.builder().classLoader(both).build();
            assertThat(r.dialects()).extracting(DialectPlugin::id).containsExactly("generic", "loaded");
            assertThat(r.problems()).isEmpty();
        }

        @Test
        @DisplayName("loadServices(false) ignores the class path")
        void noServices() throws IOException {
            PluginRegistry r = PluginRegistry.builder().loadServices(false)
                    .classLoader(servicesLoader(Map.of(DiscoveryStrategy.class, List.of("LoadedStrategy")))).build();
            assertThat(r.dialects()).extracting(DialectPlugin::id).containsExactly("generic");
        }
    }

    @Nested
    @DisplayName("explicit registration")
    class Explicit {
        @Test
        @DisplayName("wins over a loaded strategy of the same id and joins its loaded services")
        void winsAndJoins() throws IOException {
            TestProviders.ExplicitLoaded explicit = new TestProviders.ExplicitLoaded();
            PluginRegistry r = PluginRegistry.builder()
                    .classLoader(servicesLoader(Map.of(
                            DiscoveryStrategy.class, List.of("LoadedStrategy"),
                            IndexDiscovery.class, List.of("LoadedIndexes"),
                            ConstraintDiscovery.class, List.of("LoadedConstraints"))))
                    .register(explicit).build();
            DialectPlugin d = r.dialect("loaded").orElseThrow();
            assertThat(d.strategy()).isSameAs(explicit);
            assertThat(d.origin()).isEqualTo("registered");
            assertThat(d.indexDiscovery()).isInstanceOf(TestProviders.LoadedIndexes.class);
            assertThat(r.problems()).isEmpty();
        }

        @Test
        @DisplayName("an explicitly registered incomplete dialect is rejected too")
        void explicitIncomplete() {
            FakeDialect fake = new FakeDialect("fake");
            PluginRegistry r = PluginRegistry.builder().loadServices(false).register(fake.strategy())
                    .register(fake.constraintDiscovery()).build();
            assertThat(r.dialect("fake")).isEmpty();
            assertThat(r.problems()).containsExactly("dialect 'fake' is incomplete: no IndexDiscovery provider"
                    + " (strategy " + fake.strategy().getClass().getName() + " (registered))");
        }

        @Test
        @DisplayName("an explicit API mismatch is rejected")
        void explicitMismatch() {
            FakeDialect fake = new FakeDialect("fake").apiVersion(0);
            PluginRegistry r = fake.registerIn(org.schemadiscovery.core.SchemaDiscovery.builder().loadServices(false))
                    .build().registry();
            assertThat(r.dialect("fake")).isEmpty();
            assertThat(r.problems()).containsExactly("dialect 'fake' from " + fake.strategy().getClass().getName()
                    + " (registered) was built for SPI version 0 but this core supports version 1");
        }

        @Test
        @DisplayName("keeps one instance per provider: the registered one")
        void oneInstance() {
            FakeDialect fake = new FakeDialect("fake");
            PluginRegistry r = PluginRegistry.builder().loadServices(false).register(fake.strategy())
                    .register(fake.strategy()).register(fake.indexDiscovery()).register(fake.constraintDiscovery())
                    .build();
            assertThat(r.dialect("fake").orElseThrow().strategy()).isSameAs(fake.strategy());
            assertThat(r.problems()).isEmpty();
        }
    }

    @Nested
    @DisplayName("selection")
    class Selection {
        private PluginRegistry registry(FakeDialect... fakes) {
            PluginRegistry.Builder b = PluginRegistry.builder().loadServices(false);
            for (FakeDialect f : fakes) {
                b.register(f.strategy()).register(f.indexDiscovery()).register(f.constraintDiscovery());
            }
            return b.build();
        }

        @Test
        @DisplayName("the highest score above 0 wins")
        void highestScore() {
            PluginRegistry r = registry(
                    new FakeDialect("mysql").score(i -> i.product().contains("MariaDB") ? 5 : 0),
                    new FakeDialect("mariadb").score(i -> i.product().contains("MariaDB") ? 9 : 0));
            assertThat(r.select(product("MariaDB")).id()).isEqualTo("mariadb");
            assertThat(r.scores(product("MariaDB"))).containsExactly(Map.entry("mariadb", 9), Map.entry("mysql", 5));
        }

        @Test
        @DisplayName("an unknown product gets the generic dialect")
        void unknownProduct() {
            PluginRegistry r = registry(new FakeDialect("only-foo").score(i -> i.product().equals("Foo") ? 1 : 0));
            assertThat(r.select(product("Bar")).id()).isEqualTo("generic");
        }

        @Test
        @DisplayName("a strategy whose score throws counts as 0")
        void throwingScore() {
            PluginRegistry r = registry(new FakeDialect("bad").score(i -> {
                throw new IllegalStateException("boom");
            }));
            assertThat(r.select(product("X")).id()).isEqualTo("generic");
        }

        @Test
        @DisplayName("ties go to the smallest id")
        void ties() {
            PluginRegistry r = registry(new FakeDialect("zeta").score(i -> 3), new FakeDialect("alpha").score(i -> 3));
            assertThat(r.select(product("X")).id()).isEqualTo("alpha");
        }

        @Test
        @DisplayName("require of an unknown id lists the known ids")
        void unknownId() {
            PluginRegistry r = registry(new FakeDialect("fake"));
            assertThatThrownBy(() -> r.require("oracle")).isInstanceOf(PluginException.class)
                    .hasMessage("unknown dialect 'oracle'; known dialects: fake, generic");
        }

        @Test
        @DisplayName("null ids are rejected with the parameter name")
        void nullIds() {
            PluginRegistry r = registry();
            assertThatThrownBy(() -> r.dialect(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
            assertThatThrownBy(() -> r.require(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
            assertThatThrownBy(() -> r.select(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("identity");
        }
    }

    @Nested
    @DisplayName("migration planners")
    class Planners {
        private MigrationPlanner planner(String id) {
            return new MigrationPlanner() {
                @Override
                public String dialect() {
                    return id;
                }

                @Override
                public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes,
                                          PlannerOptions options) {
                    return new MigrationPlan(id, options, List.of(), List.of(), List.of());
                }
            };
        }

        @Test
        @DisplayName("are optional: a dialect without one is still usable, and planner(id) is empty")
        void optional() {
            FakeDialect fake = new FakeDialect("fake");
            PluginRegistry r = PluginRegistry.builder().loadServices(false).register(fake.strategy())
                    .register(fake.indexDiscovery()).register(fake.constraintDiscovery()).build();
            assertThat(r.dialect("fake")).isPresent();
            assertThat(r.planner("fake")).isEmpty();
            assertThat(r.problems()).isEmpty();
        }

        @Test
        @DisplayName("a registered planner is found by its dialect id")
        void registered() {
            MigrationPlanner p = planner("fake");
            PluginRegistry r = PluginRegistry.builder().loadServices(false).register(p).build();
            assertThat(r.planner("fake")).containsSame(p);
            assertThat(r.planner("other")).isEmpty();
        }

        @Test
        @DisplayName("two planners for one id: neither is used, and the registry says so")
        void duplicate() {
            PluginRegistry r = PluginRegistry.builder().loadServices(false).register(planner("fake"))
                    .register(planner("fake")).build();
            assertThat(r.planner("fake")).isEmpty();
            assertThat(r.problems()).singleElement().asString()
                    .contains("dialect 'fake' has 2 MigrationPlanner providers");
        }
    }
}
