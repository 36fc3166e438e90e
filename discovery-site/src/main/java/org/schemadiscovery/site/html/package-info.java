/** Escaping and page scaffolding shared by every page. */
package org.schemadiscovery.site.html;
