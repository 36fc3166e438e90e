package org.schemadiscovery.core.source;

import java.util.function.Predicate;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryScope;

/** A snapshot narrowed to a scope's schema patterns, as a discovery with that scope would have read it. */
final class Snapshots {
    private Snapshots() {
    }

    /** The snapshot without the objects of schemas outside the scope; unchanged when the scope names no pattern. */
    static SchemaInfo inScope(SchemaInfo s, DiscoveryScope scope) {
        if (scope.includeSchemas().isEmpty() && scope.excludeSchemas().isEmpty()) {
            return s;
        }
        Predicate<TableRef> in = ref -> scope.includesSchema(ref.schema());
        return s.toBuilder()
                .schemas(s.schemas().stream().filter(scope::includesSchema).toList())
                .tables(s.tables().stream().filter(t -> in.test(t.ref())).toList())
                .views(s.views().stream().filter(v -> in.test(v.ref())).toList())
                .sequences(s.sequences().stream().filter(q -> in.test(q.ref())).toList())
                .types(s.types().stream().filter(t -> in.test(t.ref())).toList())
                .routines(s.routines().stream().filter(r -> in.test(r.ref())).toList())
                .relationships(s.relationships().stream().filter(r -> in.test(r.from())).toList())
                .schemaDetails(s.schemaDetails().stream().filter(d -> scope.includesSchema(d.name())).toList())
                .build();
    }
}
