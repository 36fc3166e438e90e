package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.function.Supplier;
import org.schemadiscovery.dialect.sqlite.parse.SqlParseException;

/**
 * The outcome of parsing one stored definition: the value, or why it could not be parsed.
 *
 * @param value parsed value, or null
 * @param error parse error message, or null
 * @param <T>   definition type
 */
public record Parsed<T>(T value, String error) {
    /** Runs the parser, capturing its failure. */
    public static <T> Parsed<T> of(Supplier<T> parser) {
        try {
            return new Parsed<>(parser.get(), null);
        } catch (SqlParseException e) {
            return new Parsed<>(null, e.getMessage());
        }
    }

    /** True when parsing worked. */
    public boolean ok() {
        return value != null;
    }
}
