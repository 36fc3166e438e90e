/** Durations as people write them: one parser for every option and URI parameter, and the printed form. */
package org.schemadiscovery.core.time;
