package org.schemadiscovery.core.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.UniqueConstraint;

/** Jackson annotations for API types, kept in core so the API depends on java.sql only. */
final class ModelMixins {
    private ModelMixins() {
    }

    /** The sealed constraint hierarchy carries a {@code kind} discriminator. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = PrimaryKey.class, name = "primary-key"),
        @JsonSubTypes.Type(value = UniqueConstraint.class, name = "unique"),
        @JsonSubTypes.Type(value = CheckConstraint.class, name = "check"),
        @JsonSubTypes.Type(value = ForeignKey.class, name = "foreign-key"),
        @JsonSubTypes.Type(value = ExclusionConstraint.class, name = "exclusion")
    })
    interface ConstraintInfoMixin {
    }
}
