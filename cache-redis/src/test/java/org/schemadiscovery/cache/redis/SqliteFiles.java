package org.schemadiscovery.cache.redis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Small SQLite databases to discover. */
final class SqliteFiles {
    private SqliteFiles() {
    }

    /** A file with two tables, a foreign key, an index and a view; returns its JDBC URL. */
    static String create(Path file) throws Exception {
        String url = "jdbc:sqlite:" + file;
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            st.execute("CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL"
                    + " REFERENCES customers(id), total NUMERIC)");
            st.execute("CREATE INDEX orders_customer ON orders(customer_id)");
            st.execute("CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100");
        }
        return url;
    }

    static void ddl(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
