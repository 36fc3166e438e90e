package org.schemadiscovery.dialect.postgresql;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("architecture: a dialect depends on the API, SLF4J and its driver only")
class ArchitectureTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.schemadiscovery.dialect.postgresql");

    @Test
    void onlyApiSlf4jAndDriver() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schemadiscovery.api..",
                        "org.slf4j..", "org.postgresql..", "com.google.auto.service..",
                        "org.schemadiscovery.dialect.postgresql..")
                .because("a dialect plugin needs nothing but the API, SLF4J and its JDBC driver"
                        + " (docs/architecture.md: a dialect never depends on core or another dialect)")
                .check(PLUGIN);
    }

    @Test
    void noCore() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.schemadiscovery.core..",
                        "org.schemadiscovery.dialect.sqlite..")
                .because("plugins are loaded by core, never the other way round").check(PLUGIN);
    }

    @Test
    @DisplayName("no package cycles: providers -> catalog -> render, never back")
    void noPackageCycles() {
        // the same rule distribution's ArchitectureRulesTest runs over every module
        slices().matching("org.schemadiscovery.(**)").should().beFreeOfCycles()
                .because("package cycles make modules impossible to split or reason about").check(PLUGIN);
        noClasses().that().resideInAnyPackage("org.schemadiscovery.dialect.postgresql.catalog..",
                        "org.schemadiscovery.dialect.postgresql.render..")
                .should().dependOnClassesThat().resideInAPackage("org.schemadiscovery.dialect.postgresql")
                .because("the providers build on catalog and render, not the other way round").check(PLUGIN);
        noClasses().that().resideInAPackage("org.schemadiscovery.dialect.postgresql.render..")
                .should().dependOnClassesThat().resideInAPackage("org.schemadiscovery.dialect.postgresql.catalog..")
                .because("rendering works on the model alone").check(PLUGIN);
    }

    @Test
    void noMutableStaticState() {
        fields().that().areStatic().should().beFinal()
                .because("plugins are stateless and shared between threads").check(PLUGIN);
        fields().that().arePublic().and().areStatic().should().haveModifier(JavaModifier.FINAL)
                .because("no non-final public static fields").check(PLUGIN);
    }

    @Test
    void providersAreFinal() {
        classes().that().haveSimpleNameStartingWith("Postgres").and().haveSimpleNameNotEndingWith("Dialect")
                .should().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
                .because("providers are stateless, thread-safe singletons per registry").check(PLUGIN);
    }
}
