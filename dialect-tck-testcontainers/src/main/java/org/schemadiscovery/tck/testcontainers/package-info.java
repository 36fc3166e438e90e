/**
 * Optional {@link org.schemadiscovery.tck.TestDatabaseProvisioner}s for the dialect compatibility kit that start
 * PostgreSQL ({@code postgres:15-alpine}) or MariaDB ({@code mariadb:10.11}) with Testcontainers, once per JVM and
 * only when Docker answers. Class path only: add the {@code dialect-tck-testcontainers} artifact in test scope and
 * the kit finds the provisioners through {@link java.util.ServiceLoader}.
 */
package org.schemadiscovery.tck.testcontainers;
