package org.schemadiscovery.api.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to compare two schemas.
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.builder()
 *     .rename(ObjectType.TABLE, "app.customer", "app.client")
 *     .rename(ObjectType.COLUMN, "app.client.mail", "email")
 *     .ignore(DiffAspect.OWNERS, DiffAspect.PRIVILEGES)
 *     .mapSchema("app", "app_v2")
 *     .build();
 * }</pre>
 *
 * <p>Schemas: a schema of the {@code from} side is compared with the {@code to} schema {@link #schemaMap()} maps it
 * to, else with the one of the same name; when neither side maps anything and each holds exactly one schema, the
 * two are compared as the same one (a MySQL database and its copy under another name, SQLite {@code main}).
 *
 * @param renames    rename hints, in the order given
 * @param ignored    aspects not compared
 * @param schemaMap  from-side schema name to to-side schema name
 * @param normalizer the dialect's normaliser applied to both sides before comparing, or null for none (the
 *                   facade's {@code compare} supplies the dialect's own)
 */
public record DiffOptions(List<RenameHint> renames, Set<DiffAspect> ignored, Map<String, String> schemaMap,
                          SchemaNormalizer normalizer) {
    public DiffOptions {
        renames = List.copyOf(renames == null ? List.of() : renames);
        ignored = ignored == null || ignored.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ignored));
        schemaMap = schemaMap == null || schemaMap.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(schemaMap));
        List<String> targets = new ArrayList<>(schemaMap.values());
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException("two schemas are mapped to the same schema: " + schemaMap);
        }
    }

    /** No renames, nothing ignored, schemas matched by name (or the single schema of each side), no normaliser. */
    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), Set.of(), Map.of(), null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.renames.addAll(renames);
        b.ignored.addAll(ignored);
        b.schemaMap.putAll(schemaMap);
        b.normalizer = normalizer;
        return b;
    }

    /** Whether an aspect is left out of the comparison. */
    public boolean ignores(DiffAspect aspect) {
        return ignored.contains(aspect);
    }

    /** A copy with this normaliser. */
    public DiffOptions withNormalizer(SchemaNormalizer newNormalizer) {
        return new DiffOptions(renames, ignored, schemaMap, newNormalizer);
    }

    public static final class Builder {
        private final List<RenameHint> renames = new ArrayList<>();
        private final Set<DiffAspect> ignored = EnumSet.noneOf(DiffAspect.class);
        private final Map<String, String> schemaMap = new LinkedHashMap<>();
        private SchemaNormalizer normalizer;

        private Builder() {
        }

        /** A rename hint: {@code from} in the from schema is {@code to} in the to schema. */
        public Builder rename(ObjectType type, ObjectName from, ObjectName to) {
            renames.add(new RenameHint(type, from, to));
            return this;
        }

        /**
         * A rename hint from dotted names ({@link ObjectName#parse}); a {@code to} of fewer parts than {@code from}
         * keeps {@code from}'s leading parts: {@code rename(COLUMN, "app.users.mail", "email")}.
         *
         * @throws IllegalArgumentException for a malformed name
         */
        public Builder rename(ObjectType type, String from, String to) {
            ObjectName f = ObjectName.parse(type, from);
            ObjectName t = parseTarget(type, f, to);
            return rename(type, f, t);
        }

        private static ObjectName parseTarget(ObjectType type, ObjectName from, String to) {
            try {
                return ObjectName.parse(type, to);
            } catch (IllegalArgumentException tooShort) {
                ObjectName bare = ObjectName.parse(ObjectType.SCHEMA, to);
                if (from.parent() == null && from.schema() == null) {
                    throw tooShort;
                }
                return new ObjectName(from.schema(), from.parent(), bare.name());
            }
        }

        /** Leaves these aspects out. */
        public Builder ignore(DiffAspect... aspects) {
            for (DiffAspect a : aspects) {
                ignored.add(Objects.requireNonNull(a, "aspect"));
            }
            return this;
        }

        /** Compares from-side schema {@code from} with to-side schema {@code to}. */
        public Builder mapSchema(String from, String to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            String previous = schemaMap.putIfAbsent(from, to);
            if (previous != null && !previous.equals(to)) {
                throw new IllegalArgumentException("schema " + from + " is mapped twice: to " + previous + " and "
                        + to);
            }
            return this;
        }

        /** The dialect's normaliser (see {@link SchemaNormalizer}). */
        public Builder normalizer(SchemaNormalizer newNormalizer) {
            this.normalizer = newNormalizer;
            return this;
        }

        public DiffOptions build() {
            return new DiffOptions(renames, ignored, schemaMap, normalizer);
        }
    }
}
