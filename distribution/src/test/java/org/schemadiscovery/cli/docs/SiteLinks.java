package org.schemadiscovery.cli.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A link checker for a generated site: every {@code href}/{@code src} of every page and every URL of the search index
 * must name an existing file of the site, and a {@code #fragment} an element id of that file. External links fail too:
 * the site must be self-contained.
 */
final class SiteLinks {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern SEARCH_URL = Pattern.compile("\"((?:tables|views|routines)/[^\"]*)\"");

    private SiteLinks() {
    }

    /** The broken links, as "page -> target"; also returns how many links were checked in {@code checked[0]}. */
    static List<String> broken(Path site, int[] checked) {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> ids = new HashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    Matcher m = ATTRIBUTE.matcher(Files.readString(file));
                    while (m.find()) {
                        checked[0]++;
                        check(site, file.getParent(), file, unescape(m.group(1)), ids, broken);
                    }
                } else if (name.startsWith("index-") && name.endsWith(".js")) {
                    Matcher m = SEARCH_URL.matcher(Files.readString(file));
                    while (m.find()) {
                        checked[0]++;
                        check(site, site, file, m.group(1), ids, broken);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return broken;
    }

    private static void check(Path site, Path base, Path from, String link, Map<Path, Set<String>> ids,
                              List<String> broken) throws IOException {
        if (link.startsWith("data:") || link.startsWith("#") && link.length() == 1) {
            return;
        }
        URI uri = URI.create(link.replace(" ", "%20"));
        if (uri.isAbsolute()) {
            broken.add(from + " -> " + link + " (not self-contained)");
            return;
        }
        Path target = uri.getRawPath().isEmpty() ? from
                : base.resolve(URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            broken.add(from + " -> " + link);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !ids.computeIfAbsent(target, SiteLinks::ids).contains(fragment)) {
            broken.add(from + " -> " + link + " (no such id)");
        }
    }

    private static Set<String> ids(Path page) {
        Set<String> out = new HashSet<>();
        try {
            Matcher m = ID.matcher(Files.readString(page));
            while (m.find()) {
                out.add(unescape(m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
