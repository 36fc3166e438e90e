package org.schemadiscovery.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a finished document to standard output or to the {@code --output} file. */
final class Output {
    private Output() {
    }

    static void write(CliEnvironment env, Path file, String document) {
        if (file == null) {
            env.out().print(document);
            env.out().flush();
            return;
        }
        try {
            Files.writeString(file, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot write " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
