package org.schemadiscovery.tck.testcontainers;

import com.google.auto.service.AutoService;
import java.util.function.BooleanSupplier;
import org.schemadiscovery.tck.TestDatabaseProvisioner;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL 15 ({@code postgres:15-alpine}) for the kit's {@code postgresql} dialect. The server URL names the
 * {@code postgres} database with the container's superuser, e.g.
 * {@code jdbc:postgresql://localhost:32768/postgres?user=test&password=test}.
 */
@AutoService(TestDatabaseProvisioner.class)
public final class PostgresContainerProvisioner extends ContainerProvisioner {
    /** The dialect id, as the PostgreSQL plugin reports it. */
    public static final String DIALECT = "postgresql";
    /** The image started. */
    public static final String IMAGE = "postgres:15-alpine";

    /** For ServiceLoader. */
    public PostgresContainerProvisioner() {
        this(DockerProbe::available);
    }

    PostgresContainerProvisioner(BooleanSupplier docker) {
        super(docker);
    }

    @Override
    public String dialect() {
        return DIALECT;
    }

    @Override
    public String image() {
        return IMAGE;
    }

    @Override
    StartedServer server() {
        return Holder.SERVER;
    }

    @SuppressWarnings("resource") // kept for the JVM's lifetime; Testcontainers' reaper removes it
    private static String start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
                + "/postgres?user=" + container.getUsername() + "&password=" + container.getPassword();
    }

    // Holder idiom: started on first use, once per JVM, however many provisioner instances ServiceLoader creates.
    private static final class Holder {
        static final StartedServer SERVER = StartedServer.start(PostgresContainerProvisioner::start);
    }
}
