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
}
