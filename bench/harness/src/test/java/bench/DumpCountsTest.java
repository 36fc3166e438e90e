package bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DumpCountsTest {
    @Test
    @DisplayName("pg_dump: tables and views from TOC entries, index-backed constraints count as indexes, inline CHECKs as constraints")
    void pgDump() {
        String dump = """
                --
                -- Name: t1; Type: TABLE; Schema: s0; Owner: postgres
                --

                CREATE TABLE s0.t1 (
                    id bigint NOT NULL,
                    code character varying(32) NOT NULL,
                    parent_id bigint,
                    CONSTRAINT t1_code_len CHECK ((char_length((code)::text) > 1))
                );

                --
                -- Name: p0; Type: TABLE; Schema: s0; Owner: postgres
                --

                CREATE TABLE s0.p0 (
                    id bigint NOT NULL,
                    at date NOT NULL
                )
                PARTITION BY RANGE (at);

                --
                -- Name: v0; Type: VIEW; Schema: s0; Owner: postgres
                --

                CREATE VIEW s0.v0 AS
                 SELECT t1.id,
                    t1.code
                   FROM s0.t1;

                --
                -- Name: mv0; Type: MATERIALIZED VIEW; Schema: s0; Owner: postgres
                --

                CREATE MATERIALIZED VIEW s0.mv0 AS
                 SELECT 1 AS n
                  WITH NO DATA;

                --
                -- Name: t1 t1_pkey; Type: CONSTRAINT; Schema: s0; Owner: postgres
                --

                ALTER TABLE ONLY s0.t1
                    ADD CONSTRAINT t1_pkey PRIMARY KEY (id);

                --
                -- Name: t1_code_uq; Type: INDEX; Schema: s0; Owner: postgres
                --

                CREATE UNIQUE INDEX t1_code_uq ON s0.t1 USING btree (code);

                --
                -- Name: t1 t1_parent_id_fkey; Type: FK CONSTRAINT; Schema: s0; Owner: postgres
                --

                ALTER TABLE ONLY s0.t1
                    ADD CONSTRAINT t1_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES s0.t1(id) DEFERRABLE;
                """;
        assertThat(DumpCounts.pgDump(dump).toString())
                .isEqualTo("tables=2 columns=5 indexes=2 constraints=3 views=2 fks=1");
    }

    @Test
    @DisplayName("sqlite3 .schema: columns and constraints from CREATE TABLE, implicit indexes as SQLite creates them")
    void sqliteSchema() {
        String schema = """
                CREATE TABLE t0 (id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL UNIQUE,
                          name TEXT NOT NULL DEFAULT 'x, UNIQUE', amount NUMERIC(12,2) CHECK (amount >= 0),
                          total REAL GENERATED ALWAYS AS (amount * 2) VIRTUAL);
                CREATE TABLE sqlite_sequence(name,seq);
                CREATE INDEX t0_lower_name_idx ON t0 (lower(name));
                CREATE VIEW v0 AS SELECT * FROM t0
                /* v0(id,code,name,amount,total) */;
                CREATE TABLE t1 (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES t0(id), "check" TEXT);
                CREATE TABLE t4 (code TEXT NOT NULL, region TEXT NOT NULL, amount REAL CHECK (amount >= 0),
                          note TEXT COLLATE NOCASE, PRIMARY KEY (code, region)) WITHOUT ROWID, STRICT;
                CREATE TABLE t5 (id INTEGER, b TEXT, CONSTRAINT fk FOREIGN KEY (b) REFERENCES t0(code), UNIQUE (id, b));
                """;
        // columns 5 + 3 + 4 + 2; indexes: t0 unique + explicit, t4 PK autoindex, t5 unique;
        // constraints: t0 PK+UNIQUE+CHECK, t1 PK+FK, t4 CHECK+PK, t5 FK+UNIQUE
        assertThat(DumpCounts.sqliteSchema(schema).toString())
                .isEqualTo("tables=4 columns=14 indexes=4 constraints=9 views=1 fks=2");
    }
}
