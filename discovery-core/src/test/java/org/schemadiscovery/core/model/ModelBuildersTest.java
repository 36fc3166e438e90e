package org.schemadiscovery.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;

/**
 * Every model record with more than {@value #MAX_POSITIONAL} components has a builder whose {@code build()} equals
 * the canonical constructor given the same values, a {@code toBuilder()} that round-trips, and
 * {@code builder(required...)} whose unset components are the empty values (null, false, 0).
 */
class ModelBuildersTest {
    private static final int MAX_POSITIONAL = 4;

    static Stream<Class<?>> wideRecords() throws Exception {
        URI location = TableInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path root = Path.of(location);
        List<Class<?>> out = new ArrayList<>();
        if (Files.isDirectory(root)) {
            collect(root.resolve("org/schemadiscovery/api/model"), out);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(root)) {
                collect(jar.getPath("org/schemadiscovery/api/model"), out);
            }
        }
        assertThat(out).as("wide records found").hasSizeGreaterThan(15);
        return out.stream();
    }

    private static void collect(Path dir, List<Class<?>> out) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName("org.schemadiscovery.api.model." + name.replace(".class", ""));
                if (c.isRecord() && c.getRecordComponents().length > MAX_POSITIONAL) {
                    out.add(c);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideRecords")
    @DisplayName("builder with every component set equals the canonical constructor; toBuilder round-trips")
    void fullBuilderEqualsCanonical(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object canonical = sample(record, "sample");
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(canonical);
        }

        Object builder = startBuilder(record, canonical);
        for (int i = 0; i < components.length; i++) {
            Method setter = builder.getClass().getMethod(components[i].getName(), components[i].getType());
            builder = setter.invoke(builder, values[i]);
        }
        Object built = builder.getClass().getMethod("build").invoke(builder);
        assertThat(built).isEqualTo(canonical);

        Object copyBuilder = record.getMethod("toBuilder").invoke(canonical);
        assertThat(copyBuilder.getClass().getMethod("build").invoke(copyBuilder)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideRecords")
    @DisplayName("builder(required...) leaves every other component empty: null, false or 0")
    void minimalBuilderDefaults(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Method start = builderMethod(record);
        List<Integer> required = requiredComponents(record, start);
        Object[] startArgs = new Object[start.getParameterCount()];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            int r = required.indexOf(i);
            if (r >= 0) {
                values[i] = sample(components[i].getGenericType(), components[i].getName());
                startArgs[r] = values[i];
            } else {
                values[i] = empty(components[i].getType());
            }
        }
        Object builder = start.invoke(null, startArgs);
        Method build = builder.getClass().getMethod("build");
        Object expected;
        try {
            expected = canonical(record).newInstance(values);
        } catch (InvocationTargetException e) {
            // a record whose empty values break an invariant (IndexElement: a column or an expression): the builder
            // must fail the same way, since it defers to the canonical constructor
            assertThatThrownBy(() -> build.invoke(builder)).cause()
                    .isInstanceOf(e.getCause().getClass()).hasMessage(e.getCause().getMessage());
            return;
        }
        assertThat(build.invoke(builder)).isEqualTo(expected);
    }

    private static Method builderMethod(Class<?> record) {
        List<Method> found = Arrays.stream(record.getMethods())
                .filter(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers())).toList();
        assertThat(found).as(record.getSimpleName() + ".builder(...)").hasSize(1);
        return found.get(0);
    }

    private static Object startBuilder(Class<?> record, Object from) throws Exception {
        Method start = builderMethod(record);
        List<Integer> required = requiredComponents(record, start);
        Object[] args = new Object[required.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = record.getRecordComponents()[required.get(i)].getAccessor().invoke(from);
        }
        return start.invoke(null, args);
    }

    /**
     * The components {@code builder(...)} takes, in order: its parameters follow the component order, so each one
     * is the next component of its type. Were that guess wrong, the two tests' equality checks would fail.
     */
    private static List<Integer> requiredComponents(Class<?> record, Method start) {
        RecordComponent[] components = record.getRecordComponents();
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (Class<?> parameter : start.getParameterTypes()) {
            while (next < components.length && components[next].getType() != parameter) {
                next++;
            }
            assertThat(next).as(record.getSimpleName() + ".builder parameter " + parameter).isLessThan(components.length);
            out.add(next++);
        }
        return out;
    }

    private static java.lang.reflect.Constructor<?> canonical(Class<?> record) throws Exception {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        return record.getDeclaredConstructor(types);
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    /** A non-empty value for a component, distinct per component name where the type allows. */
    private static Object sample(Type type, String name) throws Exception {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return List.of(sample(args[0], name));
            }
            if (raw == Set.class) {
                return Set.of(sample(args[0], name));
            }
            if (raw == Map.class) {
                return Map.of(sample(args[0], name + "Key"), sample(args[1], name));
            }
            if (raw == java.util.Optional.class) {
                return java.util.Optional.of(sample(args[0], name));
            }
            throw new AssertionError("no sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return name + "Value";
        }
        if (c == int.class || c == Integer.class) {
            return 3;
        }
        if (c == long.class || c == Long.class) {
            return 7L;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == java.util.OptionalLong.class) {
            return java.util.OptionalLong.of(11L);
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (c == TableRef.class) {
            return new TableRef("cat", "sch", name);
        }
        if (c == ConstraintInfo.class) {
            return new PrimaryKey("pk", new TableRef(null, "sch", "t"), List.of("id"));
        }
        if (c == IndexElement.class) {
            return IndexElement.column(name);
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType(), components[i].getName());
            }
            return canonical(c).newInstance(values);
        }
        throw new AssertionError("no sample for " + type);
    }
}
