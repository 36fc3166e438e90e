package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.DomainCheck;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeAttribute;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;

/** Reads the schema-level objects: sequences, types, routines and extensions, one query each. */
final class ObjectReaders {
    private ObjectReaders() {
    }

    static Discovered<SequenceInfo> sequences(CatalogRunner runner, DiscoveryScope scope) throws SQLException {
        List<SequenceInfo> out = new ArrayList<>(runner.query("sequences", scope, row -> {
            String ownerTable = row.str("owner_table");
            String ownedBy = ownerTable == null ? null : RelationReader.ownedBy(
                    TableRef.of(row.str("owner_schema"), ownerTable), row.str("owner_column"));
            return SequenceInfo.builder(TableRef.of(row.str("schema_name"), row.str("name")))
                    .dataType(row.str("data_type")).start(row.lng("start_value")).increment(row.lng("increment_by"))
                    .min(row.lng("min_value")).max(row.lng("max_value")).cache(row.lng("cache_size"))
                    .cycle(row.bool("cycle")).ownedBy(ownedBy).lastValue(row.nullableLong("last_value")).build();
        }));
        out.sort(Comparator.comparing(SequenceInfo::ref));
        return new Discovered<>(out, runner.skippedWarnings("sequences", "S"));
    }

    /**
     * Types in scope. One whose default or check the deparser no longer finds (dropped or changed after the snapshot)
     * is left out with a warning.
     */
    static Discovered<TypeInfo> types(CatalogRunner runner, DiscoveryScope scope) throws SQLException {
        List<Read<TypeInfo>> read = runner.query("types", scope, row -> {
            TableRef ref = TableRef.of(row.str("schema_name"), row.str("name"));
            if (row.bool("has_domain_default") && row.str("domain_default") == null
                    || row.list("check_definitions").stream().anyMatch(Objects::isNull)) {
                return Read.dropped(ref);
            }
            TypeKind kind = switch (row.str("kind")) {
                case "e" -> TypeKind.ENUM;
                case "d" -> TypeKind.DOMAIN;
                case "c" -> TypeKind.COMPOSITE;
                case "r" -> TypeKind.RANGE;
                default -> TypeKind.OTHER;
            };
            List<DomainCheck> checks = new ArrayList<>();
            List<String> names = row.list("check_names");
            List<String> definitions = row.list("check_definitions");
            List<String> validated = row.list("check_validated");
            for (int i = 0; i < names.size(); i++) {
                checks.add(new DomainCheck(names.get(i), ConstraintReader.checkExpression(definitions.get(i)),
                        "true".equals(validated.get(i))));
            }
            List<TypeAttribute> attributes = new ArrayList<>();
            List<String> attributeNames = row.list("attribute_names");
            List<String> attributeTypes = row.list("attribute_types");
            for (int i = 0; i < attributeNames.size(); i++) {
                attributes.add(new TypeAttribute(attributeNames.get(i), attributeTypes.get(i)));
            }
            return Read.of(TypeInfo.builder(ref, kind).enumLabels(row.list("enum_labels"))
                    .baseType(row.str("base_type")).domainDefault(row.str("domain_default"))
                    .domainNotNull(kind == TypeKind.DOMAIN && row.bool("domain_not_null")).domainChecks(checks)
                    .attributes(attributes).owner(row.str("owner")).comment(row.str("comment")).build());
        });
        return Read.discovered("types", read, Comparator.comparing(TypeInfo::ref));
    }

    /**
     * Routines in scope. One whose arguments, result or definition the deparser no longer finds (dropped after the
     * snapshot) is left out with a warning.
     */
    static Discovered<RoutineInfo> routines(CatalogRunner runner, DiscoveryScope scope) throws SQLException {
        List<Read<RoutineInfo>> read = runner.query("routines", scope, row -> {
            if (row.str("arguments") == null || row.str("definition") == null
                    || !"p".equals(row.str("kind")) && row.str("result_type") == null) {
                return Read.dropped(TableRef.of(row.str("schema_name"), row.str("name")));
            }
            RoutineKind kind = switch (row.str("kind")) {
                case "p" -> RoutineKind.PROCEDURE;
                case "a" -> RoutineKind.AGGREGATE;
                case "w" -> RoutineKind.WINDOW;
                default -> RoutineKind.FUNCTION;
            };
            return Read.of(RoutineInfo.builder(TableRef.of(row.str("schema_name"), row.str("name")), kind)
                    .arguments(row.str("arguments")).language(row.str("language"))
                    .returnType(kind == RoutineKind.PROCEDURE ? null : row.str("result_type"))
                    .definition(row.str("definition")).build());
        });
        return Read.discovered("routines", read,
                Comparator.comparing(RoutineInfo::ref).thenComparing(RoutineInfo::arguments));
    }

    /**
     * What a mapper read from one row: the object, or the name of one a deparser function no longer found (dropped
     * or changed after the snapshot). Warnings are made after the query, so a rerun query cannot duplicate them.
     */
    private record Read<T>(T item, TableRef dropped) {
        static <T> Read<T> of(T item) {
            return new Read<>(item, null);
        }

        static <T> Read<T> dropped(TableRef ref) {
            return new Read<>(null, ref);
        }

        static <T> Discovered<T> discovered(String phase, List<Read<T>> read, Comparator<T> order) {
            List<T> items = new ArrayList<>();
            List<DiscoveryWarning> warnings = new ArrayList<>();
            for (Read<T> r : read) {
                if (r.item() != null) {
                    items.add(r.item());
                } else {
                    String display = r.dropped().schema() + "." + r.dropped().name();
                    warnings.add(new DiscoveryWarning(display, phase, ErrorClass.OTHER, phase + " of " + display
                            + " not read: another session dropped or changed it after the snapshot was taken"));
                }
            }
            items.sort(order);
            return new Discovered<>(items, warnings);
        }
    }

    static Discovered<ExtensionInfo> extensions(CatalogRunner runner, DiscoveryScope scope) throws SQLException {
        return Discovered.of(runner.query("extensions", scope, row -> new ExtensionInfo(row.str("name"),
                row.str("version"), row.str("schema_name"), row.list("members"))));
    }
}
