package org.schemadiscovery.dialect.mysql.migrate;

import org.schemadiscovery.api.model.TableRef;

/**
 * The statements planned for one table, in the order they must run: foreign keys dropped (those removed, and those
 * dropped only to be added again around a column change), the table's one ALTER, its destructive ALTER (dropped
 * columns, indexes and keys, left out unless allowed), then foreign keys added.
 */
final class TableWork {
    final TableRef ref;
    final String name;
    final TableAlter removedForeignKeys;
    final TableAlter foreignKeysToReAdd;
    final TableAlter main;
    final TableAlter drops;
    final TableAlter addedForeignKeys;

    TableWork(TableRef ref, String name) {
        this.ref = ref;
        this.name = name;
        this.removedForeignKeys = new TableAlter(name);
        this.foreignKeysToReAdd = new TableAlter(name);
        this.main = new TableAlter(name);
        this.drops = new TableAlter(name);
        this.addedForeignKeys = new TableAlter(name);
    }
}
