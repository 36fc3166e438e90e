/** Migration plans as text: the script a database's own client runs ({@link org.schemadiscovery.core.migration.MigrationScript}). */
package org.schemadiscovery.core.migration;
