package org.schemadiscovery.tck;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The layering rules every dialect plugin keeps, as ArchUnit rules over the plugin's own compiled classes: the
 * classes at and below the strategy's package, in the jars or class directories that hold the services. The kit's
 * {@code architecture} group runs them for every dialect; a dialect's own test may call them too.
 *
 * <ul>
 *   <li>depend on the JDK, the API (and its optional INFORMATION_SCHEMA support), SLF4J, Auto-Service annotations
 *       and the JDBC driver only;</li>
 *   <li>never on core, the kit or another dialect;</li>
 *   <li>render on the model alone: {@code <root>.render} uses neither {@code <root>.catalog}, the providers, JDBC
 *       nor the driver;</li>
 *   <li>packages point one way: the providers use the sub-packages, never the other way, and the sub-packages have
 *       no cycles;</li>
 *   <li>no static mutable state: static fields are final and not of a mutable collection, array or atomic type;</li>
 *   <li>the providers are public and final, with final fields only.</li>
 * </ul>
 */
public final class DialectArchitecture {
    /** Types whose static instances are shared mutable state (a declared interface type cannot be judged). */
    private static final List<String> MUTABLE_TYPES = List.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.ArrayDeque", "java.util.Vector",
            "java.util.Hashtable", "java.util.Stack", "java.util.WeakHashMap", "java.util.IdentityHashMap",
            "java.lang.StringBuilder", "java.lang.StringBuffer", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentSkipListMap", "java.util.concurrent.ConcurrentSkipListSet",
            "java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.ConcurrentLinkedDeque",
            "java.util.concurrent.CopyOnWriteArrayList", "java.util.concurrent.CopyOnWriteArraySet",
            "java.util.concurrent.LinkedBlockingQueue", "java.util.concurrent.ArrayBlockingQueue");

    /** The optional INFORMATION_SCHEMA support module, which depends on the API only. */
    private static final String INFOSCHEMA = "org.schemadiscovery.infoschema..";

    private final String root;
    private final JavaClasses plugin;
    private final List<String> driverPackages;

    private DialectArchitecture(String root, JavaClasses plugin, List<String> driverPackages) {
        this.root = root;
        this.plugin = plugin;
        this.driverPackages = driverPackages;
    }

    /**
     * The plugin's classes: everything at and below the strategy's package in the locations of the services.
     *
     * @param services       the plugin instances under test
     * @param driverPackages the JDBC driver's packages, e.g. {@code org.postgresql}
     */
    public static DialectArchitecture of(DialectServices services, Collection<String> driverPackages) {
        String root = services.strategy().getClass().getPackageName();
        Set<Path> locations = new LinkedHashSet<>();
        Stream.concat(Stream.of(services.strategy(), services.indexDiscovery(), services.constraintDiscovery()),
                        services.renderer().stream())
                .forEach(s -> locations.add(ForkedJvm.locationOf(s.getClass())));
        // a class directory (the dialect's own module under test) or a jar (a dependency, a packaged plugin)
        Set<Location> sources = new LinkedHashSet<>();
        for (Path location : locations) {
            sources.add(Files.isDirectory(location) ? Location.of(location) : jar(location));
        }
        JavaClasses all = new ClassFileImporter().importLocations(sources);
        return new DialectArchitecture(root, all.that(resideInAPackage(root + "..")), List.copyOf(driverPackages));
    }

    private static Location jar(Path location) {
        try (JarFile jar = new JarFile(location.toFile())) {
            return Location.of(jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin jar " + location, e);
        }
    }

    /** The package of the strategy, the plugin's root. */
    public String root() {
        return root;
    }

    /** The JDK, the API, SLF4J, Auto-Service annotations, the driver and the plugin's own packages only. */
    public void dependsOnApiAndDriverOnly() {
        List<String> allowed = new ArrayList<>(List.of("java..", "javax.sql..", "org.schemadiscovery.api..",
                INFOSCHEMA, "org.slf4j..", "com.google.auto.service..", root + ".."));
        driverPackages.forEach(p -> allowed.add(p + ".."));
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("a dialect plugin needs nothing but the API, SLF4J and its JDBC driver " + driverPackages
                        + " (docs/writing-a-dialect.md)")
                .check(plugin);
    }

    /** Nothing from core, the kit or another dialect. */
    public void neverCoreKitOrAnotherDialect() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.schemadiscovery..")
                        .and(not(resideInAnyPackage("org.schemadiscovery.api..", INFOSCHEMA, root + ".."))))
                .because("core loads plugins, never the other way round, and dialects do not know each other")
                .check(plugin);
    }

    /** {@code <root>.render} works on the model alone. */
    public void rendersOnTheModelAlone() {
        List<String> forbidden = new ArrayList<>(List.of(root + ".catalog..", "java.sql..", "javax.sql.."));
        driverPackages.forEach(p -> forbidden.add(p + ".."));
        noClasses().that().resideInAPackage(root + ".render..")
                .should().dependOnClassesThat(resideInAnyPackage(forbidden.toArray(String[]::new))
                        .or(resideInAPackage(root)))
                .because("rendering works on the model alone, so it also renders models read from a JSON snapshot")
                .allowEmptyShould(true).check(plugin);
    }

    /** The providers use the sub-packages, never the other way; the sub-packages have no cycles. */
    public void packagesPointOneWay() {
        check(noClasses().that().resideOutsideOfPackage(root).should().dependOnClassesThat().resideInAPackage(root)
                        .because("the providers build on catalog and render, not the other way round")
                        .allowEmptyShould(true),
                slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        .because("package cycles make a plugin impossible to reason about").allowEmptyShould(true));
    }

    /** Static fields are final, and none holds a mutable collection, array or atomic. */
    public void noStaticMutableState() {
        check(fields().that().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC).should().beFinal()
                        .because("plugins are stateless and shared between threads and registries")
                        .allowEmptyShould(true),
                noFields().that().areStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                        .should().haveRawType(mutableType())
                        .because("a static collection, array or atomic is state shared by every run")
                        .allowEmptyShould(true));
    }

    /** The provider classes of {@code services} are public and final, with final fields only. */
    public void providersAreStatelessAndFinal(DialectServices services) {
        Set<String> providers = new LinkedHashSet<>();
        Stream.concat(Stream.of(services.strategy(), services.indexDiscovery(), services.constraintDiscovery()),
                        services.renderer().stream())
                .forEach(s -> providers.add(s.getClass().getName()));
        classes().that(DescribedPredicate.describe("are the providers " + providers,
                        (JavaClass c) -> providers.contains(c.getName())))
                .should().bePublic().andShould().haveModifier(JavaModifier.FINAL).andShould().haveOnlyFinalFields()
                .because("core keeps one provider instance per registry and calls it from many threads")
                .check(plugin);
    }

    /** Evaluates every rule and fails once, with the report of each rule that was broken. */
    private void check(ArchRule... rules) {
        List<String> reports = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(plugin);
            if (result.hasViolation()) {
                reports.add(result.getFailureReport().toString());
            }
        }
        if (!reports.isEmpty()) {
            throw new AssertionError(String.join("\n", reports));
        }
    }

    private static DescribedPredicate<JavaClass> mutableType() {
        return DescribedPredicate.describe("a mutable collection, array or atomic type",
                c -> c.isArray() || MUTABLE_TYPES.contains(c.getName())
                        || c.getPackageName().equals("java.util.concurrent.atomic"));
    }
}
