/**
 * Migration plans: what a {@link org.schemadiscovery.api.spi.MigrationPlanner} makes of a schema comparison —
 * ordered {@link org.schemadiscovery.api.migration.MigrationStep}s with their
 * {@link org.schemadiscovery.api.migration.Hazard}s, grouped into
 * {@link org.schemadiscovery.api.migration.TransactionGroup}s, and what it left out and why.
 */
package org.schemadiscovery.api.migration;
