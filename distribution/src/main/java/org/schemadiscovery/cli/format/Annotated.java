package org.schemadiscovery.cli.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.Privilege;

/**
 * Owners, comments and privileges as the text and markdown formats print them. Columns for them appear only where some
 * object of the section has one, so output for databases that keep none is unchanged.
 */
final class Annotated {
    private Annotated() {
    }

    /** {@code reader: SELECT, UPDATE (id, email) WITH GRANT OPTION; PUBLIC: SELECT}, grouped by grantee. */
    static String privileges(List<Privilege> privileges) {
        Map<String, List<String>> byGrantee = new LinkedHashMap<>();
        for (Privilege p : privileges) {
            String text = p.privilege() + (p.columns().isEmpty() ? "" : " (" + String.join(", ", p.columns()) + ")")
                    + (p.grantable() ? " WITH GRANT OPTION" : "");
            byGrantee.computeIfAbsent(p.grantee(), g -> new ArrayList<>()).add(text);
        }
        List<String> parts = new ArrayList<>();
        byGrantee.forEach((grantee, list) -> parts.add(grantee + ": " + String.join(", ", list)));
        return String.join("; ", parts);
    }

    /** {@code owner alice, "comment", grants reader: SELECT}: what is known, or empty. */
    static String summary(String owner, String comment, List<Privilege> privileges) {
        List<String> parts = new ArrayList<>();
        if (owner != null) {
            parts.add("owner " + owner);
        }
        if (comment != null) {
            parts.add("comment: " + oneLine(comment));
        }
        if (!privileges.isEmpty()) {
            parts.add("grants " + privileges(privileges));
        }
        return String.join(", ", parts);
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
