package org.schemadiscovery.dialect.postgresql.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.dialect.postgresql.catalog.CatalogSql;
import org.schemadiscovery.dialect.postgresql.catalog.PgFeatures;

/**
 * Benchmark, not a test: times each scoped catalog query on a database, client side (execute and read every
 * column as text) and server side (EXPLAIN ANALYZE execution time).
 * {@code java -cp ... org.schemadiscovery.dialect.postgresql.bench.QueryTimes URL [repeats] [query...]}
 */
public final class QueryTimes {
    private QueryTimes() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> names = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("probe", "schemas", "sequences", "relations", "columns", "triggers", "policies", "types",
                        "routines", "extensions", "indexes", "constraints", "unused-indexes");
        try (Connection c = DriverManager.getConnection(url)) {
            int version;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version_num")) {
                rs.next();
                version = Integer.parseInt(rs.getString(1));
            }
            Map<String, String> sql = CatalogSql.load().forVersion(PgFeatures.of(version));
            try (Statement st = c.createStatement()) {
                st.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
                st.execute("SELECT pg_catalog.set_config('search_path', '', true)");
            }
            for (String name : names) {
                String text = sql.get(name);
                boolean scoped = text.contains("?");
                long best = Long.MAX_VALUE;
                long first = -1;
                int rows = 0;
                long chars = 0;
                for (int r = 0; r < repeats; r++) {
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = c.prepareStatement(text)) {
                        bind(ps, scoped);
                        try (ResultSet rs = ps.executeQuery()) {
                            int n = rs.getMetaData().getColumnCount();
                            rows = 0;
                            chars = 0;
                            while (rs.next()) {
                                rows++;
                                for (int i = 1; i <= n; i++) {
                                    String s = rs.getString(i);
                                    chars += s == null ? 0 : s.length();
                                }
                            }
                        }
                    }
                    best = Math.min(best, System.nanoTime() - t0);
                    if (first < 0) {
                        first = System.nanoTime() - t0;
                    }
                }
                String server = "";
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, TIMING OFF) " + text)) {
                    bind(ps, scoped);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String line = rs.getString(1);
                            if (line.contains("Execution Time") || line.contains("Planning Time")) {
                                server += line.strip() + "; ";
                            }
                        }
                    }
                }
                System.out.printf("%-16s client first %6d best %6d ms  rows %7d chars %9d  server %s%n", name,
                        first / 1_000_000, best / 1_000_000, rows, chars, server);
            }
        }
    }

    private static void bind(PreparedStatement ps, boolean scoped) throws SQLException {
        if (scoped) {
            ps.setObject(1, "{}", Types.OTHER);
            ps.setObject(2, "{}", Types.OTHER);
            ps.setObject(3, "{}", Types.OTHER);
            ps.setObject(4, "{}", Types.OTHER);
            ps.setObject(5, "{}", Types.OTHER);
        }
    }
}
