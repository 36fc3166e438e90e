/**
 * The SQLite dialect plugin: {@link org.schemadiscovery.dialect.sqlite.SqliteDiscoveryStrategy},
 * {@link org.schemadiscovery.dialect.sqlite.SqliteIndexDiscovery},
 * {@link org.schemadiscovery.dialect.sqlite.SqliteConstraintDiscovery},
 * {@link org.schemadiscovery.dialect.sqlite.SqliteDdlRenderer} and
 * {@link org.schemadiscovery.dialect.sqlite.SqliteMigrationPlanner}, dialect id {@code sqlite}
 * ({@link org.schemadiscovery.dialect.sqlite.SqliteDialect#ID}).
 *
 * <p>Discovery joins each schema's {@code sqlite_schema} with the pragma table-valued functions, so a run sends the
 * same few statements whatever the number of tables. Details the pragmas do not expose come from the stored
 * {@code CREATE} statements through a tokenizer-based parser. Sessions never write: {@code PRAGMA query_only} is on
 * while they are open. Callers should also open the file read-only (sqlite-jdbc property {@code open_mode=65}), which
 * refuses a missing file instead of creating it. Packages point one way: the providers here use {@code catalog} and
 * {@code render}; {@code catalog} uses {@code render} (option keys) and {@code parse}; {@code render} uses the API and
 * {@code parse} only; {@code migrate} (the planner) uses {@code render} and {@code parse}.
 */
package org.schemadiscovery.dialect.sqlite;
