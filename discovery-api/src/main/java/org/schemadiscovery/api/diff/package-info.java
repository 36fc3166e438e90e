/**
 * What changed between two schemas, as data: a sealed hierarchy of {@link org.schemadiscovery.api.diff.SchemaChange}s
 * (added, removed, altered, renamed) that carry the compared model objects, and the {@link
 * org.schemadiscovery.api.diff.DiffOptions} of a comparison. Core's {@code SchemaDiff} computes the list; a migration
 * planner in a dialect turns it into SQL, so these types live in the API, which dialects may depend on.
 */
package org.schemadiscovery.api.diff;
