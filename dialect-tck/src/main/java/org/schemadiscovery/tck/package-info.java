/**
 * The dialect compatibility kit. A dialect's test extends {@link org.schemadiscovery.tck.DialectCompatibilityKit},
 * hands it the plugin instances ({@link org.schemadiscovery.tck.DialectServices}), a
 * {@link org.schemadiscovery.tck.TestDatabaseServer} and its {@link org.schemadiscovery.tck.DialectFixtures}, and
 * passes every assertion the kit makes. See {@code docs/writing-a-dialect.md}.
 */
package org.schemadiscovery.tck;
