/** Core's JDBC plumbing: counting proxies, connection source, driver lookup, URL redaction. Internal. */
package org.schemadiscovery.core.jdbc;
