package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import java.util.List;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.dialect.postgresql.migrate.PgPlanner;

/**
 * Plans PostgreSQL migrations: ordered by a dependency graph built from the two models, one transaction per group,
 * {@code lock_timeout} set in each, {@code CREATE INDEX CONCURRENTLY} and {@code NOT VALID} + {@code VALIDATE} when
 * online, views reading a changed column dropped and recreated around the change, enum values added in place.
 */
@AutoService(MigrationPlanner.class)
public final class PostgresMigrationPlanner implements MigrationPlanner {
    @Override
    public String dialect() {
        return PostgresDialect.ID;
    }

    @Override
    public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes, PlannerOptions options) {
        return new PgPlanner(PostgresDialect.ID).plan(from, to, changes, options);
    }
}
