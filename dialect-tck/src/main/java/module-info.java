/**
 * The dialect compatibility kit: {@link org.schemadiscovery.tck.DialectCompatibilityKit}, an abstract JUnit 5 class
 * that a dialect's test subclasses, plus test-database provisioning.
 */
module org.schemadiscovery.tck {
    requires transitive org.schemadiscovery.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires org.slf4j;
    requires org.junit.platform.launcher;
    requires com.tngtech.archunit;

    exports org.schemadiscovery.tck;
    exports org.schemadiscovery.tck.selfcheck;
    // JUnit instantiates the kit's @Nested groups reflectively.
    opens org.schemadiscovery.tck to org.junit.platform.commons;

    uses org.schemadiscovery.tck.TestDatabaseProvisioner;
    uses org.schemadiscovery.api.spi.MigrationPlanner;
}
