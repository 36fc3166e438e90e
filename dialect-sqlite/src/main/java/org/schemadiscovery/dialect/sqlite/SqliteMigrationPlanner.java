package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import java.util.List;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.dialect.sqlite.migrate.SqlitePlanner;

/**
 * Plans SQLite migrations: {@code ALTER TABLE} where SQLite has it (add a column with a constant default, rename a
 * table or column, drop a column nothing else uses), otherwise the table rebuild of SQLite's documentation, keeping
 * STRICT, WITHOUT ROWID, the rowid, the AUTOINCREMENT counter, indexes, triggers and the views that read the table.
 * Foreign keys are switched off before and on after a transaction that drops or rebuilds a table, and checked with
 * {@code PRAGMA foreign_key_check} before its COMMIT.
 */
@AutoService(MigrationPlanner.class)
public final class SqliteMigrationPlanner implements MigrationPlanner {
    @Override
    public String dialect() {
        return SqliteDialect.ID;
    }

    @Override
    public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes, PlannerOptions options) {
        return new SqlitePlanner(SqliteDialect.ID).plan(from, to, changes, options);
    }
}
