package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A user-defined type.
 *
 * @param ref           name
 * @param kind          kind
 * @param enumLabels    enum labels in sort order (ENUM)
 * @param baseType      base type (DOMAIN) or subtype (RANGE), or null
 * @param domainDefault domain default, or null
 * @param domainNotNull domain NOT NULL
 * @param domainChecks  domain CHECK constraints
 * @param attributes    composite attributes in order (COMPOSITE)
 * @param owner         owner, or null
 * @param comment       comment, or null
 */
public record TypeInfo(TableRef ref, TypeKind kind, List<String> enumLabels, String baseType, String domainDefault,
                       boolean domainNotNull, List<DomainCheck> domainChecks, List<TypeAttribute> attributes,
                       String owner, String comment) {
    public TypeInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        enumLabels = Copies.list(enumLabels);
        domainChecks = Copies.list(domainChecks);
        attributes = Copies.list(attributes);
    }

    /**
     * A builder starting from {@code ref} and {@code kind}; every other component starts empty (null, false, 0 or an
     * empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef ref, TypeKind kind) {
        return new Builder().ref(ref).kind(kind);
    }

    /** A builder holding this TypeInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().ref(ref).kind(kind).enumLabels(enumLabels).baseType(baseType)
                .domainDefault(domainDefault).domainNotNull(domainNotNull).domainChecks(domainChecks)
                .attributes(attributes).owner(owner).comment(comment);
    }

    /** Builds a {@link TypeInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private TableRef ref;
        private TypeKind kind;
        private List<String> enumLabels;
        private String baseType;
        private String domainDefault;
        private boolean domainNotNull;
        private List<DomainCheck> domainChecks;
        private List<TypeAttribute> attributes;
        private String owner;
        private String comment;

        private Builder() {
        }

        /** Sets {@link TypeInfo#ref()}. */
        public Builder ref(TableRef ref) {
            this.ref = ref;
            return this;
        }

        /** Sets {@link TypeInfo#kind()}. */
        public Builder kind(TypeKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@link TypeInfo#enumLabels()}. */
        public Builder enumLabels(List<String> enumLabels) {
            this.enumLabels = enumLabels;
            return this;
        }

        /** Sets {@link TypeInfo#baseType()}. */
        public Builder baseType(String baseType) {
            this.baseType = baseType;
            return this;
        }

        /** Sets {@link TypeInfo#domainDefault()}. */
        public Builder domainDefault(String domainDefault) {
            this.domainDefault = domainDefault;
            return this;
        }

        /** Sets {@link TypeInfo#domainNotNull()}. */
        public Builder domainNotNull(boolean domainNotNull) {
            this.domainNotNull = domainNotNull;
            return this;
        }

        /** Sets {@link TypeInfo#domainChecks()}. */
        public Builder domainChecks(List<DomainCheck> domainChecks) {
            this.domainChecks = domainChecks;
            return this;
        }

        /** Sets {@link TypeInfo#attributes()}. */
        public Builder attributes(List<TypeAttribute> attributes) {
            this.attributes = attributes;
            return this;
        }

        /** Sets {@link TypeInfo#owner()}. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets {@link TypeInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The TypeInfo; the canonical constructor validates and copies as usual. */
        public TypeInfo build() {
            return new TypeInfo(ref, kind, enumLabels, baseType, domainDefault, domainNotNull, domainChecks,
                    attributes, owner, comment);
        }
    }
}
