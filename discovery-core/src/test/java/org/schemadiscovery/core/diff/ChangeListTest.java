package org.schemadiscovery.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.Altered;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;

class ChangeListTest {
    private static final ObjectName T = ObjectName.of("app", null, "t");

    @Test
    @DisplayName("changes sharing a name come removal, rename, alteration, addition, whatever order they were found in")
    void rankSharingAName() {
        ChangeList list = new ChangeList();
        list.added(ObjectType.TABLE, T, "added");
        list.pair(ObjectType.TABLE, T, T, "before", "after", List.of(new AttributeChange("comment", "a", "b")));
        list.pair(ObjectType.TABLE, ObjectName.of("app", null, "old"), T, "old", "new", List.of());
        list.removed(ObjectType.TABLE, T, "removed");
        list.pair(ObjectType.TABLE, T, T, "same", "same", List.of());

        List<SchemaChange> sorted = list.sorted();

        assertThat(sorted).extracting(c -> c.getClass().getSimpleName())
                .containsExactly(Removed.class.getSimpleName(), Renamed.class.getSimpleName(),
                        Altered.class.getSimpleName(), Added.class.getSimpleName());
        assertThat(sorted).allSatisfy(c -> assertThat(c.name()).isEqualTo(T));
    }
}
