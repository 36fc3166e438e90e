package org.schemadiscovery.dialect.sqlite.catalog;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * The fingerprint token: per schema in scope, its name and file, the {@link FileStamp}s of the file and of its
 * write-ahead log (whose change time SQLite moves itself), then each schema's {@code schema_version}. All of it reads without the schema parse that a new
 * connection's first {@code sqlite_schema} read costs (0.2-0.4 s for 5000 tables).
 *
 * <p>Why equal tokens mean an equal fingerprint: every schema change in a file bumps its {@code schema_version}, read
 * through the session's snapshot (the write-ahead log included); a different file under the same name has another
 * identity ({@code mv}) or change time (overwritten in place), and any write that bypasses the cookie
 * ({@code writable_schema}) moves the file's times. The files are stamped before the cookie is read, which starts the
 * snapshot, so a write after the stamps moves the next token. Data writes move the stamps too: the fingerprint then
 * decides, and a cache keeps the new token. No token for a schema without a file (in memory, temporary: another
 * connection's are other databases) or on a platform whose files have no identity.
 */
final class SqliteFingerprintToken {
    /** Changed whenever what the token or the fingerprint covers changes, so that no stored token outlives it. */
    static final String FORM = "sqlite-token-1";

    /** Reads one schema's {@code schema_version}. */
    @FunctionalInterface
    interface Cookies {
        long of(String schema) throws SQLException;
    }

    private SqliteFingerprintToken() {
    }

    /**
     * @param schemas the schemas in scope
     * @param cookies reads a schema's cookie in the session's snapshot
     */
    static Optional<String> of(List<SchemaRow> schemas, Cookies cookies) throws SQLException {
        if (schemas.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(FORM);
        for (SchemaRow schema : schemas) {
            if (schema.file().isEmpty()) {
                return Optional.empty();
            }
            Optional<String> file = stamp(schema.file(), false, true);
            Optional<String> wal = stamp(schema.file() + "-wal", true, false);
            if (file.isEmpty() || file.get().equals(FileStamp.NONE) || wal.isEmpty()) {
                return Optional.empty();
            }
            parts.add(schema.name());
            parts.add(schema.file());
            parts.add(file.get());
            parts.add(wal.get());
        }
        for (SchemaRow schema : schemas) {
            parts.add(Long.toString(cookies.of(schema.name())));
        }
        return Optional.of(FORM + ":" + SchemaFingerprint.sha256(parts));
    }

    private static Optional<String> stamp(String file, boolean emptyIsNone, boolean changeTime) {
        try {
            return FileStamp.of(Path.of(file), emptyIsNone, changeTime);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
