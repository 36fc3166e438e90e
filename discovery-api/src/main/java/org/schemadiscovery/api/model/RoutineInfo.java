package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * A function or procedure.
 *
 * @param ref        name
 * @param arguments  argument list as the database prints it, e.g. {@code a integer, b text}
 * @param kind       kind
 * @param language   language, e.g. {@code plpgsql}
 * @param returnType return type, or null for procedures
 * @param definition body, or null when not readable
 */
public record RoutineInfo(TableRef ref, String arguments, RoutineKind kind, String language, String returnType,
                          String definition) {
    public RoutineInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        arguments = arguments == null ? "" : arguments;
    }

    /** Signature for messages, e.g. {@code public.f(a integer)}. */
    public String signature() {
        return ref.displayName() + "(" + arguments + ")";
    }
}
