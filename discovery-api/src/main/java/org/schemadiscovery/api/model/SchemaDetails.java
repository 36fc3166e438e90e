package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * What a database keeps about a schema (a namespace) itself, beside its objects: who owns it, its comment and the
 * privileges granted on it. {@link SchemaInfo#schemas()} stays the plain list of names; this record is for the schemas
 * that have any of these (dialects without them, such as SQLite, report none).
 *
 * @param name       schema name
 * @param owner      owner role, or null where the database has no schema owners (MySQL, MariaDB) or did not say
 * @param comment    comment ({@code COMMENT ON SCHEMA}), or null
 * @param privileges privileges granted on the schema (PostgreSQL {@code USAGE}, {@code CREATE}; MySQL database-level
 *                   grants), ordered by {@link Privilege#ORDER}
 */
public record SchemaDetails(String name, String owner, String comment, List<Privilege> privileges) {
    public SchemaDetails {
        Objects.requireNonNull(name, "name");
        privileges = Copies.list(privileges);
    }
}
