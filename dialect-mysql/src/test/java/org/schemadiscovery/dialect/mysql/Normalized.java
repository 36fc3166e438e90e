package org.schemadiscovery.dialect.mysql;

import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;

/**
 * A model as a DDL round trip must preserve it: the database name (the schema of everything) replaced, as two
 * databases of different names are compared, and a sequence's position dropped (DDL creates it unused). Compared as
 * JSON-like text through the records' own {@code toString}, which includes every component.
 */
record Normalized(String tables, String views, String sequences, String routines) {
    static Normalized of(SchemaInfo s, String database) {
        List<SequenceInfo> sequences = s.sequences().stream().map(q -> new SequenceInfo(q.ref(), q.dataType(),
                q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(), q.ownedBy(), null)).toList();
        return new Normalized(strip(s.tables(), database), strip(s.views(), database), strip(sequences, database),
                strip(s.routines(), database));
    }

    private static String strip(List<?> items, String database) {
        return items.toString().replace("schema=" + database + ",", "schema=<db>,")
                .replace(database + ".", "<db>.").replace("`" + database + "`", "`<db>`");
    }
}
