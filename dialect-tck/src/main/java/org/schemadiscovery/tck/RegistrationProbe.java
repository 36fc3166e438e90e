package org.schemadiscovery.tck;

import java.util.Properties;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Runs in the forked JVM of the registration group: builds a {@link SchemaDiscovery} that loads its plugins with
 * {@link java.util.ServiceLoader} (class path or module path, as the JVM was started), prints what the registry
 * holds, one tab-separated line per fact, and discovers the database at the given URL. Uses nothing but the JDK,
 * api and core, so the fork needs no test libraries.
 *
 * <p>Arguments: the JDBC URL of a database to discover (optional). Output lines: {@code dialect id strategy-class
 * strategy-module index-class constraint-class renderer-class api-version}, {@code problem message},
 * {@code discovered dialect table-count}.
 */
public final class RegistrationProbe {
    private RegistrationProbe() {
    }

    /** Entry point of the fork. */
    public static void main(String[] args) {
        SchemaDiscovery discovery = SchemaDiscovery.builder().build();
        discovery.registry().dialects().forEach(p -> System.out.println(String.join("\t", "dialect", p.id(),
                p.strategy().getClass().getName(), moduleOf(p.strategy()),
                p.indexDiscovery().getClass().getName(), p.constraintDiscovery().getClass().getName(),
                p.renderer().map(r -> r.getClass().getName()).orElse("-"),
                Integer.toString(p.strategy().apiVersion()))));
        discovery.registry().problems().forEach(p -> System.out.println("problem\t" + p.replace('\n', ' ')));
        if (args.length > 0) {
            SchemaInfo schema = discovery.discover(args[0], new Properties());
            System.out.println(String.join("\t", "discovered", String.valueOf(schema.identity().dialect()),
                    Integer.toString(schema.tables().size())));
        }
        System.out.flush();
    }

    private static String moduleOf(Object o) {
        Module m = o.getClass().getModule();
        return m.isNamed() ? m.getName() : "<unnamed>";
    }
}
