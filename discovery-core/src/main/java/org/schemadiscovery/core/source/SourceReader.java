package org.schemadiscovery.core.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.jdbc.Urls;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * Reads any {@link SchemaSource} into a {@link SchemaInfo} with one {@link SchemaDiscovery}'s plugins and options:
 * discovers a live database, reads a snapshot (narrowed to the options' schema patterns), or loads a DDL file into a
 * scratch database ({@link ScratchDatabase}: on the dev server for PostgreSQL and MySQL/MariaDB, a temporary file for
 * SQLite), discovers it and drops it, also when loading fails or the process is interrupted.
 *
 * <pre>{@code
 * SourceReader reader = SourceReader.builder(discovery).dialect("postgresql")
 *         .devUrl("jdbc:postgresql://127.0.0.1/postgres", Map.of("user", "postgres")).build();
 * SchemaInfo fromFile = reader.read(new SchemaSource.DdlScript(Path.of("schema.sql")));
 * }</pre>
 *
 * A DDL source's identity carries the file as its URL. Immutable; safe to share.
 */
public final class SourceReader {
    /** The dialect that loads into a temporary file instead of a dev server. */
    private static final String FILE_DIALECT = "sqlite";

    private final SchemaDiscovery discovery;
    private final String dialect;
    private final String devUrl;
    private final Map<String, String> devProperties;
    private final Consumer<String> notes;
    private final String scratchSchema;

    private SourceReader(Builder b) {
        this.scratchSchema = b.scratchSchema;
        this.discovery = b.discovery;
        this.dialect = b.dialect;
        this.devUrl = b.devUrl;
        this.devProperties = b.devProperties;
        this.notes = b.notes;
    }

    /** A reader using this facade's plugins, drivers and options. */
    public static Builder builder(SchemaDiscovery discovery) {
        return new Builder(Objects.requireNonNull(discovery, "discovery"));
    }

    /** The schema the source holds. */
    public SchemaInfo read(SchemaSource source) {
        Objects.requireNonNull(source, "source");
        if (source instanceof SchemaSource.Jdbc jdbc) {
            return discovery.discover(jdbc.url(), properties(jdbc.properties()));
        }
        if (source instanceof SchemaSource.Snapshot snapshot) {
            return readSnapshot(snapshot.file());
        }
        return load(((SchemaSource.DdlScript) source).file());
    }

    /**
     * A live database through the facade's cache ({@link SchemaDiscovery#discoverCached(String, Properties)}): on a
     * hit the stored JSON too, so that a caller writing JSON need not parse the model.
     *
     * @throws IllegalStateException when the facade has no cache
     */
    public CachedDiscovery readCached(SchemaSource.Jdbc source) {
        Objects.requireNonNull(source, "source");
        return discovery.discoverCached(source.url(), properties(source.properties()));
    }

    private SchemaInfo readSnapshot(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidSourceException(InvalidSourceException.Reason.UNREADABLE, "source '" + file
                    + "' is neither a JDBC URL, a .sql file nor a snapshot file", null);
        }
        SchemaInfo schema;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            schema = new JsonCodec().read(in);
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException(InvalidSourceException.Reason.NOT_A_SNAPSHOT, file
                    + " is not a schema snapshot: " + e.getMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidSourceException(InvalidSourceException.Reason.UNREADABLE, "cannot read " + file + ": "
                    + e.getMessage(), e);
        }
        return Snapshots.inScope(schema, discovery.options().scope());
    }

    private SchemaInfo load(Path file) {
        String text = readScript(file);
        ScratchDatabase scratch = scratchFor(file);
        try (scratch) {
            List<ScriptPiece> pieces;
            try {
                pieces = ScriptSplitter.split(text, scratch.syntax());
            } catch (ScriptSyntaxException e) {
                throw new InvalidSourceException(InvalidSourceException.Reason.SCRIPT_SYNTAX, file + ":" + e.line()
                        + ": " + e.getMessage(), e);
            }
            Driver driver = discovery.driverFor(scratch.url());
            try (Connection c = connect(driver, scratch)) {
                scratch.prepareLoad(c);
                ScriptLoader.load(c, file.toString(), pieces, notes);
            } catch (SQLException e) {
                throw new DiscoveryConnectionException("cannot connect to the scratch database "
                        + Urls.redact(scratch.url()) + ": " + Urls.oneLine(e), e);
            }
            SchemaInfo schema = ScratchNames.rename(discovery.discover(scratch.url(), scratch.info()), scratch.name(),
                    scratchSchema != null ? scratchSchema : stem(file));
            return schema.toBuilder().identity(schema.identity().toBuilder().url(file.toString()).build()).build();
        }
    }

    /** {@code schema} of {@code schema.sql}. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Connection connect(Driver driver, ScratchDatabase scratch) throws SQLException {
        Connection c = driver.connect(scratch.url(), scratch.info());
        if (c == null) {
            throw new SQLException("the driver " + driver.getClass().getName() + " refused the URL", "08001");
        }
        c.setAutoCommit(true);
        return c;
    }

    private ScratchDatabase scratchFor(Path file) {
        if (devUrl == null) {
            if (dialect == null) {
                throw new InvalidSourceException(InvalidSourceException.Reason.NO_DIALECT, file
                        + ": cannot tell which database the DDL is for; name the dialect, or a dev server to load it"
                        + " into", null);
            }
            if (!dialect.equals(FILE_DIALECT)) {
                throw new InvalidSourceException(InvalidSourceException.Reason.NO_DEV_SERVER, file + ": a " + dialect
                        + " DDL file is loaded into a scratch database on a dev server, and none was given", null);
            }
            return ScratchDatabase.sqliteFile(notes);
        }
        ClientSyntax syntax = ClientSyntax.forUrl(devUrl).orElseThrow(() -> new InvalidSourceException(
                InvalidSourceException.Reason.DIALECT_MISMATCH, "the dev server " + Urls.redact(devUrl)
                + " is not PostgreSQL, MySQL/MariaDB or SQLite", null));
        if (syntax == ClientSyntax.SQLITE3) {
            requireDialect(file, FILE_DIALECT);
            return ScratchDatabase.sqliteFile(notes);
        }
        String url = devUrl;
        Driver driver = discovery.driverFor(url);
        ScratchDatabase scratch = ScratchDatabase.onServer(url, properties(devProperties), driver, syntax, notes);
        if (dialect != null) {
            try (Connection c = connect(driver, scratch)) {
                requireDialect(file, discovery.identify(c).dialect());
            } catch (SQLException e) {
                scratch.close();
                throw new DiscoveryConnectionException("cannot connect to the scratch database "
                        + Urls.redact(scratch.url()) + ": " + Urls.oneLine(e), e);
            } catch (RuntimeException e) {
                scratch.close();
                throw e;
            }
        }
        return scratch;
    }

    private void requireDialect(Path file, String devDialect) {
        if (dialect != null && !dialect.equals(devDialect)) {
            throw new InvalidSourceException(InvalidSourceException.Reason.DIALECT_MISMATCH, file + " is " + dialect
                    + " DDL, but the dev server " + Urls.redact(devUrl) + " is " + devDialect, null);
        }
    }

    private static String readScript(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidSourceException(InvalidSourceException.Reason.UNREADABLE, "DDL file " + file
                    + " does not exist or is not a file", null);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new InvalidSourceException(InvalidSourceException.Reason.UNREADABLE, file
                    + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidSourceException(InvalidSourceException.Reason.UNREADABLE, "cannot read " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static Properties properties(Map<String, String> map) {
        Properties p = new Properties();
        p.putAll(map);
        return p;
    }

    /** Builds a {@link SourceReader}. Not thread-safe. */
    public static final class Builder {
        private final SchemaDiscovery discovery;
        private String dialect;
        private String devUrl;
        private Map<String, String> devProperties = Map.of();
        private Consumer<String> notes = note -> { };
        private String scratchSchema;

        private Builder(SchemaDiscovery discovery) {
            this.discovery = discovery;
        }

        /** The dialect id of DDL files, e.g. {@code postgresql}; needed unless a dev server says it. */
        public Builder dialect(String dialectId) {
            this.dialect = dialectId;
            return this;
        }

        /** The dialect, when known. */
        public Optional<String> dialect() {
            return Optional.ofNullable(dialect);
        }

        /** The server where DDL files are loaded into a scratch database, with its connection properties. */
        public Builder devUrl(String url, Map<String, String> properties) {
            this.devUrl = url;
            this.devProperties = Map.copyOf(properties);
            return this;
        }

        /**
         * The schema name a DDL file's objects get where the scratch database is itself the schema (MySQL/MariaDB);
         * default: the file's name without extension ({@code app} for {@code app.sql}).
         */
        public Builder scratchSchema(String name) {
            this.scratchSchema = name;
            return this;
        }

        /** Receives one line per skipped client command or cleanup problem (default: dropped). */
        public Builder notes(Consumer<String> sink) {
            this.notes = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** The reader. */
        public SourceReader build() {
            return new SourceReader(this);
        }
    }
}
