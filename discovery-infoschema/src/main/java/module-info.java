/**
 * Optional support for dialect plugins: tables, columns and constraints read from the SQL standard's
 * INFORMATION_SCHEMA views and assembled into the model in its order. A dialect whose catalog is (close to) the
 * standard's overrides the queries and the type rendering it needs and keeps the assembly. Depends on the API only,
 * so a plugin using it still depends on nothing but the API and its driver.
 */
module org.schemadiscovery.infoschema {
    requires transitive org.schemadiscovery.api;

    exports org.schemadiscovery.infoschema;
}
