package org.schemadiscovery.api.migration;

import java.util.Objects;
import org.schemadiscovery.api.diff.SchemaChange;

/**
 * A change the planner cannot implement (yet, or at all on this database), with the reason. A plan with any is
 * incomplete, like one with steps left out: the planner reports instead of throwing.
 *
 * @param change the change
 * @param reason why, in words
 */
public record Unsupported(SchemaChange change, String reason) {
    public Unsupported {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(reason, "reason");
    }
}
