package org.schemadiscovery.site;

import java.util.Objects;
import org.schemadiscovery.api.spi.DdlRenderer;

/**
 * How to render a site.
 *
 * @param title           the site's title (shown on every page)
 * @param ddl             renders a table's DDL, or null to leave DDL out
 * @param diagramPartSize most tables in one schema diagram; larger schemas are split into linked parts
 * @param searchShardSize most search entries in one index file
 */
public record SiteOptions(String title, DdlRenderer ddl, int diagramPartSize, int searchShardSize) {
    public SiteOptions {
        Objects.requireNonNull(title, "title");
        if (diagramPartSize < 2 || searchShardSize < 1) {
            throw new IllegalArgumentException("diagramPartSize >= 2 and searchShardSize >= 1 required");
        }
    }

    /** Defaults: parts of 40 tables, search shards of 5000 entries. */
    public static SiteOptions of(String title, DdlRenderer ddl) {
        return new SiteOptions(title, ddl, 40, 5000);
    }
}
