package org.schemadiscovery.api.diff;

import java.util.Locale;
import java.util.Optional;

/** Attributes a comparison can be told to ignore ({@link DiffOptions.Builder#ignore(DiffAspect...)}). */
public enum DiffAspect {
    /** Owners of schemas, tables, views, sequences, types and routines. */
    OWNERS,
    /** Grants on schemas, tables, views, sequences and routines. */
    PRIVILEGES,
    /** Comments on every object kind. */
    COMMENTS;

    /** The name used on command lines: {@code "owners"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The aspect with this {@link #id()}, ignoring case. */
    public static Optional<DiffAspect> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (DiffAspect a : values()) {
            if (a.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
