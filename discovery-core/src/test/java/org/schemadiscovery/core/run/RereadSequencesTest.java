package org.schemadiscovery.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;

@DisplayName("reread sequences: those the reread tables own are replaced; an owner that cannot be told reads all")
class RereadSequencesTest {
    private static TableInfo table(String schema, String name, String... columns) {
        return TableInfo.builder(TableRef.of(schema, name), TableKind.TABLE).columns(List.of(columns).stream()
                .map(c -> ColumnInfo.builder(c, DataType.of("int", Types.INTEGER)).build()).toList()).build();
    }

    private static SequenceInfo sequence(String name, String ownedBy, long increment) {
        return SequenceInfo.builder(TableRef.of("s", name)).ownedBy(ownedBy).increment(increment).build();
    }

    @Test
    @DisplayName("owned by a reread table: replaced or dropped; free-standing and others' kept; order by name")
    void merge() {
        List<TableInfo> tables = List.of(table("s", "t", "id", "v"), table("s", "u", "id"));
        List<SequenceInfo> stored = List.of(sequence("free", null, 1), sequence("t_id_seq", "s.t.id", 1),
                sequence("t_old_seq", "s.t.v", 1), sequence("u_id_seq", "s.u.id", 1));
        List<SequenceInfo> read = List.of(sequence("t_id_seq", "s.t.id", 5), sequence("t_new_seq", "s.t.v", 1));
        assertThat(RereadSequences.merge(stored, tables, Set.of(TableRef.of("s", "t")), read)).contains(List.of(
                sequence("free", null, 1), sequence("t_id_seq", "s.t.id", 5), sequence("t_new_seq", "s.t.v", 1),
                sequence("u_id_seq", "s.u.id", 1)));
    }

    @Test
    @DisplayName("a read sequence replaces the stored one of its name, whatever the restriction asked")
    void readWins() {
        List<SequenceInfo> stored = List.of(sequence("free", null, 1));
        assertThat(RereadSequences.merge(stored, List.of(), Set.of(TableRef.of("s", "t")),
                List.of(sequence("free", null, 3)))).contains(List.of(sequence("free", null, 3)));
    }

    @Test
    @DisplayName("names with dots that make two owners, or an owner outside the stored tables: empty")
    void ambiguous() {
        List<TableInfo> dotted = List.of(table("a", "b.c", "d"), table("a.b", "c", "d"));
        List<SequenceInfo> stored = List.of(SequenceInfo.builder(TableRef.of("a", "q")).ownedBy("a.b.c.d").build());
        assertThat(RereadSequences.merge(stored, dotted, Set.of(TableRef.of("a", "b.c")), List.of())).isEmpty();
        assertThat(RereadSequences.merge(List.of(sequence("x_seq", "other.x.id", 1)), List.of(table("s", "t", "id")),
                Set.of(TableRef.of("s", "t")), List.of())).isEmpty();
    }

    @Test
    @DisplayName("no owned sequence stored: the stored tables' names do not matter, even ambiguous ones")
    void nothingOwned() {
        List<TableInfo> dotted = List.of(table("a", "b.c", "d"), table("a.b", "c", "d"));
        assertThat(RereadSequences.merge(List.of(sequence("free", null, 1)), dotted, Set.of(TableRef.of("a", "b.c")),
                List.of(sequence("t_seq", "a.b.c.d", 1)))).contains(List.of(sequence("free", null, 1),
                sequence("t_seq", "a.b.c.d", 1)));
    }
}
