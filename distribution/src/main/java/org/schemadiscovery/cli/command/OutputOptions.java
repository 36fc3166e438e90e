package org.schemadiscovery.cli.command;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.schemadiscovery.cli.format.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format} and {@code --output}. Each command mixes in the subclass naming the formats it accepts, so its
 * help lists exactly those and any other is a usage error while parsing.
 */
public abstract class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the output to FILE (UTF-8) instead of standard output.")
    Path output;

    /** The chosen format. */
    abstract OutputFormat format();

    /** Every format: {@code discover}. */
    public static final class Schema extends OutputOptions {
        static final List<OutputFormat> ACCEPTED = List.of(OutputFormat.TEXT, OutputFormat.JSON,
                OutputFormat.MARKDOWN, OutputFormat.MERMAID);

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                converter = Converter.class, completionCandidates = Names.class,
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        OutputFormat format() {
            return format;
        }

        static final class Names extends FormatNames {
            Names() {
                super(ACCEPTED);
            }
        }

        static final class Converter extends FormatConverter {
            Converter() {
                super(ACCEPTED);
            }
        }
    }

    /**
     * A SQL script, JSON or Markdown: {@code ddl} and {@code migrate}. {@code text} still names the script, as it did
     * for {@code ddl} before the script format had its own name.
     */
    public static final class Script extends OutputOptions {
        static final List<OutputFormat> ACCEPTED = List.of(OutputFormat.SQL, OutputFormat.JSON,
                OutputFormat.MARKDOWN);

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "sql",
                converter = Converter.class, completionCandidates = Names.class,
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; text is an old "
                        + "name of sql).")
        OutputFormat format;

        @Override
        OutputFormat format() {
            return format;
        }

        static final class Names extends FormatNames {
            Names() {
                super(ACCEPTED);
            }
        }

        static final class Converter extends FormatConverter {
            Converter() {
                super(ACCEPTED);
            }

            @Override
            public OutputFormat convert(String value) {
                return value.equalsIgnoreCase(OutputFormat.TEXT.cliName()) ? OutputFormat.SQL : super.convert(value);
            }
        }
    }

    /** Text, JSON and Markdown, no diagram: {@code diff} and {@code recommend}. */
    public static final class Report extends OutputOptions {
        static final List<OutputFormat> ACCEPTED = List.of(OutputFormat.TEXT, OutputFormat.JSON,
                OutputFormat.MARKDOWN);

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                converter = Converter.class, completionCandidates = Names.class,
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        OutputFormat format() {
            return format;
        }

        static final class Names extends FormatNames {
            Names() {
                super(ACCEPTED);
            }
        }

        static final class Converter extends FormatConverter {
            Converter() {
                super(ACCEPTED);
            }
        }
    }

    /** Text and JSON: {@code dialects}. */
    public static final class Listing extends OutputOptions {
        static final List<OutputFormat> ACCEPTED = List.of(OutputFormat.TEXT, OutputFormat.JSON);

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                converter = Converter.class, completionCandidates = Names.class,
                description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        OutputFormat format() {
            return format;
        }

        static final class Names extends FormatNames {
            Names() {
                super(ACCEPTED);
            }
        }

        static final class Converter extends FormatConverter {
            Converter() {
                super(ACCEPTED);
            }
        }
    }

    /** Lower-case format names for help and completion. */
    abstract static class FormatNames implements Iterable<String> {
        private final List<OutputFormat> accepted;

        FormatNames(List<OutputFormat> accepted) {
            this.accepted = accepted;
        }

        @Override
        public Iterator<String> iterator() {
            return accepted.stream().map(OutputFormat::cliName).iterator();
        }
    }

    /** Case-insensitive format names with a one-line error listing the accepted ones. */
    abstract static class FormatConverter implements ITypeConverter<OutputFormat> {
        private final List<OutputFormat> accepted;

        FormatConverter(List<OutputFormat> accepted) {
            this.accepted = accepted;
        }

        @Override
        public OutputFormat convert(String value) {
            String name = value.toLowerCase(Locale.ROOT);
            for (OutputFormat f : OutputFormat.values()) {
                if (f.cliName().equals(name)) {
                    if (accepted.contains(f)) {
                        return f;
                    }
                    throw new TypeConversionException("this command has no " + name + " format (expected "
                            + names(accepted) + ")");
                }
            }
            throw new TypeConversionException("unknown format '" + value + "' (expected " + names(accepted) + ")");
        }

        /** "text, json or markdown". */
        static String names(List<OutputFormat> formats) {
            List<String> names = formats.stream().map(OutputFormat::cliName).toList();
            return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                    + " or " + names.get(names.size() - 1);
        }
    }
}
