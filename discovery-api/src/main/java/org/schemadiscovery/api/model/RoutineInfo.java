package org.schemadiscovery.api.model;

import java.util.List;
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
 * @param owner      owner role, or null
 * @param comment    comment, or null
 * @param privileges privileges granted on it (EXECUTE), empty when none or not known
 */
public record RoutineInfo(TableRef ref, String arguments, RoutineKind kind, String language, String returnType,
                          String definition, String owner, String comment, List<Privilege> privileges) {
    public RoutineInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        arguments = arguments == null ? "" : arguments;
        privileges = Copies.list(privileges);
    }

    /**
     * The canonical constructor without owner, comment, privileges; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public RoutineInfo(TableRef ref, String arguments, RoutineKind kind, String language, String returnType,
                       String definition) {
        this(ref, arguments, kind, language, returnType, definition, null, null, List.of());
    }

    /** Signature for messages, e.g. {@code public.f(a integer)}. */
    public String signature() {
        return ref.displayName() + "(" + arguments + ")";
    }

    /**
     * A builder starting from {@code ref} and {@code kind}; every other component starts empty (null, false, 0 or an
     * empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef ref, RoutineKind kind) {
        return new Builder().ref(ref).kind(kind);
    }

    /** A builder holding this RoutineInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().ref(ref).arguments(arguments).kind(kind).language(language).returnType(returnType)
                .definition(definition).owner(owner).comment(comment).privileges(privileges);
    }

    /** Builds a {@link RoutineInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private TableRef ref;
        private String arguments;
        private RoutineKind kind;
        private String language;
        private String returnType;
        private String definition;
        private String owner;
        private String comment;
        private List<Privilege> privileges;

        private Builder() {
        }

        /** Sets {@link RoutineInfo#ref()}. */
        public Builder ref(TableRef ref) {
            this.ref = ref;
            return this;
        }

        /** Sets {@link RoutineInfo#arguments()}. */
        public Builder arguments(String arguments) {
            this.arguments = arguments;
            return this;
        }

        /** Sets {@link RoutineInfo#kind()}. */
        public Builder kind(RoutineKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@link RoutineInfo#language()}. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Sets {@link RoutineInfo#returnType()}. */
        public Builder returnType(String returnType) {
            this.returnType = returnType;
            return this;
        }

        /** Sets {@link RoutineInfo#definition()}. */
        public Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        /** Sets {@link RoutineInfo#owner()}. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets {@link RoutineInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Sets {@link RoutineInfo#privileges()}. */
        public Builder privileges(List<Privilege> privileges) {
            this.privileges = privileges;
            return this;
        }

        /** The RoutineInfo; the canonical constructor validates and copies as usual. */
        public RoutineInfo build() {
            return new RoutineInfo(ref, arguments, kind, language, returnType, definition, owner, comment,
                    privileges);
        }
    }
}
