package org.schemadiscovery.dialect.postgresql.tck;

/** The PostgreSQL dialect passes the kit's version-dependent groups on PostgreSQL 12, the oldest it supports. */
class Postgres12CompatibilityTest extends PostgresVersionKit {
    @Override
    String binariesVersion() {
        return "12.22.0";
    }
}
