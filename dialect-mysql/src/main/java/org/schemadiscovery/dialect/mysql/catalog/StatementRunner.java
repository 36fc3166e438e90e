package org.schemadiscovery.dialect.mysql.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.spi.DiscoveryContext;

/**
 * Runs the catalog statements of one session on the connection core hands out (asked for anew each time: core counts
 * through it and may replace it between phases). Collects the server's warnings of each statement, because
 * information_schema reports an object it cannot open as a warning and leaves it out. Not thread-safe.
 */
final class StatementRunner {
    private final DiscoveryContext context;
    private final Map<String, String> sql;

    /**
     * The rows and server warnings of one statement.
     *
     * @param rows     rows in order
     * @param warnings warnings the server attached to the statement
     */
    record Result(List<Row> rows, List<SQLWarning> warnings) {
    }

    StatementRunner(DiscoveryContext context, Map<String, String> sql) {
        this.context = context;
        this.sql = Map.copyOf(sql);
    }

    Connection connection() {
        return context.connections().connection();
    }

    /** The text of a statement for this server. */
    String text(String name) {
        String text = sql.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no catalog statement " + name);
        }
        return text;
    }

    /** Runs a named query. */
    Result query(String name, Object... parameters) throws SQLException {
        return queryText(text(name), parameters);
    }

    /** Runs a query given as text (the one statement assembled per session: sequence values). */
    Result queryText(String text, Object... parameters) throws SQLException {
        context.checkDeadline();
        try (PreparedStatement ps = connection().prepareStatement(text)) {
            bind(ps, parameters);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                String[] labels = new String[n];
                for (int i = 0; i < n; i++) {
                    labels[i] = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                }
                while (rs.next()) {
                    Map<String, String> values = new HashMap<>();
                    for (int i = 0; i < n; i++) {
                        values.put(labels[i], rs.getString(i + 1));
                    }
                    rows.add(new Row(values));
                }
            }
            List<SQLWarning> warnings = new ArrayList<>();
            for (SQLWarning w = ps.getWarnings(); w != null; w = w.getNextWarning()) {
                warnings.add(w);
            }
            return new Result(rows, warnings);
        }
    }

    /** Runs a named statement that returns no rows (session settings, transaction control). */
    void execute(String name, Object... parameters) throws SQLException {
        if (parameters.length == 0) {
            // transaction control is not preparable on a server that prepares statements itself
            try (Statement st = connection().createStatement()) {
                st.execute(text(name));
            }
            return;
        }
        try (PreparedStatement ps = connection().prepareStatement(text(name))) {
            bind(ps, parameters);
            ps.execute();
        }
    }

    private static void bind(PreparedStatement ps, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }
}
