package org.schemadiscovery.tck.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.dialect.mysql.MysqlDialect;
import org.schemadiscovery.dialect.postgresql.PostgresDialect;
import org.schemadiscovery.tck.TestDatabaseProvisioner;

@DisplayName("registration: the kit finds the Testcontainers provisioners through ServiceLoader on the class path")
class RegistrationTest {

    @Test
    @DisplayName("ServiceLoader finds exactly the PostgreSQL and MariaDB provisioners")
    void serviceLoaderFindsBoth() {
        List<Class<?>> types = new ArrayList<>();
        ServiceLoader.load(TestDatabaseProvisioner.class).stream().forEach(p -> types.add(p.type()));
        assertThat(types).containsExactlyInAnyOrder(PostgresContainerProvisioner.class, MariaDbContainerProvisioner.class);
    }

    @Test
    @DisplayName("META-INF/services lists both classes, one a line")
    void servicesFile() throws IOException {
        List<String> lines = new ArrayList<>();
        var resources = getClass().getClassLoader()
                .getResources("META-INF/services/org.schemadiscovery.tck.TestDatabaseProvisioner");
        while (resources.hasMoreElements()) {
            try (InputStream in = resources.nextElement().openStream()) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
            }
        }
        assertThat(lines).containsExactlyInAnyOrder(
                "org.schemadiscovery.tck.testcontainers.MariaDbContainerProvisioner",
                "org.schemadiscovery.tck.testcontainers.PostgresContainerProvisioner");
    }

    @Test
    @DisplayName("the provisioners' dialect ids are the ids the PostgreSQL and MySQL plugins report")
    void dialectIdsMatchThePlugins() {
        assertThat(new PostgresContainerProvisioner().dialect()).isEqualTo(PostgresDialect.ID).isEqualTo("postgresql");
        assertThat(new MariaDbContainerProvisioner().dialect()).isEqualTo(MysqlDialect.ID).isEqualTo("mysql");
        List<String> pluginIds = new ArrayList<>();
        ServiceLoader.load(DiscoveryStrategy.class).forEach(s -> pluginIds.add(s.dialect()));
        List<String> provisionerIds = new ArrayList<>();
        ServiceLoader.load(TestDatabaseProvisioner.class)
                .forEach(p -> provisionerIds.add(((ContainerProvisioner) p).dialect()));
        assertThat(pluginIds).containsAll(provisionerIds);
        assertThat(provisionerIds).containsExactlyInAnyOrder("postgresql", "mysql");
    }

    @Test
    @DisplayName("the images are postgres:15-alpine and mariadb:10.11")
    void images() {
        assertThat(new PostgresContainerProvisioner().image()).isEqualTo("postgres:15-alpine");
        assertThat(new MariaDbContainerProvisioner().image()).isEqualTo("mariadb:10.11");
    }
}
