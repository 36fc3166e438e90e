package org.schemadiscovery.core.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.TableRef;

/** Standard SQL identifier quoting for suggested DDL: double quotes, embedded quotes doubled. */
public final class SqlIdentifiers {
    private SqlIdentifiers() {
    }

    /** {@code "na""me"}. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** {@code "catalog"."schema"."name"}, skipping absent levels. */
    public static String qualified(TableRef ref) {
        StringBuilder sb = new StringBuilder();
        if (ref.catalog() != null) {
            sb.append(quote(ref.catalog())).append('.');
        }
        if (ref.schema() != null) {
            sb.append(quote(ref.schema())).append('.');
        }
        return sb.append(quote(ref.name())).toString();
    }

    /** {@code "schema"."name"} for an object living in the table's schema. */
    public static String sibling(TableRef table, String name) {
        return qualified(new TableRef(table.catalog(), table.schema(), name));
    }

    /** {@code "a", "b"}. */
    public static String columnList(List<String> columns) {
        return columns.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", "));
    }
}
