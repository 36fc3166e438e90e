package org.schemadiscovery.api.spi;

import java.util.List;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;

/**
 * Turns a schema comparison into SQL for one dialect. Optional: a dialect without one still discovers, compares
 * and renders DDL. Registered like the other services (Auto-Service and {@code provides}); stateless and
 * thread-safe.
 *
 * <p>Planning is pure: models in, statements out, no connection. The order of the steps comes from the
 * dependencies the models show (a foreign key after both tables, a view after the columns it reads), not from a
 * fixed list of phases.
 *
 * <p>Failure model: a change the planner cannot implement is reported in {@link MigrationPlan#unsupported()}, not
 * thrown; destructive steps (and the steps that depend on them) are left out unless
 * {@link PlannerOptions#allowDestructive()}, and listed in {@link MigrationPlan#leftOut()}. It throws only for a
 * programming error (a null argument, changes that do not belong to the two models).
 */
public interface MigrationPlanner {
    /** Dialect id, the same as the dialect's other services. */
    String dialect();

    /**
     * Plans the migration from {@code from} to {@code to}.
     *
     * @param from    the schema as it is
     * @param to      the schema as it should be
     * @param changes the comparison of the two (in the from side's schema names), as {@code SchemaDiff} lists it
     * @param options what is allowed
     */
    MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes, PlannerOptions options);
}
