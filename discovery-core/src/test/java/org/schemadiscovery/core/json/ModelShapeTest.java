package org.schemadiscovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("model shape: a property, a type, a subtype or an enum constant anywhere in the model moves the digest")
class ModelShapeTest {
    enum Color { RED, GREEN }

    enum MoreColor { RED, GREEN, BLUE }

    sealed interface Part permits Plain, Coloured {
    }

    record Plain(String name) implements Part {
    }

    record Coloured(String name, Color color) implements Part {
    }

    record MoreColoured(String name, MoreColor color) implements Part2 {
    }

    sealed interface Part2 permits Plain2, MoreColoured {
    }

    record Plain2(String name) implements Part2 {
    }

    record Model(String id, List<Part> parts, Map<String, Optional<Color>> extra) {
    }

    record SameModel(String id, List<Part> parts, Map<String, Optional<Color>> extra) {
    }

    record RenamedProperty(String key, List<Part> parts, Map<String, Optional<Color>> extra) {
    }

    record OtherType(long id, List<Part> parts, Map<String, Optional<Color>> extra) {
    }

    record MoreParts(String id, List<Part2> parts, Map<String, Optional<Color>> extra) {
    }

    record AddedProperty(String id, List<Part> parts, Map<String, Optional<Color>> extra, String note) {
    }

    @Test
    @DisplayName("the real model's digest is stable; small models differ exactly when their shapes do")
    void digests() {
        assertThat(ModelShape.digest()).hasSize(64).isEqualTo(ModelShape.digest());
        String base = ModelShape.digestOf(Model.class);
        assertThat(ModelShape.digestOf(Model.class)).isEqualTo(base);
        // record names count too: a model class renamed is another shape
        assertThat(ModelShape.digestOf(SameModel.class)).isNotEqualTo(base);
        assertThat(List.of(RenamedProperty.class, OtherType.class, MoreParts.class, AddedProperty.class))
                .allSatisfy(c -> assertThat(ModelShape.digestOf(c)).as(c.getSimpleName()).isNotEqualTo(base));
    }
}
