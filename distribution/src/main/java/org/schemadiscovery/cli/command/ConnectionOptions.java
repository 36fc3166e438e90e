package org.schemadiscovery.cli.command;

import java.time.Duration;
import org.schemadiscovery.core.time.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** Where to connect and what to read: the source, its credentials, and the {@link ReadOptions}. */
public final class ConnectionOptions {
    @Parameters(index = "0", paramLabel = "<source>",
            description = "JDBC URL, e.g. jdbc:sqlite:app.db or jdbc:postgresql://localhost:5432/app; a JSON snapshot "
                    + "written by 'discover --format json'; or a .sql DDL file, loaded into a scratch database "
                    + "(see --dev-url). SQLite files are opened read-only: the file is never created or written; for "
                    + "a WAL-mode database SQLite may create the -wal and -shm files beside it.")
    String url;

    @Option(names = {"-u", "--user"}, paramLabel = "USER", description = "Database user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Read the password from environment variable VAR (it is never printed or logged).")
    String passwordEnv;

    @Mixin
    ReadOptions read = new ReadOptions();

    /** {@link Durations#parse}: seconds, {@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h}, {@code 7d} or ISO-8601. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
