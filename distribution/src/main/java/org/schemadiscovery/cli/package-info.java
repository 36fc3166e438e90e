/**
 * The {@code schema-discovery} command line: {@link org.schemadiscovery.cli.Main} for the launcher,
 * {@link org.schemadiscovery.cli.command.Cli} for running it in-process.
 */
package org.schemadiscovery.cli;
