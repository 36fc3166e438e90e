package org.schemadiscovery.cli.command;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a document to standard output or to the {@code --output} file, streamed as it is produced. */
final class Output {
    private static final int BUFFER = 1 << 16;
    /** How errors name standard output. */
    static final String STANDARD_OUTPUT = "to standard output";

    private Output() {
    }

    /** Writes a document produced piecewise to a writer (a large schema's JSON is never held in memory whole). */
    @FunctionalInterface
    interface Document {
        void writeTo(Writer out) throws IOException;
    }

    static void write(CliEnvironment env, Path file, String document) {
        write(env, file, out -> out.write(document));
    }

    static void write(CliEnvironment env, Path file, Document document) {
        if (file == null) {
            try {
                document.writeTo(env.out());
            } catch (IOException | UncheckedIOException e) {
                throw cannotWrite(STANDARD_OUTPUT, describe(e));
            }
            // PrintWriter swallows the stream's IOException and only remembers it: ask, or a full disk exits 0.
            if (env.out().checkError()) {
                throw cannotWrite(STANDARD_OUTPUT, "the stream reported an I/O error (disk full or pipe closed?)");
            }
            return;
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), BUFFER)) {
            document.writeTo(out);
        } catch (IOException | UncheckedIOException e) {
            throw cannotWrite(file.toString(), describe(e));
        }
    }

    /** The failure of writing the document anywhere: to a file or to standard output, the same exit code. */
    static CliException cannotWrite(String target, String reason) {
        return new CliException(ExitCodes.USAGE, "cannot write " + target + ": " + reason);
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
