/**
 * DDL rendering on the model alone: the ordered script of a model
 * ({@link org.schemadiscovery.dialect.postgresql.render.DdlScript}), quoting, and the keys of the dialect options the
 * plugin reports ({@link org.schemadiscovery.dialect.postgresql.render.OptionKeys}).
 */
package org.schemadiscovery.dialect.postgresql.render;
