package org.schemadiscovery.api.diff;

import org.schemadiscovery.api.model.SchemaInfo;

/**
 * A dialect's equivalences for schema comparison: rewrites what the server can write two ways into one canonical
 * spelling, so that a schema compared with itself, with its JSON snapshot or with a copy loaded from its DDL shows
 * no change. Examples: type aliases, the index the server creates for a constraint, the indexes a partition
 * inherits from its parent, a sequence default of a serial column, names the server generates (SQLite
 * {@code sqlite_autoindex_*}), the database's own name inside stored definitions (MariaDB writes
 * {@code `db`.`t`} into view bodies).
 *
 * <p>Optional: a dialect without one is compared as discovered. Rules for implementations:
 * <ul>
 *   <li>rewrite spellings, never differences: two schemas a migration would have to change must stay different;</li>
 *   <li>idempotent ({@code normalize(normalize(s))} equals {@code normalize(s)}), stateless and thread-safe;</li>
 *   <li>keep object names that users see (the comparison matches by name), except names the server generates.</li>
 * </ul>
 * Registered like the other services: {@code provides ... with} in {@code module-info} and META-INF/services.
 */
public interface SchemaNormalizer {
    /** Dialect id, as {@link DiscoveryStrategy#dialect()}. */
    String dialect();

    /** The schema in canonical form. */
    SchemaInfo normalize(SchemaInfo schema);
}
