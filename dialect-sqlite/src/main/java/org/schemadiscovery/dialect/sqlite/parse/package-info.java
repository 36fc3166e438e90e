/**
 * A tokenizer with SQLite's lexical rules and a recursive-descent parser for the stored {@code CREATE} statements
 * (tables, virtual tables, indexes, views, triggers). No regular expressions: quoted identifiers, comments, string
 * literals and nested parentheses are tokens, not text patterns.
 */
package org.schemadiscovery.dialect.sqlite.parse;
