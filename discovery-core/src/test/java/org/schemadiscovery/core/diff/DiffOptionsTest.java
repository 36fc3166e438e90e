package org.schemadiscovery.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.DiffAspect;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.RenameHint;

class DiffOptionsTest {
    @Test
    @DisplayName("dotted names: quoted parts keep dots and quotes; children of tables take two or three parts")
    void parse() {
        assertThat(ObjectName.parse(ObjectType.TABLE, "app.users")).isEqualTo(ObjectName.of("app", null, "users"));
        assertThat(ObjectName.parse(ObjectType.TABLE, "users")).isEqualTo(ObjectName.of(null, null, "users"));
        assertThat(ObjectName.parse(ObjectType.COLUMN, "\"my.app\".\"a \"\"b\"\"\".c"))
                .isEqualTo(ObjectName.of("my.app", "a \"b\"", "c"));
        assertThat(ObjectName.parse(ObjectType.INDEX, "users.ix")).isEqualTo(ObjectName.of(null, "users", "ix"));
        assertThatThrownBy(() -> ObjectName.parse(ObjectType.COLUMN, "email"))
                .hasMessageContaining("a column name has 2 to 3 dotted parts");
        assertThatThrownBy(() -> ObjectName.parse(ObjectType.TABLE, "a.b.c")).hasMessageContaining("1 to 2");
        assertThatThrownBy(() -> ObjectName.parse(ObjectType.TABLE, "a..b")).hasMessageContaining("empty part");
        assertThatThrownBy(() -> ObjectName.parse(ObjectType.TABLE, "\"a.b")).hasMessageContaining("unclosed");
    }

    @Test
    @DisplayName("a short rename target keeps the source's schema and table")
    void renameTargets() {
        DiffOptions o = DiffOptions.builder().rename(ObjectType.COLUMN, "app.users.mail", "email")
                .rename(ObjectType.TABLE, "app.a", "app.b").build();
        assertThat(o.renames()).containsExactly(
                new RenameHint(ObjectType.COLUMN, ObjectName.of("app", "users", "mail"),
                        ObjectName.of("app", "users", "email")),
                new RenameHint(ObjectType.TABLE, ObjectName.of("app", null, "a"), ObjectName.of("app", null, "b")));
        assertThatThrownBy(() -> DiffOptions.builder().rename(ObjectType.SCHEMA, "a", "b"))
                .hasMessageContaining("mapSchema");
    }

    @Test
    @DisplayName("ignored aspects, schema maps and ids as the command line spells them")
    void options() {
        DiffOptions o = DiffOptions.builder().ignore(DiffAspect.OWNERS).mapSchema("a", "b").build();
        assertThat(o.ignores(DiffAspect.OWNERS)).isTrue();
        assertThat(o.ignores(DiffAspect.COMMENTS)).isFalse();
        assertThat(o.toBuilder().build()).isEqualTo(o);
        assertThatThrownBy(() -> DiffOptions.builder().mapSchema("a", "b").mapSchema("a", "c"))
                .hasMessageContaining("mapped twice");
        assertThatThrownBy(() -> DiffOptions.builder().mapSchema("a", "c").mapSchema("b", "c").build())
                .hasMessageContaining("same schema");
        assertThat(ObjectType.byId("foreign-key")).contains(ObjectType.FOREIGN_KEY);
        assertThat(ObjectType.byId("MATERIALIZED_VIEW")).contains(ObjectType.MATERIALIZED_VIEW);
        assertThat(ObjectType.byId("nope")).isEmpty();
        assertThat(DiffAspect.byId("Privileges")).contains(DiffAspect.PRIVILEGES);
        assertThatThrownBy(() -> new AttributeChange("x", 1, 1)).hasMessageContaining("did not change");
    }
}
