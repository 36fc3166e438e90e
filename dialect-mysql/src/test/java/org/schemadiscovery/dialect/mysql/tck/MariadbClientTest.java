package org.schemadiscovery.dialect.mysql.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("mariadb client: the password in MYSQL_PWD, never on the command line")
class MariadbClientTest {
    @Test
    @DisplayName("a URL with a password: MYSQL_PWD holds it and no argument does")
    void passwordInTheEnvironment() {
        MariadbClient.Invocation i = MariadbClient.invocation(
                "jdbc:mariadb://db.example:3307/?user=app&password=s3cret", "shop");
        assertThat(i.command()).containsExactly("mariadb", "--batch", "--protocol=TCP", "-h", "db.example", "-P",
                "3307", "-u", "app", "shop").noneMatch(a -> a.contains("s3cret"));
        assertThat(i.environment()).isEqualTo(Map.of("MYSQL_PWD", "s3cret"));
    }

    @Test
    @DisplayName("a URL without a password: no MYSQL_PWD")
    void noPassword() {
        assertThat(MariadbClient.invocation("jdbc:mariadb://127.0.0.1/?user=root", "shop").environment()).isEmpty();
    }
}
