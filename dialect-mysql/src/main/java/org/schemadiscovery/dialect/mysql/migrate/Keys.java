package org.schemadiscovery.dialect.mysql.migrate;

import org.schemadiscovery.api.model.TableRef;

/**
 * Object names as ordering keys. Tables and views share one namespace in MySQL, as do their keys; a relation's
 * "shape" is what its columns look like after the steps that create or alter it.
 */
final class Keys {
    private Keys() {
    }

    /** The table or view exists under this name. */
    static String relation(TableRef ref) {
        return "rel:" + ref.schema() + "." + ref.name();
    }

    /** The relation's columns and keys are as the target has them. */
    static String shape(TableRef ref) {
        return "shape:" + ref.schema() + "." + ref.name();
    }

    static String foreignKey(TableRef table, String name) {
        return "fk:" + table.schema() + "." + table.name() + "." + name;
    }

    static String routine(TableRef ref) {
        return "routine:" + ref.schema() + "." + ref.name();
    }

    static String trigger(TableRef table, String name) {
        return "trigger:" + table.schema() + "." + name;
    }
}
