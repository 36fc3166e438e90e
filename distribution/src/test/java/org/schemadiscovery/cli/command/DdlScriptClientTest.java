package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * {@code ddl}'s text output applies with each database's standard client (psql -v ON_ERROR_STOP=1 -X -q, sqlite3
 * -bail, mariadb) to a fresh database, piped as a user would, and rediscovering that database gives the same model.
 */
@DisplayName("ddl scripts apply with the database's own client")
class DdlScriptClientTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(ScratchDatabase.Kind.class)
    @DisplayName("rich fixture -> ddl -> client into a fresh database -> the same DDL and model again")
    void appliesWithTheClient(ScratchDatabase.Kind kind) throws Exception {
        try (ScratchDatabase source = Fixtures.richDatabase(kind, tmp);
             ScratchDatabase target = ScratchDatabase.create(kind, tmp)) {
            CliRunner.Result ddl = CliRunner.run("ddl", source.url());
            assertThat(ddl.exitCode()).as(ddl.err()).isZero();
            assertThat(ddl.err()).isEmpty();
            assertThat(ddl.out()).containsIgnoringCase("CREATE TRIGGER").containsIgnoringCase("CREATE VIEW");
            if (kind == ScratchDatabase.Kind.MARIADB) {
                assertThat(ddl.out()).contains("DELIMITER ;;\nCREATE PROCEDURE", "DELIMITER ;;\nCREATE FUNCTION",
                        "END;;\nDELIMITER ;\n");
            }

            ScratchDatabase.ClientResult applied = target.apply(ddl.out());
            assertThat(applied.exitCode()).as("%s said:%n%s", target.clientCommand(), applied.output()).isZero();
            assertThat(applied.output()).doesNotContainIgnoringCase("error");

            CliRunner.Result again = CliRunner.run("ddl", target.url());
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).isEqualTo(ddl.out());
            SchemaInfo original = discover(source);
            SchemaInfo copy = discover(target);
            assertThat(copy.tables()).hasSameSizeAs(original.tables()).isNotEmpty();
            assertThat(copy.views()).hasSameSizeAs(original.views()).isNotEmpty();
            assertThat(copy.routines()).hasSameSizeAs(original.routines());
            if (kind != ScratchDatabase.Kind.MARIADB) {
                // MariaDB names carry the database (which differs); the others compare whole
                assertThat(copy.tables()).isEqualTo(original.tables());
                assertThat(copy.views()).isEqualTo(original.views());
                assertThat(copy.routines()).isEqualTo(original.routines());
                assertThat(copy.types()).isEqualTo(original.types());
            } else {
                assertThat(copy.routines()).extracting(r -> r.ref().name())
                        .containsExactly("close_customer", "order_count");
                assertThat(copy.table("orders").orElseThrow().triggers()).hasSize(1);
            }
        }
    }

    private static SchemaInfo discover(ScratchDatabase db) {
        CliRunner.Result r = CliRunner.run("discover", db.url(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new JsonCodec().read(r.out());
    }
}
