package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.diff.SchemaNormalizer;

/**
 * PostgreSQL's equivalences for schema comparison:
 * <ul>
 *   <li>a sequence default names the sequence with its schema unless that schema is on the search path
 *       ({@code nextval('app.t_id_seq'::regclass)} vs {@code nextval('t_id_seq'::regclass)} for {@code public}): a
 *       sequence in the column's own schema is written unqualified, so a schema and its copy under another name
 *       compare equal;</li>
 *   <li>a partition's index that its partitioned parent's index created (same definition, a generated name) is the
 *       parent's: it is left out, as the parent's index stands for it.</li>
 * </ul>
 * Stateless.
 */
@AutoService(SchemaNormalizer.class)
public final class PostgresSchemaNormalizer implements SchemaNormalizer {
    private static final Pattern NEXTVAL = Pattern.compile(
            "nextval\\('((?:\"(?:[^\"]|\"\")+\"|[^.'\"]+))\\.((?:\"(?:[^\"]|\"\")+\"|[^.'\"]+))'::regclass\\)");

    @Override
    public String dialect() {
        return PostgresDialect.ID;
    }

    @Override
    public SchemaInfo normalize(SchemaInfo schema) {
        Map<TableRef, TableInfo> byRef = new HashMap<>();
        schema.tables().forEach(t -> byRef.put(t.ref(), t));
        List<TableInfo> tables = new ArrayList<>(schema.tables().size());
        boolean changed = false;
        for (TableInfo t : schema.tables()) {
            TableInfo n = table(t, byRef);
            changed |= n != t;
            tables.add(n);
        }
        return changed ? schema.toBuilder().tables(tables).build() : schema;
    }

    private static TableInfo table(TableInfo t, Map<TableRef, TableInfo> byRef) {
        List<ColumnInfo> columns = t.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnInfo c = columns.get(i);
            String def = ownSchemaSequence(c.defaultValue(), t.ref().schema());
            if (!Objects.equals(def, c.defaultValue())) {
                if (columns == t.columns()) {
                    columns = new ArrayList<>(columns);
                }
                columns.set(i, c.toBuilder().defaultValue(def).build());
            }
        }
        List<IndexInfo> indexes = t.indexes();
        TableInfo parent = t.partition() == null || t.partition().parent() == null ? null
                : byRef.get(t.partition().parent());
        if (parent != null) {
            indexes = indexes.stream().filter(i -> !inherited(i, parent)).toList();
        }
        if (columns == t.columns() && indexes.size() == t.indexes().size()) {
            return t;
        }
        return t.toBuilder().columns(columns).indexes(indexes).build();
    }

    /** The default with {@code schema.} dropped from a {@code nextval('schema.seq'::regclass)} in that schema. */
    static String ownSchemaSequence(String defaultValue, String schema) {
        if (defaultValue == null || schema == null || !defaultValue.contains("nextval('")) {
            return defaultValue;
        }
        Matcher m = NEXTVAL.matcher(defaultValue);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = unquote(m.group(1)).equals(schema) ? "nextval('" + m.group(2) + "'::regclass)"
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
                : identifier;
    }

    /** Whether the parent has an index of the same definition, which the partition's index is attached to. */
    private static boolean inherited(IndexInfo i, TableInfo parent) {
        if (i.constraintBacked()) {
            return false;
        }
        for (IndexInfo p : parent.indexes()) {
            if (p.unique() == i.unique() && Objects.equals(p.method(), i.method())
                    && p.elements().equals(i.elements()) && p.include().equals(i.include())
                    && Objects.equals(p.predicate(), i.predicate()) && p.nullsNotDistinct() == i.nullsNotDistinct()) {
                return true;
            }
        }
        return false;
    }
}
