package org.schemadiscovery.api.spi;

import java.sql.ResultSet;

/**
 * A result set core counts rows through: what a dialect gets from a statement on core's connections. Reading
 * tens of thousands of catalog rows, a dialect may read column values from {@link #direct()}, the driver's result set
 * behind it, and skip core's per-call overhead, instead of unwrapping core's connection objects (an implementation
 * detail that may change).
 *
 * <pre>{@code
 * try (ResultSet rs = statement.executeQuery()) {
 *     ResultSet columns = rs instanceof CountedResultSet counted ? counted.direct() : rs;
 *     while (rs.next()) {                 // rows advance on the counted result set, so core counts them
 *         String name = columns.getString("name");
 *     }
 * }
 * }</pre>
 */
public interface CountedResultSet extends ResultSet {
    /**
     * The driver's result set behind this one, positioned wherever this one is. Read column values from it only:
     * advance ({@code next}) and close through this result set, or core's row counts and clean-up go wrong.
     */
    ResultSet direct();
}
