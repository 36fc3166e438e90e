package org.schemadiscovery.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;

@DisplayName("text and markdown: comments, owners and privileges where the model has them")
class AnnotationsFormatTest {

    private static SchemaInfo annotated() {
        SchemaInfo shop = Fixtures.shop();
        TableInfo first = shop.tables().get(0);
        TableInfo annotatedTable = first.toBuilder()
                .indexes(first.indexes().stream().map(i -> i.toBuilder().comment("index note").build()).toList())
                .privileges(List.of(Privilege.of("reader", "SELECT", false),
                        new Privilege("reader", "UPDATE", true, List.of("email")), Privilege.of("PUBLIC", "SELECT",
                                false)))
                .build();
        return shop.toBuilder()
                .tables(List.of(annotatedTable, shop.tables().get(1)))
                .schemaDetails(List.of(new SchemaDetails("main", "admin", "the app",
                        List.of(Privilege.of("reader", "USAGE", false)))))
                .sequences(List.of(SequenceInfo.builder(first.ref()).dataType("bigint").owner("admin")
                        .comment("ticket numbers").build()))
                .routines(List.of(RoutineInfo.builder(first.ref(), RoutineKind.FUNCTION)
                        .returnType("int").comment("says hello").privileges(List.of(Privilege.of("reader", "EXECUTE",
                                false))).build()))
                .build();
    }

    @Test
    @DisplayName("text: schema details, table privileges grouped by grantee, index comments, routine details")
    void text() {
        String out = new TextFormatter().format(annotated());

        assertThat(out).contains("SCHEMA  main  owner admin, comment: the app, grants reader: USAGE\n",
                "  Privileges: reader: SELECT, UPDATE (email) WITH GRANT OPTION; PUBLIC: SELECT\n",
                "-- index note", "owner admin, comment: ticket numbers", "comment: says hello, grants reader: EXECUTE");
        assertThat(new TextFormatter().format(Fixtures.shop())).doesNotContain("Privileges", "owner ", "-- ");
    }

    @Test
    @DisplayName("markdown: a Schemas section, privileges as a fact, comment and detail columns only when needed")
    void markdown() {
        String out = new MarkdownFormatter().format(annotated());

        assertThat(out).contains("\n## Schemas\n\n| Name | Owner | Comment | Privileges |",
                "| main | admin | the app | reader: USAGE |",
                "- Privileges: reader: SELECT, UPDATE (email) WITH GRANT OPTION; PUBLIC: SELECT\n",
                "| Name | Definition | Comment |", "| index note |",
                "| Name | Kind | Returns | Details |", "comment: says hello, grants reader: EXECUTE |");
        assertThat(new MarkdownFormatter().format(Fixtures.shop())).doesNotContain("## Schemas", "Details",
                "| Comment |\n| ---- | ---------- |");
    }
}
