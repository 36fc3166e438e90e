/** The PostgreSQL dialect plugin. */
module org.schemadiscovery.dialect.postgresql {
    requires org.schemadiscovery.api;
    requires org.slf4j;
    requires org.postgresql.jdbc;
    requires static com.google.auto.service;
}
