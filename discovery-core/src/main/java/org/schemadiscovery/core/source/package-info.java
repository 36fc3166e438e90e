/** Where a schema comes from: a live database, a JSON snapshot or a DDL file loaded into a scratch database. */
package org.schemadiscovery.core.source;
