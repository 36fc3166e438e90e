package org.schemadiscovery.tck;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The system properties that narrow a kit run while a dialect is being written; CI runs the whole kit.
 *
 * <ul>
 *   <li>{@code -Dtck.groups=tables,keys} runs only the groups named (by the group's class name or display name,
 *       case-insensitive: {@code Keys} or {@code keys and constraints}); the others are reported as skipped with
 *       {@code tck.groups} in the reason;</li>
 *   <li>{@code -Dtck.scale=100} makes the scale group's largest database 100 tables instead of 1000 (at least 20;
 *       it then compares 10 and 100).</li>
 * </ul>
 * A subclass annotated {@link KitGroups} runs only the groups it names, whatever {@code tck.groups} adds.
 */
final class KitSettings implements ExecutionCondition {
    /** The scale group's largest number of tables unless {@code tck.scale} says otherwise. */
    static final int DEFAULT_SCALE = 1000;
    private static final int MIN_SCALE = 20;

    /** For JUnit ({@code @ExtendWith}). */
    KitSettings() {
    }

    /** The groups {@code tck.groups} selects, lower case; empty when it is unset or blank (every group runs). */
    static Set<String> groups() {
        String value = System.getProperty("tck.groups", "").trim();
        if (value.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The numbers of tables the scale group compares, ascending: 10, 100 and 1000 by default; with
     * {@code -Dtck.scale=N}, 10, then 100 when below N, then N.
     *
     * @throws IllegalArgumentException when {@code tck.scale} is not a whole number of at least 20
     */
    static List<Integer> scaleSizes() {
        int max = scale();
        return IntStream.of(10, 100, max).filter(n -> n <= max).distinct().boxed().sorted().toList();
    }

    /** The scale group's largest number of tables. */
    static int scale() {
        String value = System.getProperty("tck.scale", "").trim();
        if (value.isEmpty()) {
            return DEFAULT_SCALE;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= MIN_SCALE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("tck.scale must be a whole number of at least " + MIN_SCALE
                + " (the largest number of tables the scale group creates), not '" + value + "'");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Class<?>> group = context.getTestClass().filter(c -> c.isAnnotationPresent(Nested.class)
                && c.getEnclosingClass() == DialectCompatibilityKit.class);
        if (group.isEmpty() || context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("not a kit group");
        }
        String name = group.get().getSimpleName().toLowerCase(Locale.ROOT);
        String display = Optional.ofNullable(group.get().getAnnotation(DisplayName.class)).map(DisplayName::value)
                .orElse(name).toLowerCase(Locale.ROOT);
        Optional<Class<?>> subclass = context.getParent().flatMap(ExtensionContext::getTestClass);
        Optional<KitGroups> own = subclass.map(c -> c.getAnnotation(KitGroups.class));
        if (own.isPresent()) {
            Set<String> named = Arrays.stream(own.get().value()).map(g -> g.trim().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!named.contains(name) && !named.contains(display)) {
                return ConditionEvaluationResult.disabled("group '" + display + "' not among the @KitGroups of "
                        + subclass.get().getSimpleName() + ": " + named);
            }
        }
        Set<String> selected = groups();
        if (selected.isEmpty()) {
            return ConditionEvaluationResult.enabled("every kit group runs");
        }
        if (selected.contains(name) || selected.contains(display)) {
            return ConditionEvaluationResult.enabled("selected by tck.groups");
        }
        return ConditionEvaluationResult.disabled("group '" + display + "' not selected by tck.groups=" + selected);
    }
}
