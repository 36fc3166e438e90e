package org.schemadiscovery.dialect.sqlite.migrate;

import java.util.HashSet;
import java.util.Set;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.Token;
import org.schemadiscovery.dialect.sqlite.parse.Tokenizer;

/**
 * The names a view's or trigger's SQL mentions, compared the way SQLite compares names. A name also used as a
 * column or alias counts too: a view dropped and recreated once too often costs nothing, one missed breaks the
 * table rebuild's rename ("error in view v: no such table").
 */
final class Mentions {
    private final Set<String> keys = new HashSet<>();
    private final boolean unreadable;

    private Mentions(String sql) {
        boolean failed = false;
        try {
            for (Token t : Tokenizer.tokenize(sql == null ? "" : sql)) {
                if (t.isName()) {
                    keys.add(Names.key(t.value()));
                }
            }
        } catch (RuntimeException e) {
            failed = true;
        }
        this.unreadable = failed;
    }

    static Mentions of(String sql) {
        return new Mentions(sql);
    }

    /** Whether the SQL names it; SQL the tokenizer cannot read mentions everything. */
    boolean name(String name) {
        return unreadable || keys.contains(Names.key(name));
    }
}
