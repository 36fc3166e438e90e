package org.schemadiscovery.cli.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output or error with every known secret masked, line by line: whatever writes there (the
 * CLI, Log4j2, java.util.logging, a driver printing on its own) goes through it. A line is held until its newline so
 * that a secret split across writes is still seen whole; {@link #close()} writes an unterminated last line.
 * Thread-safe.
 */
public final class RedactingOutputStream extends OutputStream {
    private final OutputStream target;
    private final Redactor redactor;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** Filters what is written to {@code target} through {@code redactor}. */
    public RedactingOutputStream(OutputStream target, Redactor redactor) {
        this.target = target;
        this.redactor = redactor;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emitLine();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i + 1 - start);
                emitLine();
                start = i + 1;
            }
        }
        line.write(b, start, end - start);
    }

    /** Flushes the complete lines only: a partial line may still be the first half of a secret. */
    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    /** Writes the unterminated last line, if any, and flushes; the target stays open. */
    @Override
    public synchronized void close() throws IOException {
        emitLine();
        target.flush();
    }

    private void emitLine() throws IOException {
        if (line.size() == 0) {
            return;
        }
        if (redactor.hasSecrets()) {
            String text = line.toString(StandardCharsets.UTF_8);
            target.write(redactor.redactSecrets(text).getBytes(StandardCharsets.UTF_8));
        } else {
            line.writeTo(target);
        }
        line.reset();
    }
}
