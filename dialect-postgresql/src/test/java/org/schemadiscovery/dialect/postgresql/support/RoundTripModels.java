package org.schemadiscovery.dialect.postgresql.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.schemadiscovery.api.model.SchemaInfo;

/** Model comparisons for round trips: everything but identity, settings, metrics and statistics-driven advice. */
public final class RoundTripModels {
    private RoundTripModels() {
    }

    /** Asserts that two discoveries describe the same schema, part by part so a failure names the part. */
    public static void assertSameSchema(SchemaInfo actual, SchemaInfo expected) {
        assertThat(actual.warnings()).as("warnings of the second discovery").isEmpty();
        assertThat(actual.schemas()).as("schemas").isEqualTo(expected.schemas());
        assertThat(actual.schemaDetails()).as("schema owners, comments, privileges")
                .containsExactlyElementsOf(expected.schemaDetails());
        assertThat(actual.types()).as("types").containsExactlyElementsOf(expected.types());
        assertThat(actual.sequences()).as("sequences").containsExactlyElementsOf(expected.sequences());
        assertThat(actual.routines()).as("routines").containsExactlyElementsOf(expected.routines());
        assertThat(actual.extensions()).as("extensions").containsExactlyElementsOf(expected.extensions());
        assertThat(actual.tables().stream().map(t -> t.ref()).toList()).as("table names")
                .containsExactlyElementsOf(expected.tables().stream().map(t -> t.ref()).toList());
        for (int i = 0; i < expected.tables().size(); i++) {
            assertThat(actual.tables().get(i)).as("table " + expected.tables().get(i).ref())
                    .isEqualTo(expected.tables().get(i));
        }
        assertThat(actual.views()).as("views").containsExactlyElementsOf(expected.views());
        assertThat(actual.relationships()).as("relationships").containsExactlyElementsOf(expected.relationships());
    }
}
