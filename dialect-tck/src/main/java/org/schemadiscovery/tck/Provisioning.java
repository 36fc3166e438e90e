package org.schemadiscovery.tck;

import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds a server for a dialect in the order {@link TestDatabaseServer} documents. */
final class Provisioning {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioning.class);

    /**
     * A server URL and where it came from.
     *
     * @param serverUrl the URL handed to {@link TestDatabaseServer#create}
     * @param source    how it was found, for messages
     */
    record Server(String serverUrl, String source) {
    }

    private Provisioning() {
    }

    /** The environment variable naming the server for a dialect, e.g. {@code SCHEMA_DISCOVERY_TCK_POSTGRESQL_URL}. */
    static String environmentVariable(String dialect) {
        return "SCHEMA_DISCOVERY_TCK_" + dialect.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_URL";
    }

    /** True unless the system property {@code tck.require} is set to something other than {@code true}. */
    static boolean required() {
        return Boolean.parseBoolean(System.getProperty("tck.require", "true").trim());
    }

    /** The server URL the environment variable names for the dialect, if it is set. */
    static Optional<String> environmentUrl(TestDatabaseServer server) {
        String fromEnv = System.getenv(environmentVariable(server.dialect()));
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.trim());
    }

    static Optional<Server> find(TestDatabaseServer server) {
        Optional<String> fromEnv = environmentUrl(server);
        if (fromEnv.isPresent()) {
            // An explicit URL is used even when it does not answer: a wrong setting must fail, not fall through.
            return Optional.of(new Server(fromEnv.get(), "environment variable "
                    + environmentVariable(server.dialect())));
        }
        for (String url : server.localDefaultUrls()) {
            if (server.answers(url)) {
                return Optional.of(new Server(url, "local default server"));
            }
        }
        for (TestDatabaseProvisioner provisioner : ServiceLoader.load(TestDatabaseProvisioner.class)) {
            if (!provisioner.supports(server.dialect())) {
                continue;
            }
            try {
                return Optional.of(new Server(provisioner.serverUrl(server.dialect()),
                        "provisioner " + provisioner.getClass().getName()));
            } catch (Exception e) {
                LOG.warn("TCK provisioner {} failed for {}: {}", provisioner.getClass().getName(), server.dialect(),
                        e.toString());
            }
        }
        return Optional.empty();
    }

    /** The message for a missing database, naming every way to provide one. */
    static String noDatabaseMessage(TestDatabaseServer server) {
        return "no " + server.dialect() + " database for the compatibility kit: set "
                + environmentVariable(server.dialect()) + ", start a local server at " + server.localDefaultUrls()
                + ", or put a TestDatabaseProvisioner on the class path"
                + (required() ? " (failing because tck.require is true; -Dtck.require=false skips instead)" : "");
    }
}
