package org.schemadiscovery.dialect.postgresql.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.dialect.postgresql.render.DdlScript;

/**
 * CREATE statements for single objects, from the dialect's DDL renderer (the one {@code ddl} uses and the kit's
 * round trip tests): a schema holding only that object is rendered and the statements for it are kept. One
 * renderer means one spelling of every object kind.
 */
final class Render {
    private final SchemaInfo base;

    Render(SchemaInfo base) {
        this.base = base.toBuilder().schemas(List.of()).tables(List.of()).views(List.of()).sequences(List.of())
                .types(List.of()).routines(List.of()).extensions(List.of()).relationships(List.of())
                .recommendations(List.of()).warnings(List.of()).build();
    }

    /** The renderer's statements for a schema built from the empty base, minus its session setting. */
    List<String> statements(SchemaInfo schema, Predicate<String> keep) {
        List<String> out = new ArrayList<>();
        for (String s : DdlScript.render(schema)) {
            if (!s.startsWith("SET check_function_bodies") && !s.startsWith("SELECT pg_catalog.setval")
                    && keep.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    SchemaInfo.Builder empty() {
        return base.toBuilder();
    }

    /** A table's own statements: CREATE TABLE, keys, checks, indexes, foreign keys, triggers, comments, policies. */
    List<String> table(TableInfo t) {
        return statements(empty().tables(List.of(t)).build(), s -> true);
    }

    /** CREATE INDEX (and ATTACH) for one index of a table. */
    List<String> index(TableInfo table, IndexInfo index) {
        TableInfo only = bare(table).toBuilder().indexes(List.of(index)).build();
        return statements(empty().tables(List.of(only)).build(),
                s -> s.startsWith("CREATE INDEX") || s.startsWith("CREATE UNIQUE INDEX")
                        || s.startsWith("ALTER INDEX"));
    }

    /** ALTER TABLE … ADD CONSTRAINT for one constraint, with its backing index's tail (INCLUDE, WITH). */
    List<String> constraint(TableInfo table, ConstraintInfo c) {
        List<IndexInfo> backing = table.indexes().stream()
                .filter(i -> c.name() != null && c.name().equals(i.constraint())).toList();
        TableInfo only = bare(table).toBuilder().constraints(List.of(c)).indexes(backing).build();
        return statements(empty().tables(List.of(only)).build(),
                s -> s.startsWith("ALTER TABLE") && s.contains(" ADD CONSTRAINT ") || s.startsWith("ALTER INDEX"));
    }

    List<String> policy(TableInfo table, PolicyInfo p) {
        TableInfo only = bare(table).toBuilder().policies(List.of(p)).build();
        return statements(empty().tables(List.of(only)).build(), s -> s.startsWith("CREATE POLICY"));
    }

    /** The table's columns and kind only: no keys, indexes, triggers, comments, owner or policies. */
    private static TableInfo bare(TableInfo t) {
        return t.toBuilder().constraints(List.of()).indexes(List.of()).triggers(List.of()).policies(List.of())
                .comment(null).owner(null).rowLevelSecurity(false).build();
    }
}
