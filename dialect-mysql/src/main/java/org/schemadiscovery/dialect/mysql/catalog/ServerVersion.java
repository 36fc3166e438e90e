package org.schemadiscovery.dialect.mysql.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseIdentity;

/**
 * Which server of the MySQL family this is and what its version can do, read from the version string alone (so the
 * kit can ask before connecting). MariaDB says so in its version ({@code 10.11.19-MariaDB-0+deb12u1}; through
 * MySQL's protocol with a {@code 5.5.5-} prefix); everything else that calls itself MySQL is MySQL or a fork of it.
 * Every version gate of the plugin lives here.
 *
 * @param flavor which family member
 * @param major  major version
 * @param minor  minor version
 * @param patch  patch version (0 when the string has none)
 */
public record ServerVersion(Flavor flavor, int major, int minor, int patch) {
    /** Invisible columns: MariaDB 10.3.3, MySQL 8.0.23. */
    public static final String INVISIBLE_COLUMNS = "invisible-columns";
    /** Indexes the optimizer ignores: MySQL 8.0 INVISIBLE, MariaDB 10.6 IGNORED. */
    public static final String INVISIBLE_INDEXES = "invisible-indexes";
    /** DESC index key parts that are really descending: MySQL 8.0, MariaDB 10.8. */
    public static final String DESCENDING_INDEXES = "descending-indexes";
    /** FULLTEXT indexes. */
    public static final String FULLTEXT_INDEXES = "fulltext-indexes";
    /** SPATIAL indexes. */
    public static final String SPATIAL_INDEXES = "spatial-indexes";
    /** System-versioned tables (MariaDB 10.3.4). */
    public static final String SYSTEM_VERSIONING = "system-versioning";

    private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    /** Version-string markers of engines that speak MySQL but keep their own catalog (their plugin should win). */
    private static final List<String> FORK_MARKERS = List.of("tidb", "vitess", "singlestore", "memsql", "doris",
            "starrocks", "oceanbase", "manticore", "clickhouse", "databend");

    /** The members of the family. */
    public enum Flavor {
        /** MariaDB Server. */
        MARIADB,
        /** Oracle MySQL and its close relatives (Percona Server, Amazon Aurora MySQL). */
        MYSQL,
        /** An engine that speaks the MySQL protocol with a catalog of its own (TiDB, Vitess, ...). */
        COMPATIBLE,
        /** Not a MySQL-family server. */
        OTHER
    }

    /** Reads flavor and version from what the driver reported. */
    public static ServerVersion of(DatabaseIdentity identity) {
        String product = identity.product().toLowerCase(Locale.ROOT);
        String version = identity.version();
        String lower = version.toLowerCase(Locale.ROOT);
        Flavor flavor;
        if (product.contains("mariadb") || lower.contains("mariadb")) {
            flavor = Flavor.MARIADB;
        } else if (product.contains("mysql")) {
            flavor = FORK_MARKERS.stream().anyMatch(lower::contains) ? Flavor.COMPATIBLE : Flavor.MYSQL;
        } else {
            flavor = Flavor.OTHER;
        }
        // MariaDB 10.x and 11.x announce themselves as "5.5.5-10.11.19-MariaDB" to MySQL clients.
        String numbers = flavor == Flavor.MARIADB && version.startsWith("5.5.5-") ? version.substring(6) : version;
        Matcher m = NUMBERS.matcher(numbers);
        if (m.find()) {
            return new ServerVersion(flavor, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        }
        return new ServerVersion(flavor, identity.majorVersion(), identity.minorVersion(), 0);
    }

    /** True for MariaDB. */
    public boolean mariaDb() {
        return flavor == Flavor.MARIADB;
    }

    /** True when the server is at least {@code major.minor.patch}. */
    public boolean atLeast(int maj, int min, int pat) {
        if (major != maj) {
            return major > maj;
        }
        if (minor != min) {
            return minor > min;
        }
        return patch >= pat;
    }

    /** True when the flavor is MariaDB and the version at least the given one. */
    public boolean mariaDbAtLeast(int maj, int min, int pat) {
        return flavor == Flavor.MARIADB && atLeast(maj, min, pat);
    }

    /** True when the flavor is MySQL (or a compatible engine) and the version at least the given one. */
    public boolean mysqlAtLeast(int maj, int min, int pat) {
        return (flavor == Flavor.MYSQL || flavor == Flavor.COMPATIBLE) && atLeast(maj, min, pat);
    }

    /** CHECK constraints that are stored and enforced: MariaDB 10.2.1, MySQL 8.0.16. */
    public boolean checkConstraints() {
        return mariaDbAtLeast(10, 2, 1) || mysqlAtLeast(8, 0, 16);
    }

    /** Sequences: MariaDB 10.3. */
    public boolean sequences() {
        return mariaDbAtLeast(10, 3, 0);
    }

    /** Functional key parts: MySQL 8.0.13 (MariaDB has none). */
    public boolean expressionIndexes() {
        return mysqlAtLeast(8, 0, 13);
    }

    /** MySQL keeps a cached copy of table statistics (AUTO_INCREMENT included) in information_schema from 8.0.3. */
    public boolean cachedStatistics() {
        return mysqlAtLeast(8, 0, 3);
    }

    /** The capabilities of this server. */
    public Set<String> features() {
        Set<String> f = new TreeSet<>(List.of(Capability.SCHEMAS, Capability.VIEWS, Capability.TRIGGERS,
                Capability.ROUTINES, Capability.FOREIGN_KEYS, Capability.COMMENTS, Capability.SERVER_PROCESS,
                Capability.IDENTITY_COLUMNS, Capability.PARTITIONING, FULLTEXT_INDEXES, SPATIAL_INDEXES));
        if (mariaDbAtLeast(10, 2, 0) || mysqlAtLeast(5, 7, 0)) {
            f.add(Capability.GENERATED_COLUMNS);
        }
        if (mariaDbAtLeast(10, 2, 7) || mysqlAtLeast(5, 7, 8)) {
            f.add(Capability.JSON);
        }
        if (checkConstraints()) {
            f.add(Capability.CHECK_CONSTRAINTS);
        }
        if (sequences()) {
            f.add(Capability.SEQUENCES);
        }
        if (mariaDbAtLeast(10, 5, 0)) {
            f.add(Capability.RETURNING);
        }
        if (expressionIndexes()) {
            f.add(Capability.EXPRESSION_INDEXES);
        }
        if (mariaDbAtLeast(10, 3, 3) || mysqlAtLeast(8, 0, 23)) {
            f.add(INVISIBLE_COLUMNS);
        }
        if (mariaDbAtLeast(10, 6, 0) || mysqlAtLeast(8, 0, 0)) {
            f.add(INVISIBLE_INDEXES);
        }
        if (mariaDbAtLeast(10, 8, 0) || mysqlAtLeast(8, 0, 0)) {
            f.add(DESCENDING_INDEXES);
        }
        if (mariaDbAtLeast(10, 3, 4)) {
            f.add(SYSTEM_VERSIONING);
        }
        return f;
    }

    /**
     * Pieces of the catalog queries that differ between flavors and versions, by placeholder name: a column that
     * exists on this server, or a constant where it does not.
     */
    public Map<String, String> sqlFragments() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("index_expression", expressionIndexes() ? "s.EXPRESSION" : "NULL");
        if (mysqlAtLeast(8, 0, 0)) {
            m.put("index_visible", "s.IS_VISIBLE");
        } else if (mariaDbAtLeast(10, 6, 0)) {
            m.put("index_visible", "CASE s.IGNORED WHEN 'YES' THEN 'NO' ELSE 'YES' END");
        } else {
            m.put("index_visible", "'YES'");
        }
        m.put("check_table", mariaDb() ? "c.TABLE_NAME" : "NULL");
        m.put("constraint_enforced", mysqlAtLeast(8, 0, 16) ? "tc.ENFORCED" : "'YES'");
        m.put("isolation_variable", mysqlAtLeast(5, 7, 20) || mariaDbAtLeast(11, 1, 1)
                ? "@@transaction_isolation" : "@@tx_isolation");
        m.put("srs_id", mysqlAtLeast(8, 0, 3) ? "c.SRS_ID" : "NULL");
        return m;
    }
}
