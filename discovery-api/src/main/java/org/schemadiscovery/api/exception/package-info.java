/** Typed, unchecked exceptions with one-line messages. */
package org.schemadiscovery.api.exception;
