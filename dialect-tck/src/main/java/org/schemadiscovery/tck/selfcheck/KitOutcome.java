package org.schemadiscovery.tck.selfcheck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedMethod;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.schemadiscovery.tck.DialectCompatibilityKit;

/**
 * What one run of the kit through the JUnit Platform Launcher did, test by test, keyed "Group.method" (e.g.
 * {@code "Tables.columns"}). A kit's self-test runs a kit subclass this way and checks each outcome.
 *
 * <pre>{@code
 * KitOutcome o = KitOutcome.of(KitOutcome.test(BrokenKit.class, "Tables.columns"));
 * assertThat(o.failed()).containsKey("Tables.columns");
 * assertThat(o.firstLine("Tables.columns")).contains("nullable");
 * }</pre>
 *
 * @param results every finished test's result
 * @param skipped every skipped or aborted test's reason
 */
public record KitOutcome(Map<String, TestExecutionResult> results, Map<String, String> skipped) {
    public KitOutcome {
        results = Map.copyOf(results);
        skipped = Map.copyOf(skipped);
    }

    /** Runs the selected kit tests (in this JVM) and collects their outcomes. */
    public static KitOutcome of(DiscoverySelector... selectors) {
        Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
        Map<String, String> skipped = new ConcurrentHashMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                // a container that fails (a constructor, a @BeforeAll) runs none of its tests: show it too
                // the dynamic tests of a @TestFactory share its key: the worst of them stands for it
                if (id.isTest() || result.getStatus() == TestExecutionResult.Status.FAILED) {
                    results.merge(key(id), result, (was, now) -> now.getStatus().ordinal() > was.getStatus().ordinal()
                            ? now : was);
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
        return new KitOutcome(results, aborted);
    }

    /** Selects one kit group, e.g. {@code "Tables"}, of a kit subclass. */
    public static DiscoverySelector group(Class<?> kit, String group) {
        return selectNestedClass(List.of(kit), groupClass(group));
    }

    /** Selects one kit test, e.g. {@code "Tables.columns"}, of a kit subclass. */
    public static DiscoverySelector test(Class<?> kit, String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not a Group.method key: " + key);
        }
        return selectNestedMethod(List.of(kit), groupClass(key.substring(0, dot)), key.substring(dot + 1));
    }

    private static Class<?> groupClass(String group) {
        try {
            return Class.forName(DialectCompatibilityKit.class.getName() + "$" + group);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no kit group " + group, e);
        }
    }

    private static String key(TestIdentifier id) {
        if (id.getSource().orElse(null) instanceof MethodSource m) {
            String c = m.getClassName();
            return c.substring(Math.max(c.lastIndexOf('$'), c.lastIndexOf('.')) + 1) + "." + m.getMethodName();
        }
        return id.getDisplayName();
    }

    /** Tests that passed. */
    public Set<String> passed() {
        return status(TestExecutionResult.Status.SUCCESSFUL).keySet();
    }

    /** Tests that failed, with their results. */
    public Map<String, TestExecutionResult> failed() {
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

    /** The whole failure message of a test, empty when it has none. */
    public String message(String key) {
        TestExecutionResult r = results.get(key);
        return r == null ? "" : r.getThrowable().map(t -> t.getClass().getName() + ": " + t.getMessage()).orElse("");
    }

    /** The first line of a test's failure message. */
    public String firstLine(String key) {
        TestExecutionResult r = results.get(key);
        return r == null ? "" : r.getThrowable().map(t -> String.valueOf(t.getMessage()).strip().lines()
                .findFirst().orElse("")).orElse("");
    }

    /** One line per failed test: its key and its message's first line. */
    public String describeFailures() {
        StringBuilder sb = new StringBuilder();
        failed().forEach((k, r) -> sb.append(k).append(": ").append(firstLine(k)).append('\n'));
        return sb.toString();
    }
}
