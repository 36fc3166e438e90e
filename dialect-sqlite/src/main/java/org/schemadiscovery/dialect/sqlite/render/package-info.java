/** DDL rendering: a model back to executable SQLite statements in dependency order. */
package org.schemadiscovery.dialect.sqlite.render;
