package org.schemadiscovery.cli.command;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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

    /** Writes a document's UTF-8 bytes to a stream (the file of {@code --output}). */
    @FunctionalInterface
    interface Utf8Document {
        void writeTo(OutputStream out) throws IOException;
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
        write(env, file, document, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            document.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes a document to standard output as text (through the environment's writer) or to the {@code --output}
     * file as UTF-8 bytes: a large JSON document is then written without a character encoder on the way.
     */
    static void write(CliEnvironment env, Path file, Document text, Utf8Document utf8) {
        if (file == null) {
            write(env, null, text);
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            utf8.writeTo(out);
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
