package org.schemadiscovery.dialect.postgresql.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.schemadiscovery.dialect.postgresql.tck.KitCoverageTest.Expected.because;
import static org.schemadiscovery.dialect.postgresql.tck.KitCoverageTest.Expected.copyLacks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoverySelector;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.BadLayout;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.DroppedCapabilities;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.DroppedForeignKeys;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.DroppedKeys;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.ForeignIndexId;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.LeavesReadOnly;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.LossyRenderer;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.LostColumnDetails;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.LostTable;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.LowerCasedColumns;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.MissingDatabaseExists;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.MissingWarning;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.NoOtherObjects;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.NoScriptClient;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.NoSchemas;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.NoViews;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.NotDeferrable;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.OldApiVersion;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.PerTableQuery;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.PlansNothing;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.RestrictedDropsForeignKeys;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.ScoresEverything;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.ScoresNothing;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.SharedState;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.SimplifiedIndexes;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.UnboundIndexes;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.Unwrapped;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.Unregistered;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.Writing;
import org.schemadiscovery.dialect.postgresql.tck.BrokenPostgresPlugins.WrongNullability;
import org.schemadiscovery.tck.selfcheck.KitOutcome;
import org.schemadiscovery.tck.selfcheck.KitTests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kit's coverage: every kit test passes with the PostgreSQL plugin (which declares every capability the kit
 * gates on) and fails, for the stated reason, with at least one of the {@link BrokenPostgresPlugins}. A kit test no
 * broken plugin fails could pass whatever a plugin does; the coverage must be 100 %. The last test states it and
 * writes each broken plugin's failures to {@code target/kit-coverage.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KitCoverageTest {
    private static final Logger LOG = LoggerFactory.getLogger(KitCoverageTest.class);

    /**
     * Which broken plugin fails which kit test, and why: a pattern found in the failure message (its whitespace
     * folded to single spaces), or for a round trip, an object the original has and the copy lacks.
     */
    record Expected(String test, Class<?> broken, String reason, Predicate<String> check) {
        static Expected because(String test, Class<?> broken, String regex) {
            Pattern p = Pattern.compile(regex);
            return new Expected(test, broken, "/" + regex + "/", m -> p.matcher(m).find());
        }

        static Expected copyLacks(String test, Class<?> broken, String fragment) {
            return new Expected(test, broken, "the copy lacks " + fragment, m -> {
                int split = m.lastIndexOf(" but was: ");
                return split > 0 && m.substring(0, split).contains(fragment)
                        && !m.substring(split).contains(fragment);
            });
        }
    }

    private static final String NOTHING = "Expecting actual: \\[\\] to contain exactly";

    /** Any text up to the next {@code record}'s start: the pattern stays within one printed record. */
    private static String within(String record) {
        return "(?:(?!" + record + "\\[).)*?";
    }

    static final List<Expected> EXPECTED = List.of(
            because("Registration.oneDialectId", ForeignIndexId.class,
                    "\\[IndexDiscovery.dialect\\(\\)\\] expected: \"postgresql\" but was: \"postgresql-other\""),
            because("Registration.explicitRegistration", ForeignIndexId.class,
                    "dialect postgresql not in the registry; problems: .*no IndexDiscovery provider"),
            because("Registration.apiVersion", OldApiVersion.class,
                    "expected: " + ApiVersion.CURRENT + " but was: " + (ApiVersion.CURRENT - 1)),
            because("Registration.score", ScoresNothing.class,
                    "\\[score for DatabaseIdentity\\[product=PostgreSQL.* Expecting actual: 0 to be greater than: 0"),
            because("Registration.score", ScoresEverything.class,
                    "\\[score for another product\\] expected: 0 but was: 1"),
            because("Identity.identity", ScoresNothing.class,
                    "\\[dialect chosen by scoring, not forced\\] expected: \"postgresql\" but was: \"generic\""),
            because("Registration.providesMatchesServiceFiles", Unregistered.class,
                    "\\[providers declared in .*\\] Expecting HashSet: \\[\\] to contain: .*ForwardingStrategy"),
            because("Registration.classPathFork", Unregistered.class,
                    "not a module \\(no module-info, no usable name\\): .*test-classes"),
            because("Registration.modulePathFork", Unregistered.class,
                    "not a module \\(no module-info, no usable name\\): .*test-classes"),
            because("Identity.capabilities", DroppedCapabilities.class, "\\(each missing one skips kit tests\\)\\] "
                    + ".*could not find the following element\\(s\\): \\[\"sequences\", \"server-process\"\\]"),
            because("Failures.killedConnection", DroppedCapabilities.class,
                    "runs on a server but does not declare 'server-process'"),
            because("Identity.schemas", NoSchemas.class,
                    "Expecting ListN: \\[\\] to contain: \\[\"public\"\\]"),
            because("Tables.tables", LostTable.class,
                    "Expecting actual: \\[public.tck_columns\\] to contain exactly .*public.tck_plain"),
            because("Tables.columns", WrongNullability.class,
                    "Expecting actual: \\[ColumnInfo\\[name=id, ordinal=1, " + within("ColumnInfo") + "nullable=true"),
            because("Tables.plainTable", WrongNullability.class,
                    "Expecting actual: \\[ColumnInfo\\[name=v, ordinal=1, " + within("ColumnInfo") + "nullable=false"),
            because("Tables.generatedColumns", LostColumnDetails.class,
                    "expected: GeneratedColumn\\[expression=\\(a \\+ b\\), stored=true\\] but was: null"),
            because("Tables.identityColumns", LostColumnDetails.class, "Expecting actual not to be null"),
            because("Tables.comments", LostColumnDetails.class, "expected: \"TCK table\" but was: null"),
            because("Hostile.names", LowerCasedColumns.class,
                    "Expecting actual: \\[\"select\", \"mixed case\", .*to contain exactly .*\"Mixed Case\""),
            because("Keys.primaryKeys", DroppedKeys.class, NOTHING + ".*PrimaryKey\\[name=tck_parent_pk"),
            because("Keys.uniqueConstraints", DroppedKeys.class,
                    NOTHING + ".*UniqueConstraint\\[name=tck_parent_code_uq"),
            because("Keys.checkConstraints", DroppedKeys.class, NOTHING + ".*CheckConstraint\\[name=tck_child_qty_ck"),
            because("Keys.noInventedConstraints", DroppedKeys.class, "Expected size: 2 but was: 0"),
            because("Keys.foreignKeys", DroppedForeignKeys.class, NOTHING + ".*ForeignKey\\[name=tck_child_parent_fk"),
            because("Relationships.relationships", DroppedForeignKeys.class,
                    "Expecting actual: \\[\\] to contain exactly in any order: .*MANY_TO_MANY"),
            because("Hostile.foreignKey", DroppedForeignKeys.class,
                    NOTHING + ".*ForeignKey\\[name=fk \"quoted\""),
            because("Hostile.restricted", RestrictedDropsForeignKeys.class,
                    "\\[public.tck child ß restricted, compared with the full discovery\\] expected: "
                            + ".*ForeignKey\\[name=fk \"quoted\".* but was: (?!.*ForeignKey\\[).*constraints=\\[\\]"),
            because("Scale.complete", DroppedForeignKeys.class, "\\[tck_scale_0001\\] " + NOTHING
                    + " \\(and in same order\\): \\[\"tck_scale_0000\"\\]"),
            because("Keys.deferrable", NotDeferrable.class, "Expecting actual: \\[ForeignKey\\[name=tck_deferred_fk, "
                    + within("ForeignKey") + "deferrable=false, initiallyDeferred=false"),
            because("Indexes.indexes", UnboundIndexes.class,
                    "IndexInfo\\[name=tck_indexed_pk, " + within("IndexInfo") + "constraint=null"),
            because("Indexes.indexesBelongToTheirTable", UnboundIndexes.class,
                    "Expecting empty but was: \\[IndexInfo\\[name=tck_parent_code_uq"),
            because("Indexes.descending", SimplifiedIndexes.class,
                    "Expecting actual: \\[IndexInfo\\[name=tck_idx_c_desc, " + within("IndexInfo")
                            + "elements=\\[IndexElement\\[column=c, expression=null, order=ASC"),
            because("Indexes.partial", SimplifiedIndexes.class,
                    "Expecting actual: \\[IndexInfo\\[name=tck_idx_partial, " + within("IndexInfo") + "predicate=null"),
            because("Indexes.expression", SimplifiedIndexes.class, NOTHING + ".*tck_idx_lower_b"),
            because("Tables.indexComments", SimplifiedIndexes.class,
                    "Expecting actual: \\[null\\] to contain exactly \\(and in same order\\): \\[\"TCK index\"\\]"),
            because("Comparison.seesChanges", WrongNullability.class, "Expecting value to be true but was false"),
            because("Comparison.tables", LossyRenderer.class,
                    "\\[compared with the copy its DDL script builds in database tck_[0-9a-f]+\\] Expecting empty"
                            + " but was: .*tck_idx_a"),
            because("Comparison.otherObjects", LossyRenderer.class,
                    "\\[compared with the copy its DDL script builds in database tck_[0-9a-f]+\\] Expecting empty"
                            + " but was: .*tck_audited_trg"),
            because("Comparison.hostile", LossyRenderer.class,
                    "\\[compared with the copy its DDL script builds in database tck_[0-9a-f]+\\] Expecting empty"
                            + " but was: .*Odd \"idx\" ü"),
            because("Indexes.covering", SimplifiedIndexes.class,
                    "Expecting actual: \\[IndexInfo\\[name=tck_idx_covering, " + within("IndexInfo")
                            + "include=\\[\\]"),
            because("Views.views", NoViews.class, NOTHING + ".*tck_active"),
            because("Views.materialized", NoViews.class, NOTHING + ".*tck_active_mat"),
            because("OtherObjects.sequences", NoOtherObjects.class, NOTHING + ".*tck_seq"),
            because("OtherObjects.enumType", NoOtherObjects.class, NOTHING + ".*tck_mood"),
            because("OtherObjects.routines", NoOtherObjects.class, NOTHING + ".*tck_add"),
            because("OtherObjects.triggers", NoOtherObjects.class, NOTHING + ".*tck_audited_trg"),
            copyLacks("RoundTrip.tables", LossyRenderer.class, "IndexInfo[name=tck_idx_a,"),
            copyLacks("RoundTrip.otherObjects", LossyRenderer.class, "TriggerInfo[name=tck_audited_trg,"),
            copyLacks("RoundTrip.hostile", LossyRenderer.class, "IndexInfo[name=Odd \"idx\" ü,"),
            because("Scale.sameStatements", PerTableQuery.class,
                    "discovering 100 tables ran other SQL than 10 tables \\(\\d+ vs \\d+ statements\\): statement #\\d+"
                            + " differs"),
            because("Scale.nothingUncounted", Unwrapped.class,
                    "\\[statements the server received \\(core counted (\\d+): .*\\)\\] expected: \\1L but was: (?!\\1L)\\d+L"),
            because("Failures.unreadableObject", MissingWarning.class,
                    "\\[warnings\\] Expecting actual not to be empty"),
            because("Failures.missingDatabase", MissingDatabaseExists.class, "Expecting actual not to be null"),
            because("Concurrency.eightThreads", SharedState.class, "\\[thread \\d+ \\(database tck_[0-9a-f]+\\)\\]"),
            because("ReadOnly.fingerprint", Writing.class, "but was: \"catalog [0-9a-f]+ .*public.tck_written 0 "),
            because("ReadOnly.noWriteStatements", Writing.class,
                    "\\[statements that write\\] Expecting empty but was: \\[\"CREATE TABLE IF NOT EXISTS tck_written"),
            because("ReadOnly.connectionRestored", LeavesReadOnly.class,
                    "\\[read-only flag\\] expected: false but was: true"),
            because("Migrations.generic", NoScriptClient.class,
                    "\\[a dialect with a planner supplies scriptClient\\(\\)\\] Expecting Optional to contain a value"),
            because("Migrations.scenarios", PlansNothing.class, ": still differs after the script"),
            because("Architecture.apiAndDriverOnly", BadLayout.class,
                    "BadLayoutStrategy.*org\\.schemadiscovery\\.dialect\\.postgresql\\.PostgresDiscoveryStrategy"),
            because("Architecture.noCoreKitOrOtherDialect", BadLayout.class,
                    "BadLayoutStrategy.*org\\.schemadiscovery\\.dialect\\.postgresql\\.PostgresDiscoveryStrategy"),
            because("Architecture.renderOnTheModel", BadLayout.class,
                    "BadLayoutScript.*(java\\.sql\\.Connection.*BadLayoutCatalog|BadLayoutCatalog.*java\\.sql\\.Connection)"),
            because("Architecture.packagesOneWay", BadLayout.class,
                    "BadLayoutCatalog.*BadLayoutStrategy.*Cycle"),
            because("Architecture.noStaticMutableState", BadLayout.class, "lastDialect.*OPENED|OPENED.*lastDialect"),
            because("Architecture.providersStateless", BadLayout.class, "BadLayoutStrategy.*final"));

    private final Set<String> passedByReference = ConcurrentHashMap.newKeySet();
    private final Set<String> proven = ConcurrentHashMap.newKeySet();
    private final List<String> report = new CopyOnWriteArrayList<>();

    @Test
    @Order(1)
    @DisplayName("reference: the PostgreSQL plugin passes every kit test, none skipped")
    void reference() {
        KitOutcome reference = KitOutcome.of(selectClass(PostgresCompatibilityTest.class));
        passedByReference.addAll(reference.passed());
        assertThat(reference.passed()).as("the reference passes every kit test\n%s\nskipped: %s",
                reference.describeFailures(), reference.skipped()).containsExactlyInAnyOrderElementsOf(KitTests.all());
    }

    static Stream<Class<?>> brokenPlugins() {
        return EXPECTED.stream().<Class<?>>map(Expected::broken).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPlugins")
    @Order(2)
    @DisplayName("broken: each fails its kit tests for the stated reason")
    void broken(Class<?> broken) {
        List<Expected> expected = EXPECTED.stream().filter(e -> e.broken() == broken).toList();
        long start = System.nanoTime();
        KitOutcome bad = KitOutcome.of(expected.stream().map(e -> KitOutcome.test(broken, e.test())).distinct()
                .toArray(DiscoverySelector[]::new));
        List<String> lines = new ArrayList<>();
        lines.add(broken.getSimpleName() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
        List<String> problems = new ArrayList<>();
        for (Expected e : expected) {
            String message = bad.message(e.test()).replaceAll("\\s+", " ");
            lines.add("  fails " + e.test() + ": " + message.substring(0, Math.min(400, message.length())));
            if (!bad.failed().containsKey(e.test())) {
                problems.add(e.test() + " did not fail (passed: " + bad.passed().contains(e.test()) + ", skipped: "
                        + bad.skipped().get(e.test()) + ")");
            } else if (!e.check().test(message)) {
                problems.add(e.test() + " failed, but not because of " + e.reason() + ": " + message);
            } else {
                proven.add(e.test());
            }
        }
        report.add(String.join("\n", lines));
        assertThat(problems).as("kit tests %s did not fail for the stated reason", broken.getSimpleName()).isEmpty();
    }

    @Test
    @Order(3)
    @DisplayName("coverage: every kit test passes with the reference and fails, for its reason, with a broken plugin")
    void coverage() throws IOException {
        List<String> all = KitTests.all();
        List<String> unproven = all.stream().filter(t -> !proven.contains(t) || !passedByReference.contains(t))
                .toList();
        String summary = "kit coverage: " + (all.size() - unproven.size()) + " of " + all.size()
                + " kit tests proven able to fail (" + 100 * (all.size() - unproven.size()) / all.size()
                + " %); unproven: " + unproven;
        List<String> lines = new ArrayList<>(List.of(summary));
        lines.addAll(new TreeSet<>(report));
        Files.write(Path.of("target", "kit-coverage.txt"), lines);
        LOG.info("{}", summary);
        assertThat(unproven).as("kit tests not shown to pass with the reference and fail with a broken plugin")
                .isEmpty();
    }
}
