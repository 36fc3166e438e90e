package org.schemadiscovery.cli.format;

import java.util.Locale;

/** The {@code --format} values. */
public enum OutputFormat {
    /** Aligned plain text. */
    TEXT,
    /** Core's JSON codec; loadable back into the model. */
    JSON,
    /** One Markdown page per database. */
    MARKDOWN,
    /** A mermaid erDiagram. */
    MERMAID,
    /** A SQL script the database's own client runs ({@code ddl}, {@code migrate}); {@code text} is its old name. */
    SQL;

    /** The value as typed on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The formatter of a whole schema. */
    public SchemaFormatter formatter() {
        return switch (this) {
            case TEXT -> new TextFormatter();
            case JSON -> new JsonFormatter();
            case MARKDOWN -> new MarkdownFormatter();
            case MERMAID -> new MermaidFormatter();
            case SQL -> throw new IllegalStateException("sql is a script format, not a schema format");
        };
    }
}
