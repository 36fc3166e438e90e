package org.schemadiscovery.dialect.postgresql.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The shared benchmark workload: runs a copy of {@code ../shared/bench/gen_pg_schema.py} (test resource
 * {@code bench/gen_pg_schema.py}) with python3 and returns the SQL it prints.
 */
public final class Workload {
    private Workload() {
    }

    /** SQL for {@code tables} tables over {@code schemas} schemas. */
    public static String generate(int tables, int schemas) {
        try {
            Path script = Files.createTempFile("gen_pg_schema", ".py");
            try {
                try (InputStream in = Workload.class.getResourceAsStream("/bench/gen_pg_schema.py")) {
                    Files.write(script, in.readAllBytes());
                }
                Process p = new ProcessBuilder("python3", script.toString(), String.valueOf(tables),
                        String.valueOf(schemas)).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("gen_pg_schema.py failed: " + out);
                }
                return out;
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
