package org.schemadiscovery.dialect.mysql;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("architecture: the MySQL plugin is built on the public API, SLF4J and its driver only")
class ArchitectureTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.schemadiscovery.dialect.mysql");

    @Test
    @DisplayName("classes depend on java, the API, SLF4J, the MariaDB driver and Auto-Service only")
    void onlyPublicApiAndDriver() {
        classes().that().resideInAPackage("org.schemadiscovery.dialect.mysql..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schemadiscovery.api..",
                        "org.slf4j..", "org.mariadb..", "com.google.auto.service..",
                        "org.schemadiscovery.dialect.mysql..")
                .because("a third-party plugin sees nothing but the published API and its own driver")
                .check(PLUGIN);
    }

    @Test
    @DisplayName("nothing from core, the kit or another dialect")
    void noCoreNoOtherDialect() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.schemadiscovery.core..",
                        "org.schemadiscovery.tck..", "org.schemadiscovery.dialect.sqlite..",
                        "org.schemadiscovery.dialect.postgresql..")
                .because("core loads plugins, never the other way round").check(PLUGIN);
    }

    @Test
    @DisplayName("packages point one way: providers -> catalog -> render")
    void packagesPointOneWay() {
        SlicesRuleDefinition.slices().matching("org.schemadiscovery.dialect.mysql.(*)..").should().beFreeOfCycles()
                .check(PLUGIN);
        noClasses().that().resideInAnyPackage("org.schemadiscovery.dialect.mysql.catalog..",
                        "org.schemadiscovery.dialect.mysql.render..")
                .should().dependOnClassesThat().resideInAPackage("org.schemadiscovery.dialect.mysql")
                .because("the providers build on catalog and render").check(PLUGIN);
        noClasses().that().resideInAPackage("org.schemadiscovery.dialect.mysql.render..")
                .should().dependOnClassesThat().resideInAPackage("org.schemadiscovery.dialect.mysql.catalog..")
                .because("rendering works on the model alone").check(PLUGIN);
    }

    @Test
    @DisplayName("no mutable static state; providers are final with final fields")
    void statelessProviders() {
        fields().that().areStatic().should().beFinal()
                .because("providers are shared between threads").check(PLUGIN);
        classes().that().haveSimpleNameStartingWith("Mysql").and().resideInAPackage("org.schemadiscovery.dialect.mysql")
                .should().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
                .because("a registry keeps one instance per provider and calls it from many threads").check(PLUGIN);
    }
}
