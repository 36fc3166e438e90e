package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * An installed extension.
 *
 * @param name    extension name
 * @param version installed version
 * @param schema  schema holding its objects
 * @param members objects it owns, as display names (they are not reported as user objects)
 */
public record ExtensionInfo(String name, String version, String schema, List<String> members) {
    public ExtensionInfo {
        Objects.requireNonNull(name, "name");
        members = Copies.list(members);
    }
}
