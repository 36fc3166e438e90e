package org.schemadiscovery.dialect.mysql.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.dialect.mysql.render.OptionKeys;
import org.schemadiscovery.dialect.mysql.render.Quoting;

/** MySQL-specific rules over the discovered model (the generic ones live in core). */
final class MysqlRecommendations {
    /** Rule: a table in an engine without transactions or foreign keys. */
    static final String NON_TRANSACTIONAL = "mysql-non-transactional-engine";
    /** Rule: a table or column in the 3-byte utf8 character set. */
    static final String UTF8MB3 = "mysql-utf8mb3";

    private static final Set<String> NON_TRANSACTIONAL_ENGINES = Set.of("myisam", "memory", "archive", "csv",
            "merge", "mrg_myisam", "aria");

    private MysqlRecommendations() {
    }

    static List<Recommendation> of(SchemaInfo schema) {
        List<Recommendation> out = new ArrayList<>();
        for (TableInfo t : schema.tables()) {
            String engine = t.options().get(OptionKeys.ENGINE);
            if (engine != null && NON_TRANSACTIONAL_ENGINES.contains(engine.toLowerCase(Locale.ROOT))) {
                out.add(Recommendation.builder(NON_TRANSACTIONAL, Severity.WARNING, t.ref().displayName(),
                        "table " + t.ref().displayName() + " uses the " + engine + " engine, which has no"
                                + " transactions, crash recovery or foreign keys")
                        .suggestedDdl("ALTER TABLE " + qualified(t) + " ENGINE=InnoDB").build());
            }
            boolean tableUtf8mb3 = isUtf8mb3(t.options().get(OptionKeys.CHARSET));
            boolean columnUtf8mb3 = t.columns().stream().map(ColumnInfo::options)
                    .anyMatch(o -> isUtf8mb3(o.get(OptionKeys.CHARSET)));
            if (tableUtf8mb3 || columnUtf8mb3) {
                out.add(Recommendation.builder(UTF8MB3, Severity.INFO, t.ref().displayName(),
                        "table " + t.ref().displayName() + " stores text as utf8mb3, which cannot hold characters"
                                + " outside the Basic Multilingual Plane (emoji, some CJK)")
                        .suggestedDdl("ALTER TABLE " + qualified(t) + " CONVERT TO CHARACTER SET utf8mb4").build());
            }
        }
        return out;
    }

    private static boolean isUtf8mb3(String charset) {
        return charset != null && (charset.equalsIgnoreCase("utf8") || charset.equalsIgnoreCase("utf8mb3"));
    }

    private static String qualified(TableInfo t) {
        return (t.ref().schema() == null ? "" : Quoting.id(t.ref().schema()) + ".") + Quoting.id(t.ref().name());
    }
}
