/** Loading dialect plugins and their JDBC drivers from the {@code plugins/} folder at run time. */
package org.schemadiscovery.cli.plugin;
