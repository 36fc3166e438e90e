/** The built-in generic strategy over {@link java.sql.DatabaseMetaData}, and the SQL error classifier. */
package org.schemadiscovery.core.generic;
