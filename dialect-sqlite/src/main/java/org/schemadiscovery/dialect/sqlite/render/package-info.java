/**
 * DDL rendering on the model alone: a model back to executable SQLite statements in dependency order
 * ({@link org.schemadiscovery.dialect.sqlite.render.DdlScript}), and the keys of the dialect options the plugin
 * reports ({@link org.schemadiscovery.dialect.sqlite.render.OptionKeys}). Quoting lives in {@code parse.Names},
 * because SQLite's tokenizer reads names by the same rules the renderer writes them.
 */
package org.schemadiscovery.dialect.sqlite.render;
