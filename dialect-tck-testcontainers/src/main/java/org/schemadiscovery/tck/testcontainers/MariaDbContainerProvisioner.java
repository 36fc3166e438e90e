package org.schemadiscovery.tck.testcontainers;

import com.google.auto.service.AutoService;
import java.util.function.BooleanSupplier;
import org.schemadiscovery.tck.TestDatabaseProvisioner;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * MariaDB 10.11 ({@code mariadb:10.11}) for the kit's {@code mysql} dialect, connected with MariaDB Connector/J
 * (which the MySQL plugin's tests already have). The server URL names no database and uses root, who may create
 * the kit's databases, e.g. {@code jdbc:mariadb://localhost:32769/?user=root&password=test}.
 */
@AutoService(TestDatabaseProvisioner.class)
public final class MariaDbContainerProvisioner extends ContainerProvisioner {
    /** The dialect id, as the MySQL/MariaDB plugin reports it. */
    public static final String DIALECT = "mysql";
    /** The image started. */
    public static final String IMAGE = "mariadb:10.11";
    private static final String PASSWORD = "test";

    /** For ServiceLoader. */
    public MariaDbContainerProvisioner() {
        this(DockerProbe::available);
    }

    MariaDbContainerProvisioner(BooleanSupplier docker) {
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
        MySQLContainer container = new MariaDbContainer().withUsername("root").withPassword(PASSWORD);
        container.start();
        return "jdbc:mariadb://" + container.getHost() + ":" + container.getMappedPort(MySQLContainer.MYSQL_PORT)
                + "/?user=root&password=" + PASSWORD;
    }

    /**
     * MySQLContainer on the MariaDB image (the MYSQL_* variables work there), waiting through MariaDB Connector/J
     * instead of MySQL Connector/J, which is not on the class path.
     */
    private static final class MariaDbContainer extends MySQLContainer {
        MariaDbContainer() {
            super(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("mysql"));
        }

        @Override
        public String getDriverClassName() {
            return "org.mariadb.jdbc.Driver";
        }

        @Override
        public String getJdbcUrl() {
            return "jdbc:mariadb://" + getHost() + ":" + getMappedPort(MYSQL_PORT) + "/" + getDatabaseName();
        }

        @Override
        protected String constructUrlForConnection(String queryString) {
            return getJdbcUrl() + (queryString == null ? "" : queryString);
        }
    }

    // Holder idiom: started on first use, once per JVM, however many provisioner instances ServiceLoader creates.
    private static final class Holder {
        static final StartedServer SERVER = StartedServer.start(MariaDbContainerProvisioner::start);
    }
}
