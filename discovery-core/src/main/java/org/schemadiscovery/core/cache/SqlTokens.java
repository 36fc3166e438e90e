package org.schemadiscovery.core.cache;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The identifiers an SQL text may name objects with, lower-cased: every bare word (letters, digits, {@code _},
 * {@code $}) and the content of every quoted part ({@code "…"}, {@code `…`}, {@code […]}, {@code '…'}, doubled quotes
 * undone). A superset on purpose: it serves to find what a view may depend on, where a false match costs one more
 * view read and a missed one a wrong model.
 */
final class SqlTokens {
    private SqlTokens() {
    }

    static Set<String> identifiers(String sql) {
        Set<String> out = new HashSet<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(sql.charAt(i))) {
                    i++;
                }
                out.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
                continue;
            }
            char close = switch (c) {
                case '"', '`', '\'' -> c;
                case '[' -> ']';
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            StringBuilder quoted = new StringBuilder();
            i++;
            while (i < n) {
                char d = sql.charAt(i);
                if (d == close) {
                    if (i + 1 < n && sql.charAt(i + 1) == close) {
                        quoted.append(d);
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                quoted.append(d);
                i++;
            }
            String content = quoted.toString();
            out.add(content.toLowerCase(Locale.ROOT));
            // a quoted part may hold several names ('s.t'::regclass): its words count too
            out.addAll(identifiers(content.replace(String.valueOf(close), " ")));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || Character.isSurrogate(c);
    }
}
