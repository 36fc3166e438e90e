/** One discovery run: phases, error policy, deadline. Internal. */
package org.schemadiscovery.core.run;
