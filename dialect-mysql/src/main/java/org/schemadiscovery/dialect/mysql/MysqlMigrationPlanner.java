package org.schemadiscovery.dialect.mysql;

import com.google.auto.service.AutoService;
import java.util.List;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.dialect.mysql.migrate.MysqlPlanner;

/**
 * Plans MySQL/MariaDB migrations: one ALTER TABLE per table where possible, foreign keys dropped before and added
 * again after the columns they use change, every statement its own group outside a transaction (DDL commits
 * implicitly, so applying stops at the first failing statement), and the table copies the server makes named in
 * the hazards (ALGORITHM=COPY, LOCK=SHARED).
 */
@AutoService(MigrationPlanner.class)
public final class MysqlMigrationPlanner implements MigrationPlanner {
    @Override
    public String dialect() {
        return MysqlDialect.ID;
    }

    @Override
    public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes, PlannerOptions options) {
        return new MysqlPlanner(MysqlDialect.ID).plan(from, to, changes, options);
    }
}
