/** The dialect service interfaces a plugin implements, and the options and context they receive. */
package org.schemadiscovery.api.spi;
