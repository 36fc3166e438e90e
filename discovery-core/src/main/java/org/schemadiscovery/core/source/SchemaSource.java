package org.schemadiscovery.core.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.schemadiscovery.core.jdbc.Urls;

/**
 * Where a schema comes from: a live database, a JSON snapshot written by {@code discover --format json} (or
 * {@link org.schemadiscovery.core.json.JsonCodec}), or a DDL file loaded into a scratch database and discovered
 * there. {@link SourceReader} reads any of them into a {@link org.schemadiscovery.api.model.SchemaInfo}.
 *
 * <pre>{@code
 * SchemaSource live = SchemaSource.parse("jdbc:postgresql://db/app", Map.of("user", "app"));
 * SchemaSource snapshot = SchemaSource.parse("schema.json", Map.of());
 * SchemaSource ddl = SchemaSource.parse("schema.sql", Map.of());
 * }</pre>
 */
public sealed interface SchemaSource {
    /** What the source is, for messages: the URL without credentials, or the file as given. */
    String description();

    /**
     * A live database.
     *
     * @param url        the JDBC URL (credentials may be in it)
     * @param properties connection properties such as {@code user} and {@code password}
     */
    record Jdbc(String url, Map<String, String> properties) implements SchemaSource {
        public Jdbc {
            Objects.requireNonNull(url, "url");
            properties = Map.copyOf(properties);
        }

        @Override
        public String description() {
            return Urls.redact(url);
        }

        @Override
        public String toString() {
            return "Jdbc[" + description() + "]";
        }
    }

    /**
     * A JSON snapshot.
     *
     * @param file the snapshot file
     */
    record Snapshot(Path file) implements SchemaSource {
        public Snapshot {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String description() {
            return file.toString();
        }
    }

    /**
     * A DDL file, loaded into a scratch database with the rules of the database's own client ({@link ClientSyntax}).
     *
     * @param file the {@code .sql} file
     */
    record DdlScript(Path file) implements SchemaSource {
        public DdlScript {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String description() {
            return file.toString();
        }
    }

    /**
     * The source an argument names: a JDBC URL ({@code jdbc:...}, with these connection properties), a DDL file
     * (ending {@code .sql}), else a snapshot file.
     */
    static SchemaSource parse(String argument, Map<String, String> jdbcProperties) {
        Objects.requireNonNull(argument, "argument");
        if (argument.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new Jdbc(argument, jdbcProperties);
        }
        if (argument.toLowerCase(Locale.ROOT).endsWith(".sql")) {
            return new DdlScript(Path.of(argument));
        }
        return new Snapshot(Path.of(argument));
    }
}
