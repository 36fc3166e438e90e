package org.schemadiscovery.api.exception;

import java.util.List;
import org.schemadiscovery.api.model.ErrorClass;

/**
 * The scope's schema patterns match none of the database's schemas: discovering nothing is never what was meant (a
 * typo in {@code includeSchema}, an {@code excludeSchema("*")}), so the run fails instead of returning an empty
 * schema. The exception names the patterns and the schemas that exist; a caller that wants "missing means empty"
 * catches it.
 */
public class NoMatchingSchemaException extends DiscoveryException {
    private static final long serialVersionUID = 1L;
    private final List<String> includeSchemas;
    private final List<String> excludeSchemas;
    private final List<String> existingSchemas;

    /**
     * @param includeSchemas  the include patterns (empty: every schema)
     * @param excludeSchemas  the exclude patterns
     * @param existingSchemas the user schemas the database has
     */
    public NoMatchingSchemaException(List<String> includeSchemas, List<String> excludeSchemas,
                                     List<String> existingSchemas) {
        super(ErrorClass.OTHER, message(includeSchemas, excludeSchemas, existingSchemas), null);
        this.includeSchemas = List.copyOf(includeSchemas);
        this.excludeSchemas = List.copyOf(excludeSchemas);
        this.existingSchemas = List.copyOf(existingSchemas);
    }

    /** The include patterns. */
    public List<String> includeSchemas() {
        return includeSchemas;
    }

    /** The exclude patterns. */
    public List<String> excludeSchemas() {
        return excludeSchemas;
    }

    /** The user schemas the database has. */
    public List<String> existingSchemas() {
        return existingSchemas;
    }

    private static String message(List<String> include, List<String> exclude, List<String> existing) {
        StringBuilder sb = new StringBuilder("no schema matches");
        if (!include.isEmpty()) {
            sb.append(" include ").append(quoted(include));
        }
        if (!exclude.isEmpty()) {
            sb.append(include.isEmpty() ? " after exclude " : " minus exclude ").append(quoted(exclude));
        }
        return sb.append("; the database has ").append(quoted(existing)).toString();
    }

    /** {@code 'a', 'b'}. */
    public static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
