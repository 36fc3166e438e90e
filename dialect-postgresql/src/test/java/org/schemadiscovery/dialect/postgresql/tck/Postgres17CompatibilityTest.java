package org.schemadiscovery.dialect.postgresql.tck;

/** The PostgreSQL dialect passes the kit's version-dependent groups on PostgreSQL 17. */
class Postgres17CompatibilityTest extends PostgresVersionKit {
    @Override
    String binariesVersion() {
        return "17.5.0";
    }
}
