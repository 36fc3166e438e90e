/** The site generator's entry point: {@link org.schemadiscovery.site.SiteGenerator}. */
package org.schemadiscovery.site;
