package org.schemadiscovery.tck.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.schemadiscovery.tck.DialectCompatibilityKit;
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

    @Test
    @DisplayName("reference: core's generic strategy on SQLite passes the kit except its documented shortfalls; every skip names a capability")
    void genericReference() {
        Outcome o = Outcome.of(selectClass(GenericSqliteKit.class));
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
                .matches("(Assumption failed: )?skipped: dialect 'generic' (does not declare capability '[a-z-]+'"
                        + "|provides no DdlRenderer \\(capability 'ddl-renderer'\\))"));
        LOG.info("generic reference: {} passed, {} failed by design, {} skipped: {}", o.passed().size(),
                o.failed().size(), o.skipped().size(), new TreeMap<>(o.skipped()));
    }

    @Test
    @DisplayName("reference: a minimal set-based table reader passes the scale and unreadable-object tests generic cannot")
    void setBasedReference() {
        Outcome o = Outcome.of(nested(SetBasedTablesKit.class, "Scale"), nested(SetBasedTablesKit.class, "Failures"));
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
    @DisplayName("broken: a write fails both read-only checks (fingerprint and statement texts)")
    void write() {
        provesFailure(BrokenKits.Writing.class, GenericSqliteKit.class, "ReadOnly", "fingerprint");
        provesFailure(BrokenKits.Writing.class, GenericSqliteKit.class, "ReadOnly", "noWriteStatements");
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
                Outcome o = Outcome.of(nested(NoDatabaseKit.class, "Tables"));
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
        Outcome good = Outcome.of(nested(reference, group));
        assertThat(good.passed()).as("%s with %s\n%s", key, reference.getSimpleName(), good.describeFailures())
                .contains(key);
        Outcome bad = Outcome.of(nested(broken, group));
        assertThat(bad.failed()).as("%s with %s", key, broken.getSimpleName()).containsKey(key);
        LOG.info("{} fails {}: {}", broken.getSimpleName(), key, bad.firstLine(key));
    }

    private static DiscoverySelector nested(Class<?> kit, String group) {
        try {
            return selectNestedClass(List.of(kit), Class.forName(DialectCompatibilityKit.class.getName() + "$"
                    + group));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no kit group " + group, e);
        }
    }

    /** What one launcher run did, by "Group.method". */
    record Outcome(Map<String, TestExecutionResult> results, Map<String, String> skipped) {
        static Outcome of(DiscoverySelector... selectors) {
            Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
            Map<String, String> skipped = new ConcurrentHashMap<>();
            TestExecutionListener listener = new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        results.put(key(id), result);
                    }
                }

                @Override
                public void executionSkipped(TestIdentifier id, String reason) {
                    skipped.put(key(id), reason);
                }
            };
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectors).build(),
                    listener);
            Map<String, String> aborted = new TreeMap<>(skipped);
            results.forEach((k, r) -> {
                if (r.getStatus() == TestExecutionResult.Status.ABORTED) {
                    aborted.put(k, r.getThrowable().map(Throwable::getMessage).orElse(""));
                }
            });
            return new Outcome(Map.copyOf(results), aborted);
        }

        private static String key(TestIdentifier id) {
            if (id.getSource().orElse(null) instanceof MethodSource m) {
                String c = m.getClassName();
                return c.substring(Math.max(c.lastIndexOf('$'), c.lastIndexOf('.')) + 1) + "." + m.getMethodName();
            }
            return id.getDisplayName();
        }

        Set<String> passed() {
            return status(TestExecutionResult.Status.SUCCESSFUL).keySet();
        }

        Map<String, TestExecutionResult> failed() {
            return status(TestExecutionResult.Status.FAILED);
        }

        private Map<String, TestExecutionResult> status(TestExecutionResult.Status s) {
            Map<String, TestExecutionResult> out = new TreeMap<>();
            results.forEach((k, r) -> {
                if (r.getStatus() == s) {
                    out.put(k, r);
                }
            });
            return out;
        }

        String firstLine(String key) {
            return results.get(key).getThrowable().map(t -> String.valueOf(t.getMessage()).strip().lines()
                    .findFirst().orElse("")).orElse("");
        }

        String describeFailures() {
            StringBuilder sb = new StringBuilder();
            failed().forEach((k, r) -> sb.append(k).append(": ").append(firstLine(k)).append('\n'));
            return sb.toString();
        }
    }
}
