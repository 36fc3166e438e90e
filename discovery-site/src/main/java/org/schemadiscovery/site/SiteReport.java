package org.schemadiscovery.site;

import java.nio.file.Path;

/**
 * What a generation wrote.
 *
 * @param index        the site's entry page
 * @param files        files written
 * @param bytes        their total size
 * @param largestFile  the largest file
 * @param largestBytes its size
 */
public record SiteReport(Path index, int files, long bytes, Path largestFile, long largestBytes) {
}
