package org.schemadiscovery.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-module rules of docs/architecture.md, checked on the production classes of every module. */
class ArchitectureRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.schemadiscovery");
    }

    @Test
    void everyModuleIsImported() {
        for (String pkg : new String[] {"org.schemadiscovery.api.model", "org.schemadiscovery.core",
                "org.schemadiscovery.dialect.sqlite", "org.schemadiscovery.dialect.postgresql",
                "org.schemadiscovery.dialect.mysql", "org.schemadiscovery.cli", "org.schemadiscovery.micrometer",
                "org.schemadiscovery.cache.redis"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream()
                            .anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s are imported", pkg).isTrue();
        }
    }

    @Test
    void apiNeedsOnlyTheJdk() {
        classes().that().resideInAPackage("org.schemadiscovery.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schemadiscovery.api..")
                .because("plugins must be able to depend on the API and their driver only")
                .check(classes);
    }

    @Test
    void dialectsNeedOnlyTheApiTheirDriverAndSlf4j() {
        classes().that().resideInAPackage("org.schemadiscovery.dialect.sqlite..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schemadiscovery.api..",
                        "org.schemadiscovery.dialect.sqlite..", "org.slf4j..", "org.sqlite..",
                        "com.google.auto.service..")
                .because("a dialect jar is dropped into plugins/ with its driver and nothing else")
                .check(classes);
        classes().that().resideInAPackage("org.schemadiscovery.dialect.postgresql..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schemadiscovery.api..",
                        "org.schemadiscovery.dialect.postgresql..", "org.slf4j..", "org.postgresql..",
                        "com.google.auto.service..")
                .because("a dialect jar is dropped into plugins/ with its driver and nothing else")
                .check(classes);
        classes().that().resideInAPackage("org.schemadiscovery.dialect.mysql..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.schemadiscovery.api..",
                        "org.schemadiscovery.dialect.mysql..", "org.slf4j..", "org.mariadb..",
                        "com.google.auto.service..")
                .because("a third-party dialect needs only the public API and its driver")
                .check(classes);
    }

    @Test
    void dialectsNeverTouchCoreOrEachOther() {
        noClasses().that().resideInAPackage("org.schemadiscovery.dialect..")
                .should().dependOnClassesThat().resideInAnyPackage("org.schemadiscovery.core..",
                        "org.schemadiscovery.cli..", "org.schemadiscovery.tck..")
                .because("core loads dialects, never the other way round")
                .check(classes);
        slices().matching("org.schemadiscovery.dialect.(*)..").should().notDependOnEachOther()
                .because("each dialect is an independent plugin jar")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnDialectsOrTheCli() {
        noClasses().that().resideInAPackage("org.schemadiscovery.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.schemadiscovery.dialect..",
                        "org.schemadiscovery.cli..")
                .because("core finds dialects only through ServiceLoader")
                .check(classes);
    }

    @Test
    void onlyTheOptionalBinderSeesMicrometer() {
        noClasses().that().resideOutsideOfPackage("org.schemadiscovery.micrometer..")
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .because("metrics are core's own MetricsView; Micrometer is the optional discovery-micrometer module's")
                .check(classes);
        classes().that().resideInAPackage("org.schemadiscovery.micrometer..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.micrometer..",
                        "org.schemadiscovery.micrometer..", "org.schemadiscovery.core.metrics..",
                        "org.schemadiscovery.api..")
                .because("the binder publishes the metrics view and nothing else")
                .check(classes);
    }

    @Test
    void onlyTheRedisStoreSeesJedis() {
        noClasses().that().resideOutsideOfPackage("org.schemadiscovery.cache.redis..")
                .should().dependOnClassesThat().resideInAPackage("redis.clients..")
                .because("Redis is the optional cache-redis plugin's; core and the CLI find it through ServiceLoader")
                .check(classes);
        classes().that().resideInAPackage("org.schemadiscovery.cache.redis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.net.ssl..",
                        "redis.clients.jedis..", "org.schemadiscovery.cache.redis..",
                        "org.schemadiscovery.core.cache..", "org.schemadiscovery.core.time..", "org.schemadiscovery.api..",
                        "com.google.auto.service..")
                .because("a cache store plugin needs core's cache contract, its duration syntax and its client,"
                        + " nothing else")
                .check(classes);
    }

    @Test
    void onlyTheLauncherHandlesSignals() {
        noClasses().that().doNotHaveFullyQualifiedName("org.schemadiscovery.cli.Main")
                .should().callMethod("org.schemadiscovery.cli.watch.StopSignals", "install",
                        "java.util.function.BooleanSupplier")
                .because("signal handlers are process-wide: a command run inside another program (a test, an"
                        + " embedding) must not replace that program's; the launcher passes stop requests in"
                        + " CliEnvironment")
                .check(classes);
        noClasses().that().doNotHaveFullyQualifiedName("org.schemadiscovery.cli.watch.StopSignals")
                .should().callMethod("sun.misc.Signal", "handle", "sun.misc.Signal", "sun.misc.SignalHandler")
                .because("StopSignals is the one place that installs and restores signal handlers")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.schemadiscovery.(**)").should().beFreeOfCycles()
                .because("package cycles make modules impossible to split or reason about")
                .check(classes);
    }

    @Test
    void noMutableStaticState() {
        fields().that().arePublic().and().areStatic().should().beFinal()
                .because("plugins and core are shared across threads: no static mutable state")
                .check(classes);
        fields().that().areStatic().and().areNotFinal().should().haveModifier(JavaModifier.SYNTHETIC)
                .because("no static mutable state anywhere (compiler-generated fields aside)")
                .allowEmptyShould(true)
                .check(classes);
    }
}
