package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * An installed extension.
 *
 * @param name    extension name
 * @param version installed version
 * @param schema  schema holding its objects
 * @param members objects it owns, as display names (they are not reported as user objects)
 * @param comment comment, or null
 */
public record ExtensionInfo(String name, String version, String schema, List<String> members, String comment) {
    public ExtensionInfo {
        Objects.requireNonNull(name, "name");
        members = Copies.list(members);
    }

    /**
     * The canonical constructor without comment; kept so that plugins compiled against it keep working. The comment
     * is null.
     *
     * @deprecated use {@link #builder(String)}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public ExtensionInfo(String name, String version, String schema, List<String> members) {
        this(name, version, schema, members, null);
    }

    /**
     * A builder starting from {@code name}; every other component starts empty (null, false, 0 or an empty
     * collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /** A builder holding this ExtensionInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).version(version).schema(schema).members(members).comment(comment);
    }

    /** Builds an {@link ExtensionInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String version;
        private String schema;
        private List<String> members;
        private String comment;

        private Builder() {
        }

        /** Sets {@link ExtensionInfo#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link ExtensionInfo#version()}. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Sets {@link ExtensionInfo#schema()}. */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /** Sets {@link ExtensionInfo#members()}. */
        public Builder members(List<String> members) {
            this.members = members;
            return this;
        }

        /** Sets {@link ExtensionInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The ExtensionInfo; the canonical constructor validates and copies as usual. */
        public ExtensionInfo build() {
            return new ExtensionInfo(name, version, schema, members, comment);
        }
    }
}
