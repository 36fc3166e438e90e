package org.schemadiscovery.tck.testcontainers;

import java.util.function.BooleanSupplier;
import org.schemadiscovery.tck.TestDatabaseProvisioner;

/**
 * A provisioner for one dialect that starts one container per JVM with Testcontainers, on first use and only when
 * Docker answers. The container is left running for the rest of the JVM; Testcontainers' reaper removes it after.
 */
public abstract class ContainerProvisioner implements TestDatabaseProvisioner {
    private final BooleanSupplier docker;

    /** @param docker whether Docker answers; {@link DockerProbe#available()} outside tests */
    ContainerProvisioner(BooleanSupplier docker) {
        this.docker = docker;
    }

    /** The dialect id this provisioner serves, e.g. {@code postgresql}. */
    public abstract String dialect();

    /** The Docker image it starts, e.g. {@code postgres:15-alpine}. */
    public abstract String image();

    /** Starts the container on first call (once per JVM) and returns its outcome. */
    abstract StartedServer server();

    @Override
    public final boolean supports(String dialect) {
        return dialect().equals(dialect) && docker.getAsBoolean();
    }

    @Override
    public final String serverUrl(String dialect) throws Exception {
        if (!supports(dialect)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " provides " + dialect()
                    + " when Docker answers, not " + dialect);
        }
        return server().urlOrThrow(dialect);
    }
}
