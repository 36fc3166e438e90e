package org.schemadiscovery.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.schemadiscovery.core");
    }

    @Test
    @DisplayName("core packages have no cycles")
    void noCycles() {
        slices().matching("org.schemadiscovery.core.(*)..").should().beFreeOfCycles()
                .because("each package has one job and can be understood and tested on its own")
                .check(core);
    }

    @Test
    @DisplayName("no non-final public static fields")
    void noMutableStatics() {
        fields().that().areStatic().and().arePublic().should().beFinal()
                .because("core keeps no static mutable state: registries and runs are instances")
                .check(core);
    }

    @Test
    @DisplayName("the building blocks do not reach back into the facade or the orchestration")
    void layering() {
        noClasses().that().resideInAnyPackage("org.schemadiscovery.core.generic..",
                        "org.schemadiscovery.core.analysis..", "org.schemadiscovery.core.json..",
                        "org.schemadiscovery.core.jdbc..", "org.schemadiscovery.core.registry..")
                .should().dependOnClassesThat().resideInAnyPackage("org.schemadiscovery.core",
                        "org.schemadiscovery.core.run..")
                .because("the facade and the run orchestrate the building blocks, never the other way round")
                .check(core);
    }

    @Test
    @DisplayName("core talks to plugins only through the API, and logs only through SLF4J")
    void apiOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.schemadiscovery.dialect..",
                        "org.sqlite..", "org.postgresql..", "org.apache.logging..", "java.util.logging..")
                .because("dialects are plugins found at run time and libraries log through SLF4J only")
                .check(core);
    }

    @Test
    @DisplayName("static fields of core are constants or loggers")
    void staticFieldsFinal() {
        fields().that().areStatic().and().areNotPublic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should().beFinal()
                .because("no static mutable state, not even private")
                .check(core);
    }
}
