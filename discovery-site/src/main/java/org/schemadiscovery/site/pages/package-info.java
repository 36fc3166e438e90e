/** One class per kind of page, each writing escaped HTML through {@code Html}. */
package org.schemadiscovery.site.pages;
