package org.schemadiscovery.tck;

/**
 * Starts a database server when neither the environment nor a local default server provides one, e.g. with
 * Testcontainers. Found with {@link java.util.ServiceLoader} on the class path (Testcontainers jars have no module
 * names, so an implementation lives in a class-path-only artifact and registers itself in
 * {@code META-INF/services/org.schemadiscovery.tck.TestDatabaseProvisioner}).
 */
public interface TestDatabaseProvisioner {
    /** True when it can provide a server for this dialect now (e.g. Docker answers). */
    boolean supports(String dialect);

    /**
     * A server URL for {@link TestDatabaseServer#create(String, String)}; the provisioner may start a server and
     * keep it for the rest of the JVM.
     *
     * @throws Exception when the server cannot be started
     */
    String serverUrl(String dialect) throws Exception;
}
