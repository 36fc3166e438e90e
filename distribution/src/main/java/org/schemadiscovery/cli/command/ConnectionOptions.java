package org.schemadiscovery.cli.command;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Seconds, {@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h} or ISO-8601; must be positive. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Duration d;
            Matcher m = SIMPLE.matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                d = switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            } else {
                try {
                    d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("invalid duration '" + value + "' (try 30s, 5m or PT2M)");
                }
            }
            if (d.isZero() || d.isNegative()) {
                throw new TypeConversionException("the timeout must be positive: '" + value + "'");
            }
            return d;
        }
    }
}
