package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.Token;
import org.schemadiscovery.dialect.sqlite.parse.Tokenizer;

@DisplayName("set-based discovery: the same ordered SQL texts for 10, 100 and 1000 tables")
class StatementCountTest {
    @TempDir
    Path dir;

    private SchemaInfo discover(int tables) throws Exception {
        Path file = Fixtures.create(dir.resolve("w" + tables + ".sqlite"), Fixtures.workload(tables));
        try (Connection c = Fixtures.openReadOnly(file)) {
            return LocalDiscovery.discover(c);
        }
    }

    @Test
    @DisplayName("statement texts are identical in order and number, and never name a table")
    void constantStatements() throws Exception {
        SchemaInfo s10 = discover(10);
        SchemaInfo s100 = discover(100);
        SchemaInfo s1000 = discover(1000);
        assertThat(s10.tables()).hasSize(10);
        assertThat(s100.tables()).hasSize(100);
        assertThat(s1000.tables()).hasSize(1000);
        assertThat(s1000.views()).hasSize(100);
        // Two CREATE INDEX and one UNIQUE auto-index on each of the 800 rowid tables, a key index on the others.
        assertThat(s1000.tables().stream().mapToInt(t -> t.indexes().size()).sum()).isEqualTo(800 * 3 + 200);
        List<String> texts = s10.metrics().statementTexts();
        assertThat(s100.metrics().statementTexts()).isEqualTo(texts);
        assertThat(s1000.metrics().statementTexts()).isEqualTo(texts);
        // query_only read and set, probe, schemas, objects, columns, indexes, foreign keys.
        assertThat(texts).hasSize(8);

        Set<String> names = new HashSet<>();
        s1000.tables().forEach(t -> names.add(Names.key(t.ref().name())));
        s1000.views().forEach(v -> names.add(Names.key(v.ref().name())));
        for (String text : texts) {
            for (Token token : Tokenizer.tokenize(text)) {
                assertThat(names).as("statement names an object: %s", text)
                        .doesNotContain(Names.key(token.value()));
            }
        }
    }
}
