/** The dialect compatibility kit. */
module org.schemadiscovery.tck {
    requires transitive org.schemadiscovery.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires org.slf4j;
}
