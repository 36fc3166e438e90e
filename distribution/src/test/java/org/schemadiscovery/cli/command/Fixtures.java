package org.schemadiscovery.cli.command;

import java.nio.file.Path;

/** Rich fixture scripts per database, applied with the database's own client (see {@link ScratchDatabase}). */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * PostgreSQL: the dialect's own feature fixture (enums, domains, ranges, sequences, routines incl. BEGIN ATOMIC,
     * partitions, policies, triggers, views, a foreign table); MariaDB and SQLite: this module's, with routines and
     * triggers whose bodies hold semicolons.
     */
    static Path rich(ScratchDatabase.Kind kind) {
        return switch (kind) {
            case POSTGRESQL -> Path.of("../dialect-postgresql/src/test/resources/fixtures/features.sql");
            case MARIADB -> Path.of("src/test/resources/fixtures/mariadb-rich.sql");
            case SQLITE -> Path.of("src/test/resources/fixtures/sqlite-rich.sql");
        };
    }

    /** A loaded scratch database with the rich fixture. */
    static ScratchDatabase richDatabase(ScratchDatabase.Kind kind, Path dir) {
        ScratchDatabase db = ScratchDatabase.create(kind, dir);
        try {
            return db.load(rich(kind));
        } catch (RuntimeException | AssertionError e) {
            try {
                db.close();
            } catch (java.io.IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
