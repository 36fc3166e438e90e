package org.schemadiscovery.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.tck.selfcheck.KitOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kit's own test: it runs the kit with the JUnit Platform Launcher against core's generic strategy on SQLite
 * (the reference) and against deliberately broken plugins, and checks each test's outcome.
 */
class KitSelfTest {
    private static final Logger LOG = LoggerFactory.getLogger(KitSelfTest.class);

    /** Where generic falls short by design, test by test, with the reason. */
    static final Map<String, String> GENERIC_SHORTFALLS = Map.of(
            "Registration.score", "generic scores 0 for every database: it is the fallback",
            "Identity.capabilities", "generic declares no capability, below the kit's floor (foreign-keys)",
            "Indexes.descending", "sqlite-jdbc's getIndexInfo reports no sort direction",
            "Keys.uniqueConstraints", "JDBC metadata has no unique constraints (only unique indexes)",
            "Keys.noInventedConstraints", "the same: the unique constraint is missing",
            "Scale.sameStatements", "generic reads keys and indexes with one JDBC call per table",
            "Failures.unreadableObject", "generic cannot read around one bad object: whole phases go missing");

    /** The architecture group's tests, each with what its failure must name in the broken layout. */
    static final Map<String, List<String>> ARCHITECTURE_RULES = Map.of(
            "Architecture.apiAndDriverOnly", List.of("BadStrategy", "org.schemadiscovery.core.SchemaDiscovery"),
            "Architecture.noCoreKitOrOtherDialect", List.of("BadStrategy", "org.schemadiscovery.core.SchemaDiscovery"),
            "Architecture.renderOnTheModel", List.of("BadScript", "java.sql.Connection", "BadSession"),
            "Architecture.packagesOneWay", List.of("BadSession", "BadStrategy", "Cycle"),
            "Architecture.noStaticMutableState", List.of("lastDialect", "OPENED"),
            "Architecture.providersStateless", List.of("BadStrategy", "final"));

    @Test
    @DisplayName("reference: core's generic strategy on SQLite passes the kit except its documented shortfalls; every skip names a capability")
    void genericReference() {
        KitOutcome o = KitOutcome.of(selectClass(GenericSqliteKit.class));
        assertThat(o.failed()).as("failed tests\n%s", o.describeFailures())
                .containsOnlyKeys(GENERIC_SHORTFALLS.keySet());
        assertThat(o.firstLine("Identity.capabilities")).as("a dialect declaring nothing fails by the floor")
                .contains("the kit's floor");
        assertThat(o.passed()).contains("Registration.oneDialectId", "Registration.apiVersion",
                "Registration.explicitRegistration", "Registration.providesMatchesServiceFiles",
                "Registration.classPathFork", "Registration.modulePathFork", "Identity.identity",
                "Identity.schemas", "Tables.tables", "Tables.columns", "Tables.plainTable",
                "Keys.primaryKeys", "Indexes.indexes", "Indexes.indexesBelongToTheirTable", "Hostile.names",
                "Failures.missingDatabase", "Concurrency.eightThreads", "ReadOnly.fingerprint",
                "ReadOnly.noWriteStatements", "ReadOnly.connectionRestored");
        assertThat(o.skipped()).isNotEmpty().allSatisfy((test, reason) -> assertThat(reason)
                .matches("(Assumption failed: )?skipped: (dialect 'generic' (does not declare capability '[a-z-]+'"
                        + "|provides no DdlRenderer \\(capability 'ddl-renderer'\\)"
                        + "|has no MigrationPlanner \\(capability 'migration-planner'\\))"
                        + "|the embedded database of dialect 'generic' keeps no count of statements apart from"
                        + " core's \\(TestDatabase.sentStatements\\))"));
        LOG.info("generic reference: {} passed, {} failed by design, {} skipped: {}", o.passed().size(),
                o.failed().size(), o.skipped().size(), new TreeMap<>(o.skipped()));
    }

    @Test
    @DisplayName("reference: a minimal set-based table reader passes the scale and unreadable-object tests generic cannot")
    void setBasedReference() {
        KitOutcome o = KitOutcome.of(KitOutcome.group(SetBasedTablesKit.class, "Scale"),
                KitOutcome.group(SetBasedTablesKit.class, "Failures"));
        assertThat(o.passed()).contains("Scale.sameStatements", "Failures.unreadableObject");
    }

    @Test
    @DisplayName("broken: wrong nullability fails 'columns: names, ordinals, types, nullability and defaults'")
    void wrongNullability() {
        provesFailure(BrokenKits.WrongNullability.class, GenericSqliteKit.class, "Tables", "columns");
    }

    @Test
    @DisplayName("broken: a dropped index fails 'indexes: each declared index ...'")
    void droppedIndex() {
        provesFailure(BrokenKits.DroppedIndex.class, GenericSqliteKit.class, "Indexes", "indexes");
    }

    @Test
    @DisplayName("broken: a write through the discovery's connection fails 'no statement that writes', one through its own connection the fingerprint")
    void write() {
        provesFailure(BrokenKits.Writing.class, GenericSqliteKit.class, "ReadOnly", "noWriteStatements");
        provesFailure(BrokenKits.WritingOwnConnection.class, GenericSqliteKit.class, "ReadOnly", "fingerprint");
    }

    @Test
    @DisplayName("broken: a per-table query fails 'scale: the same ordered list of SQL texts'")
    void perTableQuery() {
        provesFailure(BrokenKits.PerTableQuery.class, SetBasedTablesKit.class, "Scale", "sameStatements");
    }

    @Test
    @DisplayName("broken: a missing warning fails 'failure: one unreadable object gives a warning naming it'")
    void missingWarning() {
        provesFailure(BrokenKits.MissingWarning.class, SetBasedTablesKit.class, "Failures", "unreadableObject");
    }

    @Test
    @DisplayName("broken: state shared between sessions fails 'concurrency: 8 threads ... each get their database's result'")
    void sharedState() {
        provesFailure(BrokenKits.SharedState.class, GenericSqliteKit.class, "Concurrency", "eightThreads");
    }

    @Test
    @DisplayName("architecture: a dialect laid out as the guide says passes every rule; one that breaks each rule once fails each, naming the offender")
    void architecture() {
        KitOutcome clean = KitOutcome.of(KitOutcome.group(LayoutKits.Clean.class, "Architecture"));
        assertThat(clean.passed()).as("clean layout\n%s", clean.describeFailures()).containsExactlyInAnyOrder(
                ARCHITECTURE_RULES.keySet().toArray(String[]::new));
        KitOutcome broken = KitOutcome.of(KitOutcome.group(LayoutKits.Broken.class, "Architecture"));
        assertThat(broken.failed()).containsOnlyKeys(ARCHITECTURE_RULES.keySet());
        ARCHITECTURE_RULES.forEach((test, offenders) -> {
            String message = broken.failed().get(test).getThrowable().map(Throwable::getMessage).orElse("");
            assertThat(message).as(test).contains(offenders);
            LOG.info("broken layout fails {}: {}", test, broken.firstLine(test));
        });
    }

    @Test
    @DisplayName("tck.groups: only the groups named run; every other group is skipped with tck.groups in the reason")
    void groupsProperty() {
        try {
            System.setProperty("tck.groups", "tables");
            KitOutcome o = KitOutcome.of(selectClass(GenericSqliteKit.class));
            assertThat(o.failed()).as(o.describeFailures()).isEmpty();
            assertThat(o.passed()).isNotEmpty().allSatisfy(test -> assertThat(test).startsWith("Tables."));
            assertThat(o.skipped()).containsKeys("registration", "scale", "architecture").allSatisfy((key, reason) ->
                    assertThat(reason).contains(key.startsWith("Tables.") ? "does not declare capability"
                            : "not selected by tck.groups=[tables]"));
        } finally {
            System.clearProperty("tck.groups");
        }
    }

    @Test
    @DisplayName("a dialect may decline the unreadable-object scenario with a named reason, shown as its skip")
    void declinedUnreadableObject() {
        KitOutcome o = KitOutcome.of(KitOutcome.group(DecliningKit.class, "Failures"));
        assertThat(o.skipped()).containsEntry("Failures.unreadableObject", "skipped: dialect 'generic' declines the"
                + " unreadable-object scenario: every object of this database is readable by whoever can connect");
    }

    @Test
    @DisplayName("no database: the tests fail while tck.require is true or unset, and are skipped only when it is false")
    void noDatabase() {
        String saved = System.getProperty("tck.require");
        try {
            for (String value : new String[] {"true", null, "false"}) {
                if (value == null) {
                    System.clearProperty("tck.require");
                } else {
                    System.setProperty("tck.require", value);
                }
                KitOutcome o = KitOutcome.of(KitOutcome.group(NoDatabaseKit.class, "Tables"));
                if ("false".equals(value)) {
                    assertThat(o.failed()).isEmpty();
                    assertThat(o.skipped()).hasSize(7).allSatisfy((test, reason) ->
                            assertThat(reason).startsWith("no tck-nowhere database"));
                } else {
                    assertThat(o.skipped()).as("tck.require=%s", value).isEmpty();
                    assertThat(o.failed()).as("tck.require=%s", value).hasSize(7).allSatisfy((test, result) ->
                            assertThat(result.getThrowable().orElseThrow().getMessage())
                                    .contains("no tck-nowhere database", "SCHEMA_DISCOVERY_TCK_TCK_NOWHERE_URL",
                                            "tck.require is true"));
                }
            }
        } finally {
            if (saved == null) {
                System.clearProperty("tck.require");
            } else {
                System.setProperty("tck.require", saved);
            }
        }
    }

    private static void provesFailure(Class<?> broken, Class<?> reference, String group, String test) {
        String key = group + "." + test;
        KitOutcome good = KitOutcome.of(KitOutcome.group(reference, group));
        assertThat(good.passed()).as("%s with %s\n%s", key, reference.getSimpleName(), good.describeFailures())
                .contains(key);
        KitOutcome bad = KitOutcome.of(KitOutcome.group(broken, group));
        assertThat(bad.failed()).as("%s with %s", key, broken.getSimpleName()).containsKey(key);
        LOG.info("{} fails {}: {}", broken.getSimpleName(), key, bad.firstLine(key));
    }
}
