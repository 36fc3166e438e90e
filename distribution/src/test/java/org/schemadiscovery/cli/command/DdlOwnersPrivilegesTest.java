package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddl --owners --privileges}: owners and GRANTs only when asked, since the roles may not exist elsewhere. */
@DisplayName("ddl --owners and --privileges")
class DdlOwnersPrivilegesTest {
    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    @TempDir
    Path tmp;

    @Test
    @DisplayName("PostgreSQL: plain ddl has comments but no owner or grant; the options add each")
    void postgresql() throws Exception {
        String role = "sd_cli_role_" + Long.toHexString(System.nanoTime());
        admin("CREATE ROLE " + role);
        try (ScratchDatabase db = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRESQL, tmp)) {
            ScratchDatabase.ClientResult loaded = db.apply("CREATE SCHEMA app;\n"
                    + "COMMENT ON SCHEMA app IS 'the app';\n"
                    + "CREATE TABLE app.t (id int);\n"
                    + "GRANT SELECT ON app.t TO " + role + ";\n"
                    + "CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                    + "COMMENT ON FUNCTION app.f() IS 'one';\n"
                    + "ALTER FUNCTION app.f() OWNER TO " + role + ";\n");
            assertThat(loaded.exitCode()).as(loaded.output()).isZero();

            CliRunner.Result plain = CliRunner.run("ddl", db.url(), "--schema", "app");
            CliRunner.Result owners = CliRunner.run("ddl", db.url(), "--schema", "app", "--owners");
            CliRunner.Result both = CliRunner.run("ddl", db.url(), "--schema", "app", "--owners", "--privileges");

            assertThat(plain.exitCode()).as(plain.err()).isZero();
            assertThat(plain.out()).contains("COMMENT ON SCHEMA app IS 'the app';",
                    "COMMENT ON FUNCTION app.f() IS 'one';").doesNotContain("OWNER TO", "GRANT ");
            assertThat(owners.out()).contains("ALTER FUNCTION app.f() OWNER TO " + role + ";")
                    .doesNotContain("GRANT ");
            assertThat(both.out()).contains("ALTER FUNCTION app.f() OWNER TO " + role + ";",
                    "GRANT SELECT ON TABLE app.t TO " + role + ";");
        } finally {
            admin("DROP ROLE IF EXISTS " + role);
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
