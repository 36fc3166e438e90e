/**
 * Tools for a kit's self-test: running kit subclasses through the JUnit Platform Launcher ({@link
 * org.schemadiscovery.tck.selfcheck.KitOutcome}), the kit's test list ({@link
 * org.schemadiscovery.tck.selfcheck.KitTests}) and a forwarding strategy to build deliberately broken plugins on
 * ({@link org.schemadiscovery.tck.selfcheck.ForwardingStrategy}).
 */
package org.schemadiscovery.tck.selfcheck;
