package org.schemadiscovery.api.migration;

import java.util.List;
import java.util.Objects;

/**
 * Steps that run together: in one transaction (all or nothing) when {@link #transactional()}, otherwise one
 * statement that cannot run inside a transaction block ({@code CREATE INDEX CONCURRENTLY}).
 *
 * @param settings      statements run first in the group, e.g. {@code SET LOCAL lock_timeout = '5s'}
 * @param steps         the steps, in order, never empty
 * @param transactional whether the group runs in one transaction
 */
public record TransactionGroup(List<String> settings, List<MigrationStep> steps, boolean transactional) {
    public TransactionGroup {
        settings = List.copyOf(settings);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a transaction group needs a step");
        }
        if (!transactional && steps.size() != 1) {
            throw new IllegalArgumentException("a group outside a transaction holds exactly one step, not "
                    + steps.size());
        }
        for (MigrationStep s : steps) {
            Objects.requireNonNull(s, "step");
            if (transactional && !s.transactional()) {
                throw new IllegalArgumentException("a step that cannot run in a transaction is in a transactional "
                        + "group: " + s.sql());
            }
        }
    }
}
