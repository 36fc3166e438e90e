/** Keeping credentials out of output, messages and logs. */
package org.schemadiscovery.cli.security;
