/** Progress lines on standard error. */
package org.schemadiscovery.cli.progress;
