package org.schemadiscovery.infoschema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.spi.Discovered;

@DisplayName("INFORMATION_SCHEMA reader: standard views assembled into tables and constraints (on H2)")
class InformationSchemaReaderTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:is_" + UUID.randomUUID().toString().replace("-", ""));
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA \"app\"");
            st.execute("CREATE TABLE \"app\".\"parent\" (\"id\" INTEGER NOT NULL, \"code\" VARCHAR(12) NOT NULL,"
                    + " \"amount\" DECIMAL(10,2) DEFAULT 0, CONSTRAINT \"parent_pk\" PRIMARY KEY (\"id\"),"
                    + " CONSTRAINT \"parent_code_uq\" UNIQUE (\"code\"),"
                    + " CONSTRAINT \"parent_amount_ck\" CHECK (\"amount\" >= 0))");
            st.execute("CREATE TABLE \"app\".\"child\" (\"b\" INTEGER NOT NULL, \"a\" INTEGER NOT NULL,"
                    + " \"parent_id\" INTEGER, CONSTRAINT \"child_pk\" PRIMARY KEY (\"b\", \"a\"),"
                    + " CONSTRAINT \"child_parent_fk\" FOREIGN KEY (\"parent_id\") REFERENCES \"app\".\"parent\" (\"id\")"
                    + " ON DELETE CASCADE)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    @DisplayName("tables: base tables in reference order, columns with ordinal, type (as H2 prints it), nullability and default")
    void tables() throws SQLException {
        Discovered<TableInfo> found = new InformationSchemaReader().tables(connection, List.of("app"));
        assertThat(found.warnings()).isEmpty();
        assertThat(found.items()).extracting(t -> t.ref().name()).containsExactly("child", "parent");
        List<ColumnInfo> columns = found.items().get(1).columns();
        assertThat(columns).extracting(ColumnInfo::name, ColumnInfo::ordinal, ColumnInfo::nullable)
                .containsExactly(Tuple.tuple("id", 1, false),
                        Tuple.tuple("code", 2, false),
                        Tuple.tuple("amount", 3, true));
        assertThat(columns).extracting(c -> c.type().declared())
                .containsExactly("INTEGER", "CHARACTER VARYING(12)", "NUMERIC(10,2)");
        assertThat(columns).extracting(c -> c.type().jdbcType())
                .containsExactly(Types.INTEGER, Types.VARCHAR, Types.NUMERIC);
        assertThat(columns.get(2).defaultValue()).isEqualTo("0");
    }

    @Test
    @DisplayName("constraints: keys in key order, the foreign key's referenced table and columns and actions, CHECK")
    void constraints() throws SQLException {
        Discovered<ConstraintInfo> found = new InformationSchemaReader().constraints(connection, List.of("app"));
        TableRef parent = new TableRef(null, "app", "parent");
        TableRef child = new TableRef(null, "app", "child");
        assertThat(found.warnings()).isEmpty();
        assertThat(found.items()).containsExactly(
                new PrimaryKey("child_pk", child, List.of("b", "a")),
                new ForeignKey("child_parent_fk", child, List.of("parent_id"), parent, List.of("id"),
                        MatchType.SIMPLE, ReferentialAction.RESTRICT, ReferentialAction.CASCADE, false, false, true),
                new PrimaryKey("parent_pk", parent, List.of("id")),
                new UniqueConstraint("parent_code_uq", parent, List.of("code"), false, false, false),
                new CheckConstraint("parent_amount_ck", parent, List.of("amount"),
                        "\"amount\" >= CAST(0 AS NUMERIC(1))", true));
    }

    @Test
    @DisplayName("a query a dialect overrides is the one run; the others stay the standard's")
    void overriddenQuery() throws SQLException {
        InformationSchemaReader onlyParent = new InformationSchemaReader() {
            @Override
            protected String query(String name) {
                String standard = super.query(name);
                return name.equals("tables") ? standard.replace("ORDER BY", "AND TABLE_NAME = 'parent' ORDER BY")
                        : standard;
            }
        };
        assertThat(onlyParent.tables(connection, List.of("app")).items()).extracting(t -> t.ref().name())
                .containsExactly("parent");
    }
}
