/** Rendering the model as MySQL/MariaDB DDL, quoting, and the keys of the dialect options the plugin reports. */
package org.schemadiscovery.dialect.mysql.render;
