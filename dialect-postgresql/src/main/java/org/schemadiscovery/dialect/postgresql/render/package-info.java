/** DDL rendering: the ordered script of a model ({@link org.schemadiscovery.dialect.postgresql.render.PgDdlScript}) and quoting. */
package org.schemadiscovery.dialect.postgresql.render;
