package bench;

import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * Object counts of our model, in the harness's comparable shape, plus the categories that explain a peer's
 * different count (cat_* fields: e.g. how many indexes are on expressions or are partial).
 */
final class Counts {
    private Counts() {
    }

    static Sample of(SchemaInfo s) {
        long columns = 0, indexes = 0, constraints = 0, fks = 0, pks = 0, uniques = 0, checks = 0;
        long exprIdx = 0, partialIdx = 0, pkIdx = 0, uniqueIdx = 0, coveringIdx = 0, constraintIdx = 0;
        long partitionIdx = 0, partitionedIdx = 0, mvIdx = 0;
        long partitions = 0, partitioned = 0, matviews = 0;
        long partitionedColumns = 0, partitionColumns = 0, generatedColumns = 0, hiddenColumns = 0;
        long viewColumns = 0, mvColumns = 0;
        for (TableInfo t : s.tables()) {
            columns += t.columns().size();
            partitionColumns += t.kind() == TableKind.PARTITION ? t.columns().size() : 0;
            partitionedColumns += t.kind() == TableKind.PARTITIONED ? t.columns().size() : 0;
            generatedColumns += t.columns().stream().filter(c -> c.generated() != null).count();
            hiddenColumns += t.columns().stream().filter(c -> c.hidden()).count();
            partitions += t.kind() == TableKind.PARTITION ? 1 : 0;
            partitioned += t.kind() == TableKind.PARTITIONED ? 1 : 0;
            String pkName = t.primaryKey().map(PrimaryKey::name).orElse(null);
            for (IndexInfo i : t.indexes()) {
                indexes++;
                exprIdx += i.elements().stream().anyMatch(e -> e.isExpression()) ? 1 : 0;
                partialIdx += i.predicate() != null ? 1 : 0;
                uniqueIdx += i.unique() ? 1 : 0;
                coveringIdx += i.include().isEmpty() ? 0 : 1;
                constraintIdx += i.constraintBacked() ? 1 : 0;
                pkIdx += i.constraintBacked() && i.constraint().equals(pkName) ? 1 : 0;
                partitionIdx += t.kind() == TableKind.PARTITION ? 1 : 0;
                partitionedIdx += t.kind() == TableKind.PARTITIONED ? 1 : 0;
            }
            for (ConstraintInfo c : t.constraints()) {
                constraints++;
                fks += c instanceof ForeignKey ? 1 : 0;
                pks += c instanceof PrimaryKey ? 1 : 0;
                uniques += c instanceof UniqueConstraint ? 1 : 0;
                checks += c instanceof CheckConstraint ? 1 : 0;
            }
        }
        for (ViewInfo v : s.views()) {
            matviews += v.materialized() ? 1 : 0;
            viewColumns += v.materialized() ? 0 : v.columns().size();
            mvColumns += v.materialized() ? v.columns().size() : 0;
            indexes += v.indexes().size();
            mvIdx += v.indexes().size();
        }
        return new Sample().put("tables", s.tables().size()).put("columns", columns).put("indexes", indexes)
                .put("constraints", constraints).put("views", s.views().size()).put("fks", fks)
                .put("warnings", s.warnings().size())
                .put("cat_tables_partition", partitions).put("cat_tables_partitioned", partitioned)
                .put("cat_views_materialized", matviews).put("cat_views_plain", s.views().size() - matviews)
                .put("cat_col_partition", partitionColumns)
                .put("cat_col_partitioned", partitionedColumns).put("cat_col_generated", generatedColumns)
                .put("cat_col_hidden", hiddenColumns).put("cat_col_view", viewColumns)
                .put("cat_col_materialized_view", mvColumns)
                .put("cat_idx_expression", exprIdx).put("cat_idx_partial", partialIdx)
                .put("cat_idx_primary_key", pkIdx).put("cat_idx_unique", uniqueIdx)
                .put("cat_idx_covering", coveringIdx).put("cat_idx_constraint", constraintIdx)
                .put("cat_idx_on_partitions", partitionIdx).put("cat_idx_on_partitioned", partitionedIdx)
                .put("cat_idx_materialized_view", mvIdx)
                .put("cat_con_primary_key", pks).put("cat_con_unique", uniques).put("cat_con_check", checks)
                .put("cat_con_foreign_key", fks);
    }
}
