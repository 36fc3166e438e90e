package org.schemadiscovery.site;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.schemadiscovery.site", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule needsOnlyTheApi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.schemadiscovery.core..", "org.schemadiscovery.dialect..", "org.schemadiscovery.cli..")
            .because("the site renders a model from any source (live or snapshot) and gets DDL through the SPI");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.schemadiscovery.site.(*)..").should().beFreeOfCycles()
            .because("pages use diagrams and html, never the other way round");
}
