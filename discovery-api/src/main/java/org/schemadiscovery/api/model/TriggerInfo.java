package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A trigger.
 *
 * @param name       trigger name
 * @param table      table or view it fires on
 * @param timing     BEFORE, AFTER or INSTEAD OF
 * @param events     INSERT, UPDATE, DELETE, TRUNCATE
 * @param columns    UPDATE OF columns, empty when none
 * @param forEachRow FOR EACH ROW (false: FOR EACH STATEMENT)
 * @param function   function called, or null where the body is inline (SQLite)
 * @param definition full definition as the database prints it
 */
public record TriggerInfo(String name, TableRef table, String timing, List<String> events, List<String> columns,
                          boolean forEachRow, String function, String definition) {
    public TriggerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        events = Copies.list(events);
        columns = Copies.list(columns);
    }
}
