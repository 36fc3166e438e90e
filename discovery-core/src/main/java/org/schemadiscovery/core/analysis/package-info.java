/** Relationship derivation and the generic recommendation rules. */
package org.schemadiscovery.core.analysis;
