package org.schemadiscovery.dialect.postgresql.tck;

/** The PostgreSQL dialect passes the dialect compatibility kit. */
class PostgresCompatibilityTest extends PostgresKit {
    PostgresCompatibilityTest() {
        super(PostgresKit::plugin);
    }
}
