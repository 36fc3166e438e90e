package org.schemadiscovery.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemadiscovery.core.analysis.Tables.ref;
import static org.schemadiscovery.core.analysis.Tables.table;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.UniqueConstraint;

class RelationshipAnalyzerTest {
    private static final TableInfo USERS = table("users").columns("id").pk("id").build();

    @Test
    @DisplayName("one-to-many: an FK on non-unique columns")
    void oneToMany() {
        TableInfo posts = table("posts").columns("id", "user_id").pk("id")
                .fk("posts_user_fk", "users", List.of("user_id"), List.of("id")).build();
        assertThat(RelationshipAnalyzer.analyze(List.of(USERS, posts))).containsExactly(
                new Relationship(RelationshipKind.ONE_TO_MANY, ref("users"), List.of("id"), ref("posts"),
                        List.of("user_id"), null, List.of("posts_user_fk")));
    }

    @Test
    @DisplayName("one-to-one: FK columns are the child's PK, a unique constraint or a unique index")
    void oneToOne() {
        TableInfo profile = table("profile").columns("user_id").pk("user_id")
                .fk("p_fk", "users", List.of("user_id"), List.of("id")).build();
        TableInfo passport = table("passport").columns("id", "owner").pk("id")
                .constraint(new UniqueConstraint("passport_owner_uq", ref("passport"), List.of("owner"), false, false,
                        false))
                .fk("pp_fk", "users", List.of("owner"), List.of("id")).build();
        TableInfo avatar = table("avatar").columns("id", "owner").pk("id").index("avatar_owner", true, "owner")
                .fk("av_fk", "users", List.of("owner"), List.of("id")).build();
        TableInfo partial = table("note").columns("id", "owner").pk("id")
                .index(new org.schemadiscovery.api.model.IndexInfo("note_owner", ref("note"), true, null,
                        List.of(org.schemadiscovery.api.model.IndexElement.column("owner")), List.of(),
                        "owner > 0", false, null, true, java.util.Map.of()))
                .fk(null, "users", List.of("owner"), List.of("id")).build();
        assertThat(RelationshipAnalyzer.analyze(List.of(USERS, profile, passport, avatar, partial)))
                .extracting(r -> r.to().name() + " " + r.kind() + " " + r.via()).containsExactly(
                        "avatar ONE_TO_ONE [av_fk]", "note ONE_TO_MANY []", "passport ONE_TO_ONE [pp_fk]",
                        "profile ONE_TO_ONE [p_fk]");
    }

    @Test
    @DisplayName("many-to-many: PK exactly the columns of two FKs; extra non-key columns are ignored")
    void manyToMany() {
        TableInfo tags = table("tags").columns("id").pk("id").build();
        TableInfo junction = table("user_tags").columns("user_id", "tag_id", "added_at").pk("user_id", "tag_id")
                .fk("ut_user", "users", List.of("user_id"), List.of("id"))
                .fk("ut_tag", "tags", List.of("tag_id"), List.of("id")).build();
        assertThat(RelationshipAnalyzer.analyze(List.of(USERS, tags, junction))).containsExactly(
                new Relationship(RelationshipKind.ONE_TO_MANY, ref("tags"), List.of("id"), ref("user_tags"),
                        List.of("tag_id"), null, List.of("ut_tag")),
                new Relationship(RelationshipKind.MANY_TO_MANY, ref("tags"), List.of("id"), ref("users"),
                        List.of("id"), ref("user_tags"), List.of("ut_tag", "ut_user")),
                new Relationship(RelationshipKind.ONE_TO_MANY, ref("users"), List.of("id"), ref("user_tags"),
                        List.of("user_id"), null, List.of("ut_user")));
    }

    @Test
    @DisplayName("many-to-many to itself, with composite keys and unnamed FKs")
    void selfJunction() {
        TableInfo friends = table("friends").columns("a", "b").pk("b", "a")
                .fk(null, "users", List.of("a"), List.of("id"))
                .fk(null, "users", List.of("b"), List.of("id")).build();
        List<Relationship> rels = RelationshipAnalyzer.analyze(List.of(USERS, friends));
        assertThat(rels).filteredOn(r -> r.kind() == RelationshipKind.MANY_TO_MANY).containsExactly(
                new Relationship(RelationshipKind.MANY_TO_MANY, ref("users"), List.of("id"), ref("users"),
                        List.of("id"), ref("friends"), List.of()));
        assertThat(rels).hasSize(3);
    }

    @Test
    @DisplayName("not a junction: a PK with a column outside the two FKs, or a third FK inside the key")
    void notJunction() {
        TableInfo extraKey = table("visits").columns("user_id", "tag_id", "day").pk("user_id", "tag_id", "day")
                .fk("v_user", "users", List.of("user_id"), List.of("id"))
                .fk("v_tag", "tags", List.of("tag_id"), List.of("id")).build();
        TableInfo threeFks = table("triple").columns("a", "b", "c").pk("a", "b", "c")
                .fk("t_a", "users", List.of("a"), List.of("id"))
                .fk("t_b", "users", List.of("b"), List.of("id"))
                .fk("t_c", "users", List.of("c"), List.of("id")).build();
        assertThat(RelationshipAnalyzer.analyze(List.of(USERS, extraKey, threeFks)))
                .extracting(Relationship::kind).containsOnly(RelationshipKind.ONE_TO_MANY).hasSize(5);
    }

    @Test
    @DisplayName("no foreign keys, no relationships")
    void none() {
        assertThat(RelationshipAnalyzer.analyze(List.of(USERS))).isEmpty();
        assertThat(RelationshipAnalyzer.analyze(List.of())).isEmpty();
    }

    @Test
    @DisplayName("after a reread: the reread tables' relationships derived again, the others' kept, as in full")
    void afterReread() {
        TableInfo tags = table("tags").columns("id").pk("id").build();
        TableInfo posts = table("posts").columns("id", "user_id").pk("id")
                .fk("posts_user_fk", "users", List.of("user_id"), List.of("id")).build();
        TableInfo junction = table("user_tags").columns("user_id", "tag_id").pk("user_id", "tag_id")
                .fk("ut_user", "users", List.of("user_id"), List.of("id"))
                .fk("ut_tag", "tags", List.of("tag_id"), List.of("id")).build();
        List<Relationship> before = RelationshipAnalyzer.analyze(List.of(USERS, tags, posts, junction));
        // posts' foreign key becomes its key (one-to-one), the junction loses one foreign key, a table is added
        TableInfo posts2 = table("posts").columns("user_id").pk("user_id")
                .fk("posts_user_fk", "users", List.of("user_id"), List.of("id")).build();
        TableInfo junction2 = table("user_tags").columns("user_id", "tag_id").pk("user_id", "tag_id")
                .fk("ut_user", "users", List.of("user_id"), List.of("id")).build();
        TableInfo added = table("likes").columns("id", "post").pk("id")
                .fk("likes_post_fk", "posts", List.of("post"), List.of("user_id")).build();
        List<TableInfo> after = List.of(added, USERS, tags, posts2, junction2);
        assertThat(RelationshipAnalyzer.analyze(before, after,
                java.util.Set.of(ref("posts"), ref("user_tags"), ref("likes"))))
                .isEqualTo(RelationshipAnalyzer.analyze(after))
                .isNotEqualTo(before);
    }
}
