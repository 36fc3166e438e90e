package org.schemadiscovery.tck.selfcheck;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schemadiscovery.tck.DialectCompatibilityKit;

/** The kit's tests as the kit declares them, keyed "Group.method": the denominator of a self-test's coverage. */
public final class KitTests {
    private KitTests() {
    }

    /**
     * Every {@code @Test} and {@code @TestFactory} of every {@code @Nested} group of {@link DialectCompatibilityKit},
     * sorted.
     */
    public static List<String> all() {
        return Arrays.stream(DialectCompatibilityKit.class.getDeclaredClasses())
                .filter(c -> c.isAnnotationPresent(Nested.class))
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)
                                || m.isAnnotationPresent(TestFactory.class))
                        .map(Method::getName).map(m -> c.getSimpleName() + "." + m))
                .sorted(Comparator.naturalOrder()).toList();
    }
}
