package org.schemadiscovery.cli.command;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code --cache-password-env VAR}: the Redis password from the environment rather than from the {@code --cache} URI
 * on the command line, where {@code ps} shows it. The password goes into the URI the store plugin parses (the store
 * contract is a URI), %-escaped; the user name, if any, stays the URI's.
 */
final class CachePassword {
    private CachePassword() {
    }

    /**
     * The spec with the password in its user information.
     *
     * @throws CliException a usage error when the spec is no {@code redis[s]://} URI or already has a password
     */
    static String into(String spec, String password) {
        URI uri;
        try {
            uri = new URI(spec);
        } catch (URISyntaxException e) {
            throw notRedis();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("redis") || scheme.equals("rediss")) || uri.isOpaque() || uri.getRawAuthority() == null) {
            throw notRedis();
        }
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String user = at < 0 ? "" : authority.substring(0, at);
        if (user.contains(":")) {
            throw CliException.usage("--cache-password-env: the --cache URI has a password already; leave it out"
                    + " of the URI (redis://USER@HOST or redis://HOST)");
        }
        String escaped = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
        return uri.getScheme() + "://" + user + ":" + escaped + "@" + authority.substring(at + 1)
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static CliException notRedis() {
        return CliException.usage("--cache-password-env needs a redis:// or rediss:// --cache URI");
    }
}
