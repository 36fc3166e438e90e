package org.schemadiscovery.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The corpus runner's parsing, on inline snippets written for this test (no corpus file is copied here). */
@DisplayName("conformance corpus runner: YAML cases, statement splitting, rename annotations, applicability")
class CorpusParsingTest {

    @Test
    @DisplayName("statements split at semicolons outside quotes, dollar quotes and comments")
    void splitting() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE "a;b" (x text DEFAULT 'it''s; fine');
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
                /* block; /* nested; */ still */ SELECT E'\\'; x';
                ;
                SELECT $1
                """;
        assertThat(SqlStatements.split(script)).containsExactly(
                "-- a comment; with a semicolon\nCREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine')",
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$",
                "/* block; /* nested; */ still */ SELECT E'\\'; x'",
                "SELECT $1");
    }

    @Test
    @DisplayName("@renamed annotations become table, column, constraint, index, type and label hints")
    void renames() {
        String desired = """
                CREATE TABLE users ( -- @renamed from=accounts
                  id int,
                  user_name text, -- @renamed from="user name"
                  CONSTRAINT uq UNIQUE (id) -- @renamed from=old_uq
                );
                CREATE INDEX new_idx /* @renamed from=old_idx */ ON app.users (id);
                CREATE TYPE mood /* @renamed from=feeling */ AS ENUM ('ok' /* @renamed from=fine */, 'bad');
                CREATE TYPE AS_IGNORED AS /* @renamed from=x */ ENUM ('a');
                """;
        assertThat(RenameHints.parse(desired)).extracting(Object::toString).containsExactly(
                "table:public.accounts=users", "column:public.users.user name=user_name",
                "constraint:public.users.old_uq=uq", "index:app.users.old_idx=new_idx", "type:public.feeling=mood",
                "enum-label:public.mood.fine=ok");
    }

    @Test
    @DisplayName("YAML cases: defaults, enable_drop, versions and sqldef-only settings")
    void yaml() {
        String yaml = """
                Plain:
                  desired: |
                    CREATE TABLE t (id int);
                NoDrop:
                  current: "CREATE TABLE t (id int);"
                  desired: ""
                  enable_drop: false
                  min_version: '18.0'
                Roles:
                  desired: "SELECT 1"
                  managed_roles: [a, b]
                  config: {x: 1}
                """;
        List<CorpusCase> cases = CorpusCase.read("tests_x.yml", yaml);
        assertThat(cases).extracting(CorpusCase::id).containsExactly("tests_x:Plain", "tests_x:NoDrop",
                "tests_x:Roles");
        assertThat(cases.get(0).enableDrop()).isTrue();
        assertThat(cases.get(0).current()).isEmpty();
        assertThat(cases.get(1).enableDrop()).isFalse();
        assertThat(Applicability.beforeLoading(cases.get(0))).isEmpty();
        assertThat(Applicability.beforeLoading(cases.get(1))).hasValue(
                "needs PostgreSQL 18.0 or newer (server is 15)");
        assertThat(Applicability.beforeLoading(cases.get(2))).hasValue("needs roles a, b");
        assertThat(cases.get(2).sqldefOnly()).containsExactly("config");
    }

    @Test
    @DisplayName("load failures are classified by the server's answer")
    void loadFailures() {
        assertThat(Applicability.loadFailure("desired", List.of(new ScratchLoad.Failure("CREATE TABLE t ()",
                "42704", "ERROR: collation \"en_US\" for encoding \"UTF8\" does not exist"))))
                .startsWith("needs a collation not installed here (desired: 42704");
        assertThat(Applicability.loadFailure("current", List.of(new ScratchLoad.Failure("GRANT x TO r", "42704",
                "ERROR: role \"r\" does not exist")))).startsWith("needs a role");
        assertThat(Applicability.loadFailure("current", List.of(new ScratchLoad.Failure("CREATE TABLE s.t ()",
                "3F000", "ERROR: schema \"s\" does not exist")))).startsWith("needs a schema the DDL does not create");
    }
}
