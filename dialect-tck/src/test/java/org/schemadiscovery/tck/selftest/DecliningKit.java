package org.schemadiscovery.tck.selftest;

import java.util.Optional;

/** The generic reference, declining the unreadable-object scenario as a database without such objects would. */
public class DecliningKit extends SqliteSelfTestKit {
    public DecliningKit() {
        super(SqliteSelfTestKit::generic);
    }

    @Override
    protected Optional<String> unreadableObjectUnsupported() {
        return Optional.of("every object of this database is readable by whoever can connect");
    }
}
