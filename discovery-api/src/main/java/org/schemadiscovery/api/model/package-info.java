/** The immutable schema model: records, never-null collections, a sealed constraint hierarchy. */
package org.schemadiscovery.api.model;
