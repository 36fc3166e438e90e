package org.schemadiscovery.dialect.postgresql.tck.badlayout.catalog;

import java.util.concurrent.atomic.AtomicInteger;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.BadLayoutStrategy;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.render.BadLayoutScript;

/** Static state shared by every session, a dependency back on the providers, and a cycle with render. */
public final class BadLayoutCatalog {
    private static final AtomicInteger OPENED = new AtomicInteger();
    private static String lastDialect;

    private BadLayoutCatalog() {
    }

    public static void opened() {
        OPENED.incrementAndGet();
        lastDialect = BadLayoutScript.quote(new BadLayoutStrategy().dialect());
    }

    public static int sessions() {
        return OPENED.get();
    }

    public static String lastDialect() {
        return lastDialect;
    }
}
