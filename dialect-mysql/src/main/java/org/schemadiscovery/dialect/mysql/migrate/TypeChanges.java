package org.schemadiscovery.dialect.mysql.migrate;

import java.util.List;
import java.util.Locale;
import org.schemadiscovery.api.model.DataType;

/** Whether a column type change keeps every value: a wider integer, a longer string or decimal of one kind. */
final class TypeChanges {
    private static final List<String> INTEGERS = List.of("tinyint", "smallint", "mediumint", "int", "integer",
            "bigint");
    private static final List<String> STRINGS = List.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext");

    private TypeChanges() {
    }

    static boolean widens(DataType from, DataType to) {
        String a = from.baseName().toLowerCase(Locale.ROOT);
        String b = to.baseName().toLowerCase(Locale.ROOT);
        boolean unsignedA = from.declared().toLowerCase(Locale.ROOT).contains("unsigned");
        boolean unsignedB = to.declared().toLowerCase(Locale.ROOT).contains("unsigned");
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return unsignedA == unsignedB && rank(INTEGERS, a) <= rank(INTEGERS, b);
        }
        if (STRINGS.contains(a) && STRINGS.contains(b)) {
            return rank(STRINGS, a) <= rank(STRINGS, b) && notShorter(from, to);
        }
        if (a.equals(b) && (a.equals("decimal") || a.equals("numeric"))) {
            List<Integer> m = from.modifiers();
            List<Integer> n = to.modifiers();
            return m.size() == 2 && n.size() == 2 && n.get(1) >= m.get(1) && n.get(0) - n.get(1) >= m.get(0) - m.get(1);
        }
        return a.equals(b) && notShorter(from, to);
    }

    /** The text kinds share a rank where they hold more than any char/varchar length: compare lengths when both have one. */
    private static boolean notShorter(DataType from, DataType to) {
        if (from.modifiers().isEmpty() || to.modifiers().isEmpty()) {
            return to.modifiers().isEmpty();
        }
        return to.modifiers().get(0) >= from.modifiers().get(0);
    }

    private static int rank(List<String> kinds, String kind) {
        int i = kinds.indexOf(kind);
        return kind.equals("integer") ? kinds.indexOf("int") : i;
    }
}
