package org.schemadiscovery.dialect.sqlite.parse;

import java.util.List;

/**
 * A parsed {@code CREATE TRIGGER}.
 *
 * @param name       trigger name
 * @param nameOffset offset in the source where the (unqualified) trigger name starts
 * @param timing     BEFORE, AFTER or INSTEAD OF (BEFORE when omitted, as SQLite defaults)
 * @param event      INSERT, UPDATE or DELETE
 * @param columns    {@code UPDATE OF} columns
 * @param table      table or view name as written
 * @param when       WHEN condition as written, or null
 */
public record TriggerDefinition(String name, int nameOffset, String timing, String event, List<String> columns,
                                String table, String when) {
    public TriggerDefinition {
        columns = List.copyOf(columns);
    }
}
