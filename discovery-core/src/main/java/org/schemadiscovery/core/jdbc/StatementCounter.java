package org.schemadiscovery.core.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe counters of one discovery run: statements with their SQL texts in order, and rows read. */
public final class StatementCounter {
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final List<String> texts = new ArrayList<>();

    /** Records one executed statement (or metadata call). */
    public void statement(String text) {
        synchronized (texts) {
            statements.incrementAndGet();
            texts.add(text == null ? "" : text);
        }
    }

    /** Records one row read. */
    public void row() {
        rows.incrementAndGet();
    }

    /** Statements so far. */
    public long statements() {
        return statements.get();
    }

    /** Rows so far. */
    public long rows() {
        return rows.get();
    }

    /** The SQL texts so far, in execution order. */
    public List<String> texts() {
        synchronized (texts) {
            return List.copyOf(texts);
        }
    }

    /** The counters now. */
    public Snapshot snapshot() {
        return new Snapshot(statements.get(), rows.get());
    }

    /**
     * Counter values at one moment.
     *
     * @param statements statements executed
     * @param rows       rows read
     */
    public record Snapshot(long statements, long rows) {
        /** What happened since {@code earlier}. */
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(statements - earlier.statements, rows - earlier.rows);
        }
    }
}
