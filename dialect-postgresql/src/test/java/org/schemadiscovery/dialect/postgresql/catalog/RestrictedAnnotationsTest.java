package org.schemadiscovery.dialect.postgresql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("restricted comments and privileges: the named relations' rows of the full query, nothing of schemas,"
        + " routines or extensions")
class RestrictedAnnotationsTest {
    private static final Set<String> NAMED = Set.of("account", "emails");
    /** The sequences the named relations own (identity and serial). */
    private static final Set<String> OWNED = Set.of("account_id_seq", "account_n_seq");

    private static List<String> fixture(String reader) {
        return List.of(
                "CREATE SCHEMA app",
                "COMMENT ON SCHEMA app IS 'the application'",
                "GRANT USAGE ON SCHEMA app TO " + reader,
                "CREATE TABLE app.account (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n serial, email text,"
                        + " CONSTRAINT positive CHECK (id > 0))",
                "COMMENT ON CONSTRAINT positive ON app.account IS 'ids start at 1'",
                "CREATE INDEX account_email ON app.account (email)",
                "COMMENT ON INDEX app.account_email IS 'lookups by email'",
                "COMMENT ON SEQUENCE app.account_n_seq IS 'numbers'",
                "GRANT USAGE ON SEQUENCE app.account_n_seq TO " + reader,
                "GRANT SELECT ON app.account TO " + reader,
                "GRANT UPDATE (email) ON app.account TO " + reader,
                "CREATE VIEW app.emails AS SELECT email FROM app.account",
                "GRANT SELECT ON app.emails TO PUBLIC",
                "CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
                "COMMENT ON FUNCTION app.touch() IS 'touches'",
                "GRANT EXECUTE ON FUNCTION app.touch() TO " + reader,
                "CREATE TRIGGER account_touch BEFORE UPDATE ON app.account FOR EACH ROW EXECUTE FUNCTION app.touch()",
                "COMMENT ON TRIGGER account_touch ON app.account IS 'keeps it fresh'",
                "CREATE POLICY own ON app.account USING (true)",
                "COMMENT ON POLICY own ON app.account IS 'everyone, for now'",
                // the same kinds on a table and a sequence that are not named: none of them may come back
                "CREATE TABLE app.other (id serial PRIMARY KEY, email text, CONSTRAINT positive CHECK (id > 0))",
                "COMMENT ON CONSTRAINT positive ON app.other IS 'other ids'",
                "COMMENT ON INDEX app.other_pkey IS 'other key'",
                "COMMENT ON SEQUENCE app.other_id_seq IS 'other numbers'",
                "GRANT SELECT ON app.other TO " + reader,
                "GRANT UPDATE (email) ON app.other TO " + reader,
                "CREATE TRIGGER other_touch BEFORE UPDATE ON app.other FOR EACH ROW EXECUTE FUNCTION app.touch()",
                "COMMENT ON TRIGGER other_touch ON app.other IS 'other trigger'",
                "CREATE POLICY own ON app.other USING (true)",
                "COMMENT ON POLICY own ON app.other IS 'other policy'",
                "CREATE SEQUENCE app.ticket",
                "COMMENT ON SEQUENCE app.ticket IS 'ticket numbers'",
                "GRANT USAGE ON SEQUENCE app.ticket TO " + reader);
    }

    @Test
    void restrictedRowsAreTheNamedRelationsRowsOfTheFullQuery() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec(fixture(db.createRole("reader")));
            try (Connection c = db.connect()) {
                Map<String, String> sql = CatalogSql.load().forVersion(PgFeatures.of(versionNum(c)));
                Map<String, String> restricted = CatalogSql.restricted(sql);
                for (String query : List.of("comments", "privileges")) {
                    List<Row> all = rows(c, sql.get(query), false);
                    List<Row> some = rows(c, restricted.get(query), true);
                    assertThat(all).as(query + " reads schemas and routines").anyMatch(r -> r.kind().equals("schema"))
                            .anyMatch(r -> r.kind().equals("routine"));
                    assertThat(some).as(query).containsExactlyInAnyOrderElementsOf(
                            all.stream().filter(ofNamed()).toList());
                    assertThat(some).as(query).anyMatch(r -> r.kind().equals("sequence"));
                }
            }
        }
    }

    /** A row of a named relation, of one of its parts, or of a sequence it owns. */
    private static Predicate<Row> ofNamed() {
        return r -> switch (r.kind()) {
            case "relation", "column" -> NAMED.contains(r.name());
            case "index", "constraint", "trigger", "policy" -> NAMED.contains(r.table());
            case "sequence" -> OWNED.contains(r.name());
            default -> false;
        };
    }

    /** A result row: its kind, the relation it belongs to (comments) and its name, then every column as text. */
    private record Row(String kind, String table, String name, List<String> values) {
    }

    private static List<Row> rows(Connection c, String query, boolean restrict) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setObject(1, "{}", Types.OTHER);
            ps.setObject(2, "{}", Types.OTHER);
            ps.setObject(3, "{}", Types.OTHER);
            ps.setObject(4, restrict ? "{app,app}" : "{}", Types.OTHER);
            ps.setObject(5, restrict ? "{account,emails}" : "{}", Types.OTHER);
            try (ResultSet rs = ps.executeQuery()) {
                boolean comments = hasColumn(rs, "table_name");
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.add(rs.getString(i));
                    }
                    out.add(new Row(rs.getString("kind"), comments ? rs.getString("table_name") : null,
                            rs.getString("name"), values));
                }
            }
        }
        return out;
    }

    private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            if (rs.getMetaData().getColumnLabel(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int versionNum(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }
}
