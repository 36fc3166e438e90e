package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DomainCheck;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.dialect.postgresql.render.OptionKeys;
import org.schemadiscovery.dialect.postgresql.render.Quoting;

/**
 * PostgreSQL's own recommendation rules (the generic ones live in core): unused indexes, invalid indexes, sequences
 * close to exhaustion and constraints left NOT VALID. Only the unused-index rule reads the server (statistics, one
 * query); the others read the model.
 */
final class PgRecommendations {
    /** Rule id: an index never scanned since statistics were reset. */
    static final String UNUSED_INDEX = "pg-unused-index";
    /** Rule id: an index marked invalid (e.g. a failed CREATE INDEX CONCURRENTLY). */
    static final String INVALID_INDEX = "pg-invalid-index";
    /** Rule id: a sequence that has used most of its range. */
    static final String SEQUENCE_EXHAUSTION = "pg-sequence-exhaustion";
    /** Rule id: a constraint added NOT VALID and never validated. */
    static final String NOT_VALIDATED = "pg-constraint-not-validated";
    /** Used fraction of a sequence's range above which it is reported. */
    static final double SEQUENCE_THRESHOLD = 0.8;

    private PgRecommendations() {
    }

    /**
     * The dialect's recommendations for a discovered schema.
     *
     * @param scans scan counts of the indexes read in this session by {@link IndexReader#key}, or null when the
     *              session read no indexes (then one statistics query runs)
     */
    static List<Recommendation> of(SchemaInfo schema, CatalogRunner runner, DiscoveryScope scope,
                                   Map<String, Long> scans) throws SQLException {
        List<Recommendation> out = new ArrayList<>();
        unusedIndexes(schema, schema.tables(), schema.views(), runner, scope, scans, out);
        modelRules(schema, out);
        return out;
    }

    /**
     * The dialect's recommendations for a model merged after a partial reread, in the session that reread
     * {@code reread}: the rules that read only the model run over the merged model (they cost milliseconds); the
     * unused-index rule, which reads index statistics, runs for the reread relations only, and its stored findings
     * stand for the others (statistics are not schema: a cache hit keeps all of them).
     *
     * @param scans as for {@link #of}: the scan counts this session read (of the reread relations), or null
     */
    static List<Recommendation> afterReread(SchemaInfo merged, SchemaInfo stored, Set<TableRef> reread,
                                            CatalogRunner runner, DiscoveryScope scope, Map<String, Long> scans)
            throws SQLException {
        List<Recommendation> out = new ArrayList<>();
        unusedIndexes(merged, merged.tables().stream().filter(t -> reread.contains(t.ref())).toList(),
                merged.views().stream().filter(v -> reread.contains(v.ref())).toList(), runner, scope, scans, out);
        Map<String, TableRef> indexOwners = new HashMap<>();
        stored.tables().forEach(t -> t.indexes().forEach(i -> indexOwners.put(unusedObject(i), t.ref())));
        stored.views().forEach(v -> v.indexes().forEach(i -> indexOwners.put(unusedObject(i), v.ref())));
        for (Recommendation r : stored.recommendations()) {
            if (r.ruleId().equals(UNUSED_INDEX)) {
                TableRef owner = indexOwners.get(r.object());
                if (owner != null && !reread.contains(owner)) {
                    out.add(r);
                }
            }
        }
        modelRules(merged, out);
        return out;
    }

    /** The rules that read the model only. */
    private static void modelRules(SchemaInfo schema, List<Recommendation> out) {
        invalidIndexes(schema, out);
        sequences(schema, out);
        notValidated(schema, out);
    }

    /** What an unused-index finding names: the index, qualified by its table's schema. */
    private static String unusedObject(IndexInfo i) {
        return i.table().schema() + "." + i.name();
    }

    /** The unused-index rule for the indexes of {@code tables} and {@code views} of {@code schema}. */
    private static void unusedIndexes(SchemaInfo schema, List<TableInfo> tables, List<ViewInfo> views,
                                      CatalogRunner runner, DiscoveryScope scope, Map<String, Long> scans,
                                      List<Recommendation> out) throws SQLException {
        if ("off".equals(schema.capabilities().settings().get("track_counts"))) {
            return;
        }
        Map<String, IndexInfo> candidates = new LinkedHashMap<>();
        for (TableInfo t : tables) {
            if (t.kind() == TableKind.TABLE || t.kind() == TableKind.PARTITION) {
                t.indexes().forEach(i -> candidates.put(IndexReader.key(t.ref().schema(), i.name()), i));
            }
        }
        for (ViewInfo v : views) {
            v.indexes().forEach(i -> candidates.put(IndexReader.key(v.ref().schema(), i.name()), i));
        }
        candidates.values().removeIf(i -> i.unique() || i.constraintBacked() || !i.valid()
                || i.options().containsKey(OptionKeys.PARENT));
        Set<String> unused = new HashSet<>();
        if (scans != null) {
            scans.forEach((key, count) -> {
                if (count == 0) {
                    unused.add(key);
                }
            });
        } else {
            runner.query("unused-indexes", scope,
                    row -> unused.add(IndexReader.key(row.str("schema_name"), row.str("index_name"))));
        }
        candidates.forEach((key, i) -> {
            if (unused.contains(key)) {
                String s = i.table().schema();
                out.add(Recommendation.builder(UNUSED_INDEX, Severity.INFO, unusedObject(i),
                        "index " + s + "." + i.name() + " on " + i.table().displayName()
                                + " has not been scanned since statistics were last reset (idx_scan = 0); it costs"
                                + " writes and space for nothing unless a rare query needs it")
                        .suggestedDdl("DROP INDEX " + Quoting.qualified(s, i.name())).build());
            }
        });
    }

    private static void invalidIndexes(SchemaInfo schema, List<Recommendation> out) {
        List<IndexInfo> all = new ArrayList<>();
        schema.tables().forEach(t -> all.addAll(t.indexes()));
        schema.views().forEach(v -> all.addAll(v.indexes()));
        for (IndexInfo i : all) {
            if (!i.valid()) {
                String display = i.table().schema() + "." + i.name();
                out.add(Recommendation.builder(INVALID_INDEX, Severity.WARNING, display,
                        "index " + display + " is invalid (a failed or unfinished build, or a partitioned index"
                                + " missing a partition's index): it is maintained on writes but never used")
                        .suggestedDdl(i.constraintBacked() ? null
                                : "DROP INDEX " + Quoting.qualified(i.table().schema(), i.name()))
                        .build());
            }
        }
    }

    private static void sequences(SchemaInfo schema, List<Recommendation> out) {
        for (SequenceInfo s : schema.sequences()) {
            double used = s.usedFraction();
            if (used > SEQUENCE_THRESHOLD) {
                String display = s.ref().displayName();
                String ddl = "bigint".equals(s.dataType()) ? null
                        : "ALTER SEQUENCE " + Quoting.qualified(s.ref().schema(), s.ref().name()) + " AS bigint";
                out.add(Recommendation.builder(SEQUENCE_EXHAUSTION, Severity.WARNING, display,
                        String.format(Locale.ROOT, "sequence %s has used %.0f%% of its range (last value %d of %d)",
                                display, used * 100, s.lastValue(), s.increment() > 0 ? s.max() : s.min())
                                + (s.cycle() ? "; it will cycle and hand out values again"
                                : "; nextval fails once it is exhausted"))
                        .suggestedDdl(ddl).build());
            }
        }
    }

    private static void notValidated(SchemaInfo schema, List<Recommendation> out) {
        for (TableInfo t : schema.tables()) {
            for (ConstraintInfo c : t.constraints()) {
                boolean validated = c instanceof CheckConstraint ch ? ch.validated()
                        : !(c instanceof ForeignKey fk) || fk.validated();
                if (!validated) {
                    String display = t.ref().displayName() + "." + c.name();
                    out.add(Recommendation.builder(NOT_VALIDATED, Severity.WARNING, display,
                            "constraint " + c.name() + " on " + t.ref().displayName()
                                    + " was added NOT VALID and never validated: existing rows are unchecked")
                            .suggestedDdl("ALTER TABLE " + Quoting.qualified(t.ref().schema(), t.ref().name())
                                    + " VALIDATE CONSTRAINT " + Quoting.ident(c.name()))
                            .build());
                }
            }
        }
        for (TypeInfo type : schema.types()) {
            for (DomainCheck check : type.domainChecks()) {
                if (!check.validated()) {
                    String display = type.ref().displayName() + "." + check.name();
                    out.add(Recommendation.builder(NOT_VALIDATED, Severity.WARNING, display,
                            "constraint " + check.name() + " on domain " + type.ref().displayName()
                                    + " was added NOT VALID and never validated: existing values are unchecked")
                            .suggestedDdl("ALTER DOMAIN " + Quoting.qualified(type.ref().schema(), type.ref().name())
                                    + " VALIDATE CONSTRAINT " + Quoting.ident(check.name()))
                            .build());
                }
            }
        }
    }
}
