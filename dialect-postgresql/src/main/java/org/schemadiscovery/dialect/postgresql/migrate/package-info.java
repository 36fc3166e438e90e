/**
 * The PostgreSQL migration planner: changes to statements with object keys, keys to a dependency graph, the sorted
 * graph to transaction groups. Internal to the plugin; the service is
 * {@link org.schemadiscovery.dialect.postgresql.PostgresMigrationPlanner}.
 */
package org.schemadiscovery.dialect.postgresql.migrate;
