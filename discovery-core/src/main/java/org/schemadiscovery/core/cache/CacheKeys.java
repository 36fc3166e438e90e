package org.schemadiscovery.core.cache;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * The key of a cached snapshot: what makes two discoveries give the same model. The database (product, version,
 * URL without credentials, dialect), the role (what it may see depends on its privileges) and the scope (schema
 * patterns and object kinds). Never a password: the identity's URL is redacted and only the user name is used.
 */
public final class CacheKeys {
    private CacheKeys() {
    }

    /** A hex key: {@code sd-} and a SHA-256. */
    public static String of(DatabaseIdentity identity, String user, DiscoveryOptions options) {
        List<String> parts = new ArrayList<>();
        parts.add(Integer.toString(CacheEntryCodec.FORMAT_VERSION));
        parts.add(identity.dialect());
        parts.add(identity.product());
        parts.add(identity.version());
        parts.add(identity.url());
        parts.add(user);
        parts.add(String.join("\n", options.scope().includeSchemas()));
        parts.add(String.join("\n", options.scope().excludeSchemas()));
        options.scope().kinds().stream().map(ObjectKind::name).sorted().forEach(parts::add);
        // a restricted discovery holds only the named tables: never the entry of an unrestricted one
        options.scope().tables().stream().sorted().forEach(t -> parts.add("table " + t.catalog() + "\n"
                + t.schema() + "\n" + t.name()));
        return "sd-" + SchemaFingerprint.sha256(parts);
    }
}
