/** The SQLite dialect plugin. */
module org.schemadiscovery.dialect.sqlite {
    requires org.schemadiscovery.api;
    requires org.slf4j;
    requires org.xerial.sqlitejdbc;
    requires static com.google.auto.service;
}
