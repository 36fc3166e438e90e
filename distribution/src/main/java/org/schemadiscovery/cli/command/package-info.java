/**
 * The CLI's logic: {@link org.schemadiscovery.cli.command.Cli} (parse, run, exit codes, one-line errors) and the
 * picocli commands {@code discover}, {@code dialects}, {@code recommend} and {@code ddl}.
 */
package org.schemadiscovery.cli.command;
