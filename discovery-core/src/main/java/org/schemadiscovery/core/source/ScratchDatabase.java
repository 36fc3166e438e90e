package org.schemadiscovery.core.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.core.jdbc.Urls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A uniquely named, empty database that exists only while a DDL file is loaded and discovered: on a dev server a
 * database created with {@code CREATE DATABASE} and dropped on close, for SQLite a temporary file deleted on close. A
 * shutdown hook drops it too when the process is interrupted (Ctrl-C) before close.
 */
final class ScratchDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScratchDatabase.class);

    private final String url;
    private final String name;
    private final Properties info;
    private final ClientSyntax syntax;
    private final Dropper dropper;
    private final Consumer<String> notes;
    private final Thread hook;
    private boolean dropped;

    /** Drops the scratch database. */
    @FunctionalInterface
    private interface Dropper {
        void drop() throws SQLException, IOException;
    }

    private ScratchDatabase(String url, String name, Properties info, ClientSyntax syntax, Consumer<String> notes,
                            Dropper dropper) {
        this.url = url;
        this.name = name;
        this.notes = notes;
        this.info = info;
        this.syntax = syntax;
        this.dropper = dropper;
        this.hook = new Thread(this::close, "schema-discovery-scratch-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A unique name: no two processes, and no two runs of one, pick the same. */
    static String uniqueName() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "sd_scratch_" + ProcessHandle.current().pid() + "_" + HexFormat.of().formatHex(bytes);
    }

    /** A new SQLite file in the temporary folder. */
    static ScratchDatabase sqliteFile(Consumer<String> notes) {
        Path file;
        try {
            file = Files.createTempFile(uniqueName(), ".db");
        } catch (IOException e) {
            throw new DiscoveryFailedException(ErrorClass.OTHER, "cannot create a scratch SQLite file: " + e, e);
        }
        Properties info = new Properties();
        return new ScratchDatabase("jdbc:sqlite:" + file, null, info, ClientSyntax.SQLITE3, notes, () -> {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        });
    }

    /**
     * A new database on the server a dev URL names, created and later dropped through one admin connection held
     * open for the scratch database's life.
     */
    static ScratchDatabase onServer(String devUrl, Properties devInfo, Driver driver, ClientSyntax syntax,
                                    Consumer<String> notes) {
        String name = uniqueName();
        Connection admin;
        try {
            admin = driver.connect(devUrl, devInfo);
            if (admin == null) {
                throw new SQLException("the driver " + driver.getClass().getName() + " refused the URL", "08001");
            }
            admin.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DiscoveryConnectionException("cannot connect to the dev server " + Urls.redact(devUrl) + ": "
                    + Urls.oneLine(e), e);
        }
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            closeQuietly(admin);
            throw new DiscoveryFailedException(ErrorClass.OTHER, "cannot create a scratch database on "
                    + Urls.redact(devUrl) + ": " + Urls.oneLine(e), e);
        }
        String drop = "DROP DATABASE IF EXISTS " + name + (syntax == ClientSyntax.PSQL && major(admin) >= 13
                ? " WITH (FORCE)" : "");
        Properties info = new Properties();
        info.putAll(devInfo);
        return new ScratchDatabase(withDatabase(devUrl, name), name, info, syntax, notes, () -> {
            try (Statement s = admin.createStatement()) {
                s.execute(drop);
            } finally {
                admin.close();
            }
        });
    }

    /** The dev URL pointing at another database: its path after {@code host:port} replaced. */
    static String withDatabase(String url, String database) {
        int slashes = url.indexOf("//");
        if (slashes < 0) {
            throw new IllegalArgumentException("the dev URL names no server (expected jdbc:<driver>://host/...): "
                    + Urls.redact(url));
        }
        int authorityEnd = slashes + 2;
        while (authorityEnd < url.length() && "/?;".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int pathEnd = authorityEnd;
        if (pathEnd < url.length() && url.charAt(pathEnd) == '/') {
            while (pathEnd < url.length() && "?;".indexOf(url.charAt(pathEnd)) < 0) {
                pathEnd++;
            }
        }
        return url.substring(0, authorityEnd) + "/" + database + url.substring(pathEnd);
    }

    /** Its JDBC URL (credentials as in the dev URL). */
    String url() {
        return url;
    }

    /** The database's name on the server, or null for a file. */
    String name() {
        return name;
    }

    /** Connection properties for it. */
    Properties info() {
        Properties copy = new Properties();
        copy.putAll(info);
        return copy;
    }

    /** The client whose rules load a script into it. */
    ClientSyntax syntax() {
        return syntax;
    }

    /**
     * Makes a loading connection fast where durability buys nothing: the database is dropped within seconds, so
     * PostgreSQL need not wait for the WAL flush of every statement (as {@code PGOPTIONS='-c synchronous_commit=off'}
     * does for psql).
     */
    void prepareLoad(Connection c) throws SQLException {
        if (syntax == ClientSyntax.PSQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SET synchronous_commit TO off");
            }
        }
    }

    /** Drops it; idempotent, and safe to call from the shutdown hook and the owner at once. */
    @Override
    public synchronized void close() {
        if (dropped) {
            return;
        }
        dropped = true;
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                LOG.atDebug().log("shutdown in progress; dropping the scratch database now");
            }
        }
        try {
            dropper.drop();
        } catch (SQLException | IOException | RuntimeException e) {
            notes.accept("could not drop the scratch database " + Urls.redact(url) + ": " + Urls.oneLine(e));
        }
    }

    private static int major(Connection c) {
        try {
            return c.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            return 0;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.atDebug().addKeyValue("error", Urls.oneLine(e)).log("closing the dev server connection failed");
        }
    }
}
