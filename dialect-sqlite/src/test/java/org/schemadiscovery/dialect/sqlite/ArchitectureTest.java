package org.schemadiscovery.dialect.sqlite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.auto.service.AutoService;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.support.ScriptRenderer;
import org.schemadiscovery.api.support.SessionConstraintDiscovery;
import org.schemadiscovery.api.support.SessionIndexDiscovery;

@DisplayName("architecture rules of the plugin's own classes")
class ArchitectureTest {
    static JavaClasses plugin;

    @BeforeAll
    static void importMainClasses() throws Exception {
        // Only the plugin's compiled classes, not the whole class path: fast and exact.
        plugin = new ClassFileImporter().importPath(location(SqliteDiscoveryStrategy.class));
        assertThat(plugin.contain(SqliteDiscoveryStrategy.class)).isTrue();
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    @DisplayName("depends only on the JDK, the API, SLF4J and Auto-Service annotations")
    void dependencies() {
        classes().that().resideInAPackage("org.schemadiscovery.dialect.sqlite..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schemadiscovery.api..",
                        "org.schemadiscovery.dialect.sqlite..", "org.slf4j..", "com.google.auto.service..")
                .because("a dialect depends only on the API, SLF4J and its driver, which it reaches through JDBC")
                .check(plugin);
    }

    @Test
    @DisplayName("no static mutable state")
    void noStaticMutableState() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("org.schemadiscovery.dialect.sqlite..")
                .and().areStatic().should().beFinal().because("plugins are stateless and thread-safe")
                .check(plugin);
    }

    @Test
    @DisplayName("exactly the four providers implement the SPI (or extend its support classes); each is public and annotated for Auto-Service")
    void providersAreRegistered() {
        Set<String> spi = Set.of(DiscoveryStrategy.class.getName(), IndexDiscovery.class.getName(),
                ConstraintDiscovery.class.getName(), DdlRenderer.class.getName());
        Set<String> bases = Set.of(SessionIndexDiscovery.class.getName(), SessionConstraintDiscovery.class.getName(),
                ScriptRenderer.class.getName());
        List<JavaClass> providers = plugin.stream()
                .filter(c -> c.getRawInterfaces().stream().anyMatch(i -> spi.contains(i.getName()))
                        || c.getRawSuperclass().map(b -> bases.contains(b.getName())).orElse(false))
                .sorted(Comparator.comparing(JavaClass::getName)).toList();
        assertThat(providers).extracting(JavaClass::getSimpleName).containsExactly("SqliteConstraintDiscovery",
                "SqliteDdlRenderer", "SqliteDiscoveryStrategy", "SqliteIndexDiscovery");
        for (JavaClass provider : providers) {
            assertThat(provider.isAnnotatedWith(AutoService.class.getName())).as(provider.getName()).isTrue();
            assertThat(provider.getModifiers()).as(provider.getName()).contains(JavaModifier.PUBLIC);
        }
    }
}
