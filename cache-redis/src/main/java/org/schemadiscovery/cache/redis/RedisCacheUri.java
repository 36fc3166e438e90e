package org.schemadiscovery.cache.redis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.schemadiscovery.core.time.Durations;

/**
 * A parsed {@code redis[s]://[[USER]:PASSWORD@]HOST[:PORT][/DB][?ttl=DURATION&prefix=PREFIX]} cache URI. Error
 * messages and {@link #describe()} never quote the user information; {@link #toString()} is {@link #describe()}, so
 * the password cannot leak through a log of the record either.
 *
 * @param tls      {@code rediss://}
 * @param host     host name or address (IPv6 without brackets)
 * @param port     1-65535, 6379 by default
 * @param database the database index, 0 by default
 * @param user     the ACL user name, or null for the default user
 * @param password the password, or null to connect without AUTH
 * @param ttl      how long a stored entry lives, or empty for no expiry
 * @param prefix   what every key starts with
 */
public record RedisCacheUri(boolean tls, String host, int port, int database, String user, String password,
                            Optional<Duration> ttl, String prefix) {
    /** The key prefix when the URI names none. */
    public static final String DEFAULT_PREFIX = "schema-discovery:";
    /** Redis's port. */
    public static final int DEFAULT_PORT = 6379;
    private static final String FORM = "redis[s]://[[USER]:PASSWORD@]HOST[:PORT][/DB][?ttl=DURATION&prefix=PREFIX]";

    public RedisCacheUri {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(prefix, "prefix");
    }

    /** Whether the URI's scheme is {@code redis} or {@code rediss}. */
    public static boolean isRedis(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("redis") || scheme.equalsIgnoreCase("rediss"));
    }

    /**
     * The URI's parts.
     *
     * @throws IllegalArgumentException naming what is wrong (never with the user information)
     */
    public static RedisCacheUri parse(URI uri) {
        if (!isRedis(uri)) {
            throw new IllegalArgumentException("not a redis:// or rediss:// URI; expected " + FORM);
        }
        boolean tls = uri.getScheme().equalsIgnoreCase("rediss");
        if (uri.isOpaque() || uri.getHost() == null) {
            throw new IllegalArgumentException("a Redis cache URI needs a host: " + FORM);
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a Redis cache URI has no #fragment: " + FORM);
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Redis port out of range (1-65535): " + port);
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("the user information of a Redis cache URI is [USER]:PASSWORD"
                        + " (a password after a colon; the value given is not repeated here)");
            }
            user = colon == 0 ? null : decode(userInfo.substring(0, colon));
            password = decode(userInfo.substring(colon + 1));
        }
        Map<String, String> query = query(uri.getRawQuery());
        Optional<Duration> ttl = Optional.ofNullable(query.get("ttl")).map(RedisCacheUri::duration);
        String prefix = query.getOrDefault("prefix", DEFAULT_PREFIX);
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("prefix= must not be empty: keys would share the database's"
                    + " namespace with everything else (default " + DEFAULT_PREFIX + ")");
        }
        return new RedisCacheUri(tls, host, port, database(uri.getPath()), user, password, ttl, prefix);
    }

    /** The store for messages: scheme, host, port, database, prefix and TTL; never the user information. */
    public String describe() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "rediss" : "redis") + "://" + h + ":" + port + "/" + database + " (prefix " + prefix
                + ttl.map(d -> ", ttl " + d).orElse("") + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private static int database(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return 0;
        }
        String index = path.substring(1);
        if (!index.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("the path of a Redis cache URI is the database index (/0, /1, ...): "
                    + path);
        }
        return Integer.parseInt(index);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.equals("ttl") && !name.equals("prefix")) {
                throw new IllegalArgumentException("unknown Redis cache URI parameter '" + name
                        + "' (known: ttl, prefix)");
            }
            if (eq < 0) {
                throw new IllegalArgumentException(name + " needs a value: ?" + name + "=...");
            }
            if (params.put(name, decode(pair.substring(eq + 1))) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        return params;
    }

    /** A {@link Durations#parse} duration of at least 1 ms (Redis's PX): {@code 90s}, {@code 12h}, {@code 7d}, {@code PT36H}. */
    static Duration duration(String text) {
        Duration d;
        try {
            d = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ttl=" + text + ": " + e.getMessage());
        }
        if (d.toMillis() < 1) {
            throw new IllegalArgumentException("ttl=" + text + " must be at least 1 ms");
        }
        return d;
    }

    /** %-escapes decoded; a {@code +} stays a plus (it is not a form). {@link URI} has checked the escapes. */
    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
