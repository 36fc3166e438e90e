package org.schemadiscovery.core.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Thread-safe counters of one discovery run: statements with their SQL texts, and rows read. Texts are kept per
 * connection ({@link #channel()}), so that a plugin reading on two connections at once still yields one deterministic
 * list: each connection's texts in execution order, the connections in the order they were opened.
 */
public final class StatementCounter {
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();
    private final List<List<String>> channels = new ArrayList<>();

    /** A new channel for one connection's statement texts; returns its number for {@link #statement(int, String)}. */
    public int channel() {
        synchronized (channels) {
            channels.add(new ArrayList<>());
            return channels.size() - 1;
        }
    }

    /** Records one executed statement (or metadata call) on the latest channel (a new one if there is none). */
    public void statement(String text) {
        synchronized (channels) {
            if (channels.isEmpty()) {
                channels.add(new ArrayList<>());
            }
            statement(channels.size() - 1, text);
        }
    }

    /** Records one executed statement (or metadata call) on a channel from {@link #channel()}. */
    public void statement(int channel, String text) {
        synchronized (channels) {
            statements.incrementAndGet();
            channels.get(channel).add(text == null ? "" : text);
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

    /** The SQL texts so far: each channel's in execution order, the channels in the order they were opened. */
    public List<String> texts() {
        synchronized (channels) {
            List<String> all = new ArrayList<>();
            channels.forEach(all::addAll);
            return List.copyOf(all);
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
