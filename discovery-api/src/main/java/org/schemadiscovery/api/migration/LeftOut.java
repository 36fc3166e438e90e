package org.schemadiscovery.api.migration;

import java.util.Objects;

/**
 * A step the plan does not run, and why: destructive while destructive steps are not allowed, or dependent on
 * such a step. Scripts list them as comments, never a silent skip.
 *
 * @param step   the step as it would have run
 * @param reason why it was left out
 */
public record LeftOut(MigrationStep step, String reason) {
    public LeftOut {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
    }
}
