package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A row-level security policy.
 *
 * @param name       policy name
 * @param table      table
 * @param command    ALL, SELECT, INSERT, UPDATE or DELETE
 * @param permissive PERMISSIVE (false: RESTRICTIVE)
 * @param roles      roles it applies to
 * @param using      USING expression, or null
 * @param withCheck  WITH CHECK expression, or null
 */
public record PolicyInfo(String name, TableRef table, String command, boolean permissive, List<String> roles,
                         String using, String withCheck) {
    public PolicyInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        roles = Copies.list(roles);
    }
}
