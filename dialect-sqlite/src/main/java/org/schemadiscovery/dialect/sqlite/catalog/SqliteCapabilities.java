package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;

/** SQLite's capabilities: static ones from the library version, runtime ones from a probe. */
public final class SqliteCapabilities {
    /** Attached databases act as schemas ({@code main}, {@code temp}, {@code ATTACH ... AS x}). */
    static final String ATTACHED_DATABASES = "attached-databases";
    /** {@code WITHOUT ROWID} tables (3.8.2). */
    static final String WITHOUT_ROWID = "without-rowid";
    /** {@code STRICT} tables (3.37.0). */
    static final String STRICT_TABLES = "strict-tables";
    /** {@code ALTER TABLE DROP COLUMN} (3.35.0). */
    static final String DROP_COLUMN = "drop-column";
    /** {@code ALTER TABLE RENAME COLUMN} (3.25.0). */
    static final String RENAME_COLUMN = "rename-column";
    /** Window functions (3.25.0). */
    static final String WINDOW_FUNCTIONS = "window-functions";
    /** {@code INSERT ... ON CONFLICT DO UPDATE} (3.24.0). */
    static final String UPSERT = "upsert";
    /** {@code pragma_table_list} (3.37.0), needed by the catalog queries. */
    static final String TABLE_LIST = "table-list";
    /** FTS5 full-text virtual tables (loaded module). */
    static final String FTS5 = "fts5";
    /** Math functions ({@code sin}, {@code sqrt}...). */
    static final String MATH_FUNCTIONS = "math-functions";

    private SqliteCapabilities() {
    }

    /** What an SQLite library of this version supports. */
    public static DatabaseCapabilities forVersion(DatabaseIdentity identity) {
        int[] v = version(identity);
        Set<String> f = new HashSet<>(List.of(Capability.VIEWS, Capability.TRIGGERS, Capability.CHECK_CONSTRAINTS,
                Capability.FOREIGN_KEYS, Capability.DEFERRABLE_CONSTRAINTS, Capability.TRANSACTIONAL_DDL,
                ATTACHED_DATABASES));
        addIf(f, v, 3, 8, 0, Capability.PARTIAL_INDEXES);
        addIf(f, v, 3, 8, 2, WITHOUT_ROWID);
        addIf(f, v, 3, 9, 0, Capability.EXPRESSION_INDEXES);
        addIf(f, v, 3, 24, 0, UPSERT);
        addIf(f, v, 3, 25, 0, WINDOW_FUNCTIONS);
        addIf(f, v, 3, 25, 0, RENAME_COLUMN);
        addIf(f, v, 3, 31, 0, Capability.GENERATED_COLUMNS);
        addIf(f, v, 3, 35, 0, Capability.RETURNING);
        addIf(f, v, 3, 35, 0, DROP_COLUMN);
        addIf(f, v, 3, 37, 0, STRICT_TABLES);
        addIf(f, v, 3, 37, 0, TABLE_LIST);
        // JSON is built in (not an extension) from 3.38.0; earlier builds are probed.
        addIf(f, v, 3, 38, 0, Capability.JSON);
        return new DatabaseCapabilities(f, Map.of("sqlite_version", v[0] + "." + v[1] + "." + v[2]));
    }

    /**
     * Runtime features and settings from the probe rows {@code (kind, name, value)}: settings, compile options,
     * modules and feature-revealing functions.
     */
    static DatabaseCapabilities fromProbe(List<String[]> rows) {
        Set<String> features = new HashSet<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> compileOptions = new ArrayList<>();
        Set<String> modules = new HashSet<>();
        Set<String> functions = new HashSet<>();
        for (String[] r : rows) {
            switch (r[0]) {
                case "setting" -> settings.put(r[1], r[2]);
                case "compile_option" -> compileOptions.add(r[1]);
                case "module" -> modules.add(r[1]);
                case "function" -> functions.add(r[1]);
                default -> {
                    // Unknown row kinds from a newer query are ignored.
                }
            }
        }
        String fk = settings.get("foreign_keys");
        if (fk != null) {
            settings.put("foreign_keys", "1".equals(fk) ? "on" : "off");
        }
        settings.put("compile_options", String.join(",", compileOptions));
        if (functions.contains("json") || compileOptions.contains("ENABLE_JSON1")) {
            features.add(Capability.JSON);
        }
        if (modules.contains("fts5") || compileOptions.contains("ENABLE_FTS5")) {
            features.add(FTS5);
        }
        for (String module : List.of("fts3", "fts4", "rtree", "geopoly", "dbstat")) {
            if (modules.contains(module)) {
                features.add(module);
            }
        }
        if (functions.contains("sin") || compileOptions.contains("ENABLE_MATH_FUNCTIONS")) {
            features.add(MATH_FUNCTIONS);
        }
        if (compileOptions.contains("ENABLE_LOAD_EXTENSION")) {
            features.add("load-extension");
        }
        return new DatabaseCapabilities(features, settings);
    }

    private static void addIf(Set<String> features, int[] v, int major, int minor, int patch, String feature) {
        if (compare(v, major, minor, patch) >= 0) {
            features.add(feature);
        }
    }

    private static int compare(int[] v, int major, int minor, int patch) {
        if (v[0] != major) {
            return Integer.compare(v[0], major);
        }
        if (v[1] != minor) {
            return Integer.compare(v[1], minor);
        }
        return Integer.compare(v[2], patch);
    }

    /** {major, minor, patch} from the version string, else from the identity's numbers. */
    static int[] version(DatabaseIdentity identity) {
        int[] v = {identity.majorVersion(), identity.minorVersion(), 0};
        String[] parts = identity.version().strip().split("[^0-9]+", -1);
        int found = 0;
        int[] parsed = new int[3];
        for (String p : parts) {
            if (!p.isEmpty() && found < 3) {
                try {
                    parsed[found++] = Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        if (found >= 2) {
            return parsed;
        }
        return v;
    }
}
