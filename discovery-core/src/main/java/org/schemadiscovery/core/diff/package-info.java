/**
 * Schema comparison: {@link org.schemadiscovery.core.diff.SchemaDiff} turns two models into the ordered change list of
 * {@code org.schemadiscovery.api.diff}. Dialect-free: what a server writes two ways is the dialect's
 * {@code SchemaNormalizer}'s business.
 */
package org.schemadiscovery.core.diff;
