package org.schemadiscovery.dialect.mysql.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.dialect.mysql.render.OptionKeys;
import org.schemadiscovery.dialect.mysql.render.Quoting;

/**
 * A partitioned table's rows of {@code partitions.sql} as the model holds them: MySQL partitions are no tables of
 * their own, so the table is PARTITIONED with its method and expression in {@link PartitionInfo}, and the partition
 * definitions (bounds, comments, subpartitions) as DDL text in its options.
 */
final class Partitions {
    private Partitions() {
    }

    static PartitionInfo info(List<Row> rows) {
        Row first = rows.get(0);
        return new PartitionInfo(first.text("partition_method"), nullToEmpty(first.text("partition_expression")),
                null, null);
    }

    static Map<String, String> options(List<Row> rows) {
        Map<String, String> options = new LinkedHashMap<>();
        Row first = rows.get(0);
        String method = first.text("partition_method").toUpperCase(Locale.ROOT);
        Map<String, List<Row>> byPartition = new LinkedHashMap<>();
        rows.forEach(r -> byPartition.computeIfAbsent(r.text("partition_name"), k -> new ArrayList<>()).add(r));
        List<String> definitions = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byPartition.entrySet()) {
            Row p = e.getValue().get(0);
            StringBuilder sb = new StringBuilder("PARTITION ").append(Quoting.id(e.getKey()));
            sb.append(values(method, p.text("partition_description")));
            String comment = p.nonEmpty("partition_comment");
            if (comment != null) {
                sb.append(" COMMENT = ").append(Quoting.literal(comment));
            }
            List<String> subs = e.getValue().stream().map(r -> r.text("subpartition_name"))
                    .filter(s -> s != null).map(s -> "SUBPARTITION " + Quoting.id(s)).toList();
            if (!subs.isEmpty()) {
                sb.append(" (").append(String.join(", ", subs)).append(')');
            }
            definitions.add(sb.toString());
        }
        options.put(OptionKeys.PARTITIONS, String.join(", ", definitions));
        String subMethod = first.text("subpartition_method");
        if (subMethod != null) {
            options.put(OptionKeys.SUBPARTITION_BY, subMethod + " (" + nullToEmpty(first.text("subpartition_expression"))
                    + ")");
        }
        return options;
    }

    private static String values(String method, String description) {
        if (description == null || description.isEmpty()) {
            return "";
        }
        if (method.startsWith("RANGE")) {
            boolean bare = method.equals("RANGE") && description.equalsIgnoreCase("MAXVALUE");
            return " VALUES LESS THAN " + (bare ? "MAXVALUE" : "(" + description + ")");
        }
        if (method.startsWith("LIST")) {
            return description.equalsIgnoreCase("DEFAULT") ? " DEFAULT" : " VALUES IN (" + description + ")";
        }
        if (method.startsWith("SYSTEM_TIME")) {
            return " " + description;
        }
        return "";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
