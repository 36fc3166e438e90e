package org.schemadiscovery.it.corpus;

import java.sql.Connection;
import java.sql.SQLException;

/** A scratch database the corpus runner loads, migrates and discovers again; reused from case to case. */
interface Scratch {
    /** The database's name as its own client takes it (a file path for SQLite). */
    String name();

    /** The JDBC URL discovery reads it through. */
    String url();

    Connection connect() throws SQLException;

    /** Back to the state of a new, empty database. */
    void reset() throws SQLException;
}
