package org.schemadiscovery.dialect.postgresql.tck;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.schemadiscovery.tck.SentStatements;

/**
 * The statements pgjdbc writes to the socket, from its own {@code FE=>} trace: one Bind per execution of the
 * extended protocol (fetching more rows of a portal sends another Execute but no Bind), one SimpleQuery or
 * FunctionCall for the others. PostgreSQL itself keeps no per-session statement count unless pg_stat_statements is
 * preloaded, which needs a server restart; the trace is the next layer below core's counting proxy, and it sees every
 * pgjdbc connection of this JVM, so a plugin's own new connection counts too.
 */
final class PgWireLog extends Handler implements SentStatements {
    private static final Logger DRIVER = Logger.getLogger("org.postgresql");

    private final AtomicLong sent = new AtomicLong();
    private final Level before;

    private PgWireLog() {
        before = DRIVER.getLevel();
        setLevel(Level.ALL);
    }

    /** Starts counting. */
    static PgWireLog start() {
        PgWireLog log = new PgWireLog();
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(log);
        return log;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message != null && (message.startsWith(" FE=> Bind(") || message.startsWith(" FE=> SimpleQuery(")
                || message.startsWith(" FE=> FunctionCall("))) {
            sent.incrementAndGet();
        }
    }

    @Override
    public long sinceStart() {
        return sent.get();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        DRIVER.removeHandler(this);
        DRIVER.setLevel(before);
    }
}
