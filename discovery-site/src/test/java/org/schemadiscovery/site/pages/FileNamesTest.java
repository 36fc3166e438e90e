package org.schemadiscovery.site.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void namesDifferingOnlyInCaseOrDroppedCharactersGetFilesDistinctIgnoringCase() {
        FileNames names = new FileNames();
        List<String> paths = List.of("Users", "users", "USERS", "a/b", "a?b", "a#b", "ü", "u", "", "..", "<script>")
                .stream().map(n -> names.path("tables", n, n)).toList();
        assertThat(paths.stream().map(p -> p.toLowerCase(Locale.ROOT)).distinct()).hasSize(paths.size());
        assertThat(paths).allMatch(p -> p.matches("tables/[a-z0-9_.-]+\\.html"), "safe characters only");
    }

    @Test
    void theSameKeyGetsTheSamePathAndTheSlugIsReadable() {
        FileNames names = new FileNames();
        String first = names.path("tables", "public\u0000Order Items", "public.Order Items");
        assertThat(names.path("tables", "public\u0000Order Items", "public.Order Items")).isEqualTo(first);
        assertThat(first).startsWith("tables/public.order-items-");
        assertThat(FileNames.slug("Ärger ✓ x")).isEqualTo("arger-x");
    }
}
