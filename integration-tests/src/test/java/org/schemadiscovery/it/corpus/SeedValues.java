package org.schemadiscovery.it.corpus;

import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;

/**
 * The dialect-specific part of seeding rows: how names are quoted and which SQL value fits a column's type. A
 * runner for another dialect supplies its own.
 */
interface SeedValues {
    /** A quoted identifier. */
    String ident(String name);

    /** A quoted, schema-qualified table name (unqualified where the dialect has no schemas). */
    default String table(TableRef ref) {
        return ref.schema() == null ? ident(ref.name()) : ident(ref.schema()) + "." + ident(ref.name());
    }

    /** An SQL expression of the column's type, or null when no value is known for it. */
    String value(ColumnInfo column, SchemaInfo schema);
}
