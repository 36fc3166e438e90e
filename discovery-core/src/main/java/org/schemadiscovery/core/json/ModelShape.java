package org.schemadiscovery.core.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * A digest of the model's shape as {@link JsonCodec} writes it: every record reachable from {@link SchemaInfo}
 * with its components' names and types, the permitted subtypes of sealed interfaces, and the constants of enums. Two
 * builds with the same shape write the same JSON for the same model and read each other's, so a stored snapshot of
 * this shape may be copied as it is instead of being parsed and written again; one of another shape (a build that
 * added a property or an enum constant without a new format version) must be parsed first, where a failure is still
 * a warning and a miss.
 */
public final class ModelShape {
    private ModelShape() {
    }

    /** This build's shape digest (computed once, immutable). */
    public static String digest() {
        return Holder.DIGEST;
    }

    private static final class Holder {
        static final String DIGEST = compute();
    }

    private static String compute() {
        return digestOf(SchemaInfo.class);
    }

    /** The shape digest of the model rooted at {@code root} (tests use small models). */
    static String digestOf(Class<?> root) {
        List<String> parts = new ArrayList<>();
        parts.add("format " + JsonCodec.FORMAT_VERSION);
        describe(root, new HashSet<>(), parts);
        return SchemaFingerprint.sha256(parts);
    }

    private static void describe(Type type, Set<Class<?>> seen, List<String> parts) {
        if (type instanceof ParameterizedType p) {
            describe(p.getRawType(), seen, parts);
            for (Type argument : p.getActualTypeArguments()) {
                describe(argument, seen, parts);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                describe(bound, seen, parts);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.getName().startsWith("org.schemadiscovery.") || !seen.add(c)) {
            return;
        }
        if (c.isEnum()) {
            StringBuilder sb = new StringBuilder("enum ").append(c.getName());
            for (Object constant : c.getEnumConstants()) {
                sb.append(' ').append(((Enum<?>) constant).name());
            }
            parts.add(sb.toString());
        } else if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                parts.add(c.getName() + "." + component.getName() + ": " + component.getGenericType().getTypeName());
                describe(component.getGenericType(), seen, parts);
            }
        } else if (c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                parts.add("sealed " + c.getName() + " permits " + permitted.getName());
                describe(permitted, seen, parts);
            }
        }
    }
}
