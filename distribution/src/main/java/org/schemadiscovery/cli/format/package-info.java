/** Output formats of a discovered schema: text, JSON, Markdown and mermaid. */
package org.schemadiscovery.cli.format;
