/**
 * Migration planning for SQLite: {@code ALTER TABLE} where SQLite has one, otherwise the table rebuild of SQLite's
 * documentation ("Making Other Kinds Of Table Schema Changes"), ordered with the API's {@code DependencyGraph}.
 * Works on the models alone; uses {@code render} for every statement that creates an object and {@code parse} to
 * find the views and triggers that read a table.
 */
package org.schemadiscovery.dialect.sqlite.migrate;
